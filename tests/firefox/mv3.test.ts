// The Firefox MV3 build (.output/firefox-mv3) in Debian's Firefox ESR.
import { firefoxExtensionTests } from './suite';

firefoxExtensionTests('firefox-mv3');

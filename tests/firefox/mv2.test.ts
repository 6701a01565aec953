// The Firefox MV2 build (.output/firefox-mv2) in Debian's Firefox ESR.
import { firefoxExtensionTests } from './suite';

firefoxExtensionTests('firefox-mv2');

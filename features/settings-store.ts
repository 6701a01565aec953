// Settings, shared by the content scripts, popup and options page.
import { repairSettings } from '../core/settings';
import { storedValue } from './stored-value';

export const settingsStore = storedValue('settings', repairSettings);

// The saved collection (articles and pages with notes).
import { repairCollection } from '../core/collection';
import { storedValue } from './stored-value';

export const collectionStore = storedValue('collection', repairCollection);

import { registerMessageHub } from '../features/message-hub';
import { migrateStorage } from '../features/storage-writer';
import { registerToolbarToggle } from '../features/toolbar-toggle';

export default defineBackground(() => {
  // Queued before any write a page may ask for, so every write sees today's layout.
  void migrateStorage();
  registerMessageHub();
  registerToolbarToggle();
});

import { registerMessageHub } from '../features/message-hub';
import { registerToolbarToggle } from '../features/toolbar-toggle';

export default defineBackground(() => {
  registerMessageHub();
  registerToolbarToggle();
});

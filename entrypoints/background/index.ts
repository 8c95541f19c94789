import { registerBadge } from './badge';
import { registerGuide } from './guide';
import { registerHandlers } from './handlers';
import { registerReminders } from './reminders';
import { registerWelcome } from './welcome';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners must be registered in the first turn so a woken worker gets its message.
    registerHandlers();
    registerBadge();
    registerReminders();
    registerGuide();
    registerWelcome();
  },
});

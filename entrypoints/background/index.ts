import { getDb } from '@/utils/db';
import { noteWriteFailure } from '@/utils/db/health';
import { watchWholeNumbers } from '@/utils/numbers/numbers';
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
    watchWholeNumbers(getDb, (e) => noteWriteFailure(e, 'removeWhole'));
    registerWelcome();
  },
});

import { registerHandlers } from './handlers';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners must be registered in the first turn so a woken worker gets its message.
    registerHandlers();
  },
});

// What the scan yields to its caller: nothing between two slices of work, or ASK when it needs
// the background's answers for the texts it noted (lexicon want/takeAsk/learn). A caller that
// holds the word lists (Node, the tests, the eval) never sees ASK.
import { hasPending } from './lexicon';

export const ASK = 'ask';
export type Step = void | typeof ASK;

/** Ask for what was noted, if anything: the caller answers before the next step. */
export function* settle(): Generator<Step, void, void> {
  if (hasPending()) yield ASK;
}

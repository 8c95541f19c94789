// A visible sign-out link or button: the person is signed in here.
import { shownByWords } from '../fields';
import { says } from '../lexicon';
import { SIGNED_IN } from './ids';
import type { PageSignal } from './types';

export const signedIn: PageSignal = {
  id: SIGNED_IN,
  page: (p) => shownByWords(p.controls, (own) => own.length <= 30 && says('signOut', own)),
};

// A visible sign-out link or button: the person is signed in here.
import { shown } from '../fields';
import { says } from '../lexicon';
import { SIGNED_IN } from './ids';
import type { PageSignal } from './types';

export const signedIn: PageSignal = {
  id: SIGNED_IN,
  page: (p) => shown(p.controls, (c) => c.own.length <= 30 && says('signOut', c.own)),
};

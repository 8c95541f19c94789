// A visible sign-out link or button: the person is signed in here.
import { visible } from '../fields';
import { says } from '../lexicon';
import type { PageSignal } from './types';

export const signedIn: PageSignal = {
  id: 'signed-in',
  scope: 'page',
  test: (p) =>
    p.controls.some((c) => (c.tag === 'link' || c.tag === 'button') && c.own.length <= 30 && says('signOut', c.own) && visible(c)),
};

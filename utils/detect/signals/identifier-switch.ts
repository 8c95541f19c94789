// A switch to another identifier beside a phone field: "Use email instead", "邮箱注册".
// The phone is then what the account is known by, not a number to reach someone.
import { visible } from '../fields';
import { says } from '../lexicon';
import type { FormSignal } from './types';

export const identifierSwitch: FormSignal = {
  id: 'identifier-switch',
  scope: 'form',
  test: (g) =>
    g.controls.some(
      (c) =>
        (c.tag === 'button' || c.tag === 'link') &&
        c.own.length <= 30 &&
        says('identifier', c.own) &&
        !says('contact', c.own) &&
        visible(c),
    ),
};

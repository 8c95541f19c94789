// A switch to another identifier beside a phone field: "Use email instead", "邮箱注册".
// The phone is then what the account is known by, not a number to reach someone.
import { shown } from '../fields';
import { says } from '../lexicon';
import { ID_SWITCH } from './ids';
import type { FormSignal } from './types';

export const identifierSwitch: FormSignal = {
  id: ID_SWITCH,
  // Only buttons and links have their own words (`own`).
  form: (g) => shown(g.controls, (c) => c.own.length <= 30 && says('identifier', c.own) && !says('contact', c.own)),
};

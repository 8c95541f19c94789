// The note under a phone field says the number signs you in: "Your mobile number becomes your
// login", "Номер телефону буде вашим логіном". The phone is the account's, even on a checkout
// that otherwise only notes it for the courier.
import { noteOf } from '../collect';
import { isPhoneField, shown } from '../fields';
import { says } from '../lexicon';
import { PHONE_NOTE } from './ids';
import type { FormSignal } from './types';

export const phoneLoginNote: FormSignal = {
  id: PHONE_NOTE,
  form: (g) =>
    shown(g.controls, (c) => {
      if (!isPhoneField(c)) return false;
      const note = noteOf(c.el);
      return says('login', note) && !says('contact', note);
    }),
};

// A phone field whose own label says what it is for: "Phone for delivery questions",
// "Telefon für Rückfragen zur Lieferung", "收货人电话". Such a phone reaches the person about
// an order; it does not sign anyone in. Commerce words only: "Contact number" on a sign-up
// is still the account's number.
import { isPhoneField, shown } from '../fields';
import { says } from '../lexicon';
import { CONTACT_PHONE } from './ids';
import type { FormSignal } from './types';

export const contactPhoneLabel: FormSignal = {
  id: CONTACT_PHONE,
  form: (g) => shown(g.controls, (c) => isPhoneField(c) && says('commerce', c.text)),
};

// The note under a phone field says the number signs you in: "Your mobile number becomes your
// login", "Номер телефону буде вашим логіном". The phone is the account's, even on a checkout
// that otherwise only notes it for the courier.
import { ACTIVE } from '../collect';
import { isPhoneField, shown } from '../fields';
import { says } from '../lexicon';
import { textOf } from '../text';
import { PHONE_NOTE } from './ids';
import type { FormSignal } from './types';

/** A field's own note: what aria-describedby names first, else the element right after it. */
function noteOf(el: HTMLElement): string {
  const by = el.getAttribute('aria-describedby');
  const ref = by && (el.getRootNode() as Document | ShadowRoot).getElementById?.(by.split(' ')[0]!);
  // A field wrapped alone ("<label>Phone <input></label><p>…</p>"): the note follows the wrapper.
  const at = !el.nextElementSibling && el.parentElement?.childElementCount === 1 ? el.parentElement : el;
  const note = ref || at.nextElementSibling;
  return note && !note.matches(`label,${ACTIVE}`) && !note.querySelector(ACTIVE) ? textOf(note, 300).toLowerCase() : '';
}

export const phoneLoginNote: FormSignal = {
  id: PHONE_NOTE,
  form: (g) =>
    shown(g.controls, (c) => {
      if (!isPhoneField(c)) return false;
      const note = noteOf(c.el);
      return says('login', note) && !says('contact', note);
    }),
};

// The note under a phone field says the number signs you in: "Your mobile number becomes your
// login", "Номер телефону буде вашим логіном". The phone is the account's, even on a checkout
// that otherwise only notes it for the courier.
import type { Control } from '../collect';
import { isPhoneField, shown } from '../fields';
import { says } from '../lexicon';
import { textOf } from '../text';
import { PHONE_NOTE } from './ids';
import type { FormSignal } from './types';

const NOT_NOTE = new Set(['INPUT', 'BUTTON', 'A', 'SELECT', 'TEXTAREA', 'LABEL']);

/** A field's own hint: what aria-describedby names, else the short text right after it. */
function noteOf(c: Control): string {
  const el = c.el;
  const by = el.getAttribute('aria-describedby');
  if (by) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = by.split(/\s+/).slice(0, 3).map((id) => textOf(root.getElementById?.(id), 300)).join(' ').trim();
    if (text) return text.toLowerCase();
  }
  // A field wrapped alone ("<label>Phone <input></label><p>…</p>"): the note follows the wrapper.
  const parent = el.parentElement;
  const at = !el.nextElementSibling && parent?.childElementCount === 1 ? parent : el;
  const next = at.nextElementSibling;
  if (!next || NOT_NOTE.has(next.tagName) || next.querySelector('input,select,textarea,button')) return '';
  return textOf(next, 300).toLowerCase();
}

export const phoneLoginNote: FormSignal = {
  id: PHONE_NOTE,
  form: (g) =>
    shown(g.controls, (c) => {
      if (!isPhoneField(c)) return false;
      const note = noteOf(c);
      return !!note && says('login', note) && !says('contact', note);
    }),
};

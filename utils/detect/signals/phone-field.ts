// A visible field for a phone number: type=tel, autocomplete tel-*, or named so in any language.
import { isPhoneField, visible } from '../fields';
import type { FormSignal } from './types';

export const phoneField: FormSignal = {
  id: 'phone-field',
  scope: 'form',
  test: (g) => g.controls.some((c) => isPhoneField(c) && visible(c)),
};

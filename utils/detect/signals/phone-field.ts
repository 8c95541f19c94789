// A visible field for a phone number: type=tel, autocomplete tel-*, or named so in any language.
import { isPhoneField, shown } from '../fields';
import { PHONE } from './ids';
import type { FormSignal } from './types';

export const phoneField: FormSignal = { id: PHONE, form: (g) => shown(g.controls, isPhoneField) };

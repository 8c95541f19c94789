// A password being chosen: autocomplete=new-password, or a password and its confirmation.
import { isPassword, visible } from '../fields';
import { NEW_PASSWORD } from './ids';
import type { FormSignal } from './types';

export const newPassword: FormSignal = {
  id: NEW_PASSWORD,
  form: (g) => {
    const pw = g.controls.filter((c) => isPassword(c) && visible(c));
    return pw.length >= 2 || pw.some((c) => c.autocomplete.includes('new-password'));
  },
};

// A visible password field: the form is a sign-in or sign-up, not a checkout.
import { isPassword, visible } from '../fields';
import type { FormSignal } from './types';

export const passwordField: FormSignal = {
  id: 'password-field',
  scope: 'form',
  test: (g) => g.controls.some((c) => isPassword(c) && visible(c)),
};

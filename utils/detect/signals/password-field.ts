// A visible password field: the form is a sign-in or sign-up, not a checkout.
import { isPassword, shown } from '../fields';
import { PASSWORD } from './ids';
import type { FormSignal } from './types';

export const passwordField: FormSignal = { id: PASSWORD, form: (g) => shown(g.controls, isPassword) };

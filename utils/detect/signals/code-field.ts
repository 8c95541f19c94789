// A visible one-time-code field: autocomplete=one-time-code, code words, or split digit boxes.
import { hasDigitBoxes, isCodeField, visible } from '../fields';
import type { FormSignal } from './types';

export const codeField: FormSignal = {
  id: 'code-field',
  scope: 'form',
  test: (g) =>
    g.controls.some((c) => isCodeField(c) && visible(c)) ||
    (hasDigitBoxes(g.controls) && g.controls.some((c) => c.maxLength === 1 && visible(c))),
};

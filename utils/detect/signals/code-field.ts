// A visible one-time-code field: autocomplete=one-time-code, code words, or split digit boxes.
import { hasDigitBoxes, isCodeField, shown } from '../fields';
import { CODE } from './ids';
import type { FormSignal } from './types';

export const codeField: FormSignal = {
  id: CODE,
  form: (g) => shown(g.controls, isCodeField) || (hasDigitBoxes(g.controls) && shown(g.controls, (c) => c.maxLength === 1)),
};

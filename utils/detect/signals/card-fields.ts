// Payment card fields: the form is a checkout.
import { isAction, shown } from '../fields';
import { CARD } from './ids';
import type { FormSignal } from './types';

const CARD_NAME = /(?:^| )(?:cc|card|cvv|cvc|expir\w*|exp (?:date|month|year)|卡号|カード番号|카드)(?: |$)/;

export const cardFields: FormSignal = {
  id: CARD,
  form: (g) => shown(g.controls, (c) => !isAction(c) && (c.autocomplete.startsWith('cc-') || CARD_NAME.test(c.text))),
};

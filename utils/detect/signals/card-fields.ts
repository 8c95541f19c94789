// Payment card fields: the form is a checkout.
import { visible } from '../fields';
import type { FormSignal } from './types';

const CARD = /(?:^| )(?:cc|card|cvv|cvc|expir\w*|exp (?:date|month|year)|卡号|カード番号|카드)(?: |$)/;

export const cardFields: FormSignal = {
  id: 'card-fields',
  scope: 'form',
  test: (g) =>
    g.controls.some(
      (c) => c.tag !== 'button' && c.tag !== 'link' && (c.autocomplete.startsWith('cc-') || CARD.test(c.text)) && visible(c),
    ),
};

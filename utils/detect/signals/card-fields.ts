// Payment card fields: the form is a checkout.
import { isAction, shown } from '../fields';
import { CARD } from './ids';
import type { FormSignal } from './types';

// A bare "cc" is a country code as often as a card ("<select name=cc>" beside a phone field):
// it names a card only with a card part after it ("cc_number", "cc-exp").
const CARD_NAME = /(?:^| )(?:cc (?:num\w*|no|exp\w*|cvv|cvc|csc|name|holder|type)|card|cvv|cvc|expir\w*|exp (?:date|month|year)|卡号|カード番号|카드)(?: |$)/;

export const cardFields: FormSignal = {
  id: CARD,
  form: (g) => shown(g.controls, (c) => !isAction(c) && (c.autocomplete.startsWith('cc-') || CARD_NAME.test(c.text))),
};

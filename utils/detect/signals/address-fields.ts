// Two or more postal-address fields: a shipping, billing or contact form.
import { visible } from '../fields';
import { ADDRESS } from './ids';
import type { FormSignal } from './types';

const ADDRESS_AC = /(?:^| )(?:street-address|address-line\d|address-level\d|postal-code|shipping|billing)(?: |$)/;
const ADDRESS_NAME = /(?:^| )(?:address|street|city|town|zip|postcode|postal|province|state|suburb|地址|省|市|区|郵便番号|住所|주소|direcci[oó]n|endere[cç]o|adresse|stra[sß]e|ort|адрес|город)(?: |$)/;

export const addressFields: FormSignal = {
  id: ADDRESS,
  form: (g) =>
    g.controls.filter(
      (c) => (c.tag === 'input' || c.tag === 'select') && (ADDRESS_AC.test(c.autocomplete) || ADDRESS_NAME.test(c.text)) && visible(c),
    ).length >= 2,
};

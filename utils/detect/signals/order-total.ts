// An order total on the page: a short text with an amount in a currency ("Total: 24,90 €",
// "$129.00", "合计 ¥128"). Structure that needs no words of the page's language.
import { ORDER_TOTAL } from './ids';
import type { PageSignal } from './types';

const CUR = '[$€£¥₹₽₺₫฿₩₪]|zł|kč|kr|lei|ft|din|rp|r\\$|chf|usd|eur|gbp|sek|nok|dkk|pln|czk|huf|ron|rsd|try|vnd|thb|idr|sar|aed';
const AMOUNT = new RegExp(`(?:^|[^\\w])(?:(?:${CUR})\\s?\\d[\\d.,\\s]*[.,]\\d\\d|\\d[\\d.,\\s]*[.,]\\d\\d\\s?(?:${CUR}))(?![\\w])`);

const CENTS = /[.,]\d\d/;

export const orderTotal: PageSignal = {
  id: ORDER_TOTAL,
  // Two amounts at least: a line and a total, a subtotal and shipping.
  page: (p) => {
    let n = 0;
    // Every amount has its cents ("[.,]dd"): that plain test spares most texts the full one.
    for (const t of p.prose) if (t.length <= 60 && CENTS.test(t) && AMOUNT.test(t) && ++n >= 2) return true;
    return false;
  },
};

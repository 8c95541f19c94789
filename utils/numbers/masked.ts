// Which registered numbers fit a masked display ("138*5678", "*1234", "+1*1234").
// Only the digits a display shows are compared; more than one fit means "ambiguous", never a guess.
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js';
import type { NumberRow } from '../db/schema';

export type MaskedNumber = Pick<NumberRow, 'id' | 'country' | 'prefix' | 'suffix' | 'whole'>;

interface Shown {
  head: string;
  tail: string;
}

/** Splits "138*5678" into the visible leading and trailing digits. Null when nothing useful shows. */
export function parseMasked(masked: string): Shown | null {
  const star = masked.indexOf('*');
  const head = (star < 0 ? '' : masked.slice(0, star)).replace(/\D/g, '');
  const tail = (star < 0 ? masked : masked.slice(masked.lastIndexOf('*') + 1)).replace(/\D/g, '');
  // Two trailing digits ("ending in 34") are the least a display shows; fewer says nothing.
  if (tail.length < 2) return null;
  return { head, tail };
}

function callingCode(country: string): string {
  try {
    return getCountryCallingCode(country.toUpperCase() as CountryCode);
  } catch {
    return '';
  }
}

function headFits(head: string, n: MaskedNumber): boolean {
  if (!head) return true;
  const national = n.whole ? nationalOfWhole(n.whole, n.country) : n.prefix;
  const candidates = [head];
  // "+86 138****5678" shows the country code first; "0138..." a trunk prefix.
  const cc = callingCode(n.country);
  if (cc && head.startsWith(cc)) {
    // Only the country code shows ("+1 ••• ••• 2671"): any number of that country fits.
    if (head.length === cc.length) return true;
    candidates.push(head.slice(cc.length));
  }
  if (head.startsWith('0') && head.length > 1) candidates.push(head.slice(1));
  return candidates.some((h) => {
    const k = Math.min(h.length, national.length);
    return k > 0 && h.slice(0, k) === national.slice(0, k);
  });
}

/** The national significant number of a kept whole number (E.164) of this country. */
export function nationalOfWhole(whole: string, country: string): string {
  const digits = whole.replace(/\D/g, '');
  const cc = callingCode(country);
  return cc && digits.startsWith(cc) ? digits.slice(cc.length) : digits;
}

function tailFits(tail: string, n: MaskedNumber): boolean {
  const known = n.whole ? nationalOfWhole(n.whole, n.country) : n.suffix;
  const k = Math.min(tail.length, known.length);
  // A display showing more trailing digits than we kept can only be compared on what we kept.
  return k >= 2 && tail.slice(-k) === known.slice(-k);
}

/** Ids of the registered numbers a masked display fits. */
export function numbersFitting(masked: string, numbers: readonly MaskedNumber[]): string[] {
  const shown = parseMasked(masked);
  if (!shown) return [];
  return numbers.filter((n) => tailFits(shown.tail, n) && headFits(shown.head, n)).map((n) => n.id);
}

export interface Resolved {
  numberIds: string[];
  ambiguous: boolean;
}

/**
 * The numbers a site uses: ids known for sure (typed at submit, import) plus masked displays
 * that fit exactly one number. A display fitting several, none of them already known, is ambiguous.
 */
export function resolveNumbers(
  known: readonly string[],
  masked: readonly string[],
  numbers: readonly MaskedNumber[],
): Resolved {
  const existing = new Set(numbers.map((n) => n.id));
  const ids = new Set(known.filter((id) => existing.has(id)));
  const open: string[][] = [];
  for (const m of masked) {
    const fit = numbersFitting(m, numbers);
    if (fit.length === 1) ids.add(fit[0]!);
    else if (fit.length > 1) open.push(fit);
  }
  const ambiguous = open.some((fit) => !fit.some((id) => ids.has(id)));
  return { numberIds: [...ids], ambiguous };
}

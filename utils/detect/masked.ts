// Masked phone numbers in text: "+1 ••• ••• 1234", "(•••) •••-••12", "138****5678",
// "ending in 34", "尾号5678". Returns the visible digits only: "138*5678", "*12".
import { answered, endingDigits, mayNameEnding, says } from './lexicon';

const MASK = '*•●∙·∗＊✱⋅Xx';
const MASK_RE = new RegExp(`[${MASK}]`);
const RUN = new RegExp(`[+(]?[\\d${MASK}](?:[\\d${MASK}()\\s.\\-]{0,24}[\\d${MASK}])?`, 'g');
/** Mask signs without the letters (an x is a mask only in a run of three). */
const SIGNS = MASK.replace('Xx', '');
const MASK_RUN = new RegExp(`[${SIGNS}]{2}|[Xx]{3}`);
const PLACES = new RegExp(`[^\\d${MASK}]`, 'g');

// Arabic-Indic, Persian, Devanagari and Bengali digits: "۰۹۱۲•••۴۵۶۷" is read as "0912•••4567".
const ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6];
const NATIVE = ZEROS.map((z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('');
const NATIVE_DIGITS = new RegExp(`[${NATIVE}]`, 'g');
/** Native digits as ASCII ones; the same length, so positions still match. */
export function asciiDigits(text: string): string {
  return text.replace(NATIVE_DIGITS, (d) => {
    const c = d.charCodeAt(0);
    const zero = ZEROS.find((z) => c >= z && c <= z + 9)!;
    return String(c - zero);
  });
}

/** Cheap test before the full parse: could this text hold a masked number? */
export function maybeMasked(text: string): boolean {
  const v = probeMasked(text);
  return typeof v === 'string' ? says('ending', v) : v;
}

/**
 * maybeMasked(), or, when the answer hangs on words the background has not answered for yet
 * (a page's content script), the text to ask about.
 */
export function probeMasked(text: string): boolean | string {
  if (MASK_RUN.test(text)) return true;
  // Digits are made ASCII only for the few texts that hold two of them (every text node passes here).
  if (!TWO_DIGITS.test(text)) return false;
  const lower = asciiDigits(text).toLowerCase();
  if (answered(lower)) return says('ending', lower);
  // No "ending" word can be in it (the loose test, read as on the joined text): no question.
  return mayNameEnding(finalSigma(lower)) === false ? false : lower;
}

// Final sigma is the one letter whose lower case depends on what follows it: the loose test
// reads it as σ, on a text alone as on the page's joined text.
const finalSigma = (lower: string): string => lower.replace(/ς/g, 'σ');

const TWO_DIGITS = new RegExp(`[\\d${NATIVE}]{2}`);

/**
 * Could any part of this text pass maybeMasked()? False is certain (read on a page's joined
 * text, it lets the content script skip a walk over every text node); true may be wrong;
 * undefined until the background has sent what the test needs (lexicon mayNameEnding).
 */
export function mayHoldMasked(joined: string): boolean | undefined {
  if (MASK_RUN.test(joined)) return true;
  return TWO_DIGITS.test(joined) && mayNameEnding(finalSigma(asciiDigits(joined).toLowerCase()));
}

// Two or more mask characters (not letters), then two to four digits that end the token.
const TAIL = new RegExp(`(?:^|[\\s(:])[${SIGNS}]{2,}[\\s.-]?\\d{2,4}(?![\\d@\\w]|\\.\\w)`);

/**
 * A tail too short to be phone-shaped, where a code was sent ("We sent a code to ••• 42",
 * "****42", native digits too); never an e-mail's ("j•••@mail.com").
 */
export function maskedTail(text: string): boolean {
  return !text.includes('@') && TAIL.test(asciiDigits(text));
}

/** Parse one masked token; null when it is not phone-shaped. */
export function visibleDigits(token: string): string | null {
  const t = token.trim();
  if (/(?:^|[^Xx])[Xx](?:[^Xx]|$)/.test(t)) return null; // a lone x is a letter
  let digits = 0;
  let masks = 0;
  for (const ch of t) {
    if (ch >= '0' && ch <= '9') digits++;
    else if (MASK.includes(ch)) masks++;
  }
  if (masks < 2 || digits < 2 || digits + masks < 7 || digits + masks > 15) return null;
  if (/\s{3,}/.test(t)) return null;
  const cc = /^\+(\d{1,3})[\s.\-(]/.exec(t);
  const body = cc ? t.slice(cc[0].length) : t;
  const shown = body
    .replace(new RegExp(`[${MASK}]+`, 'g'), '*')
    .replace(/[^\d*]/g, '')
    .replace(/\*+/g, '*');
  if (!/\d/.test(shown)) return null;
  return cc ? `+${cc[1]} ${shown}` : shown;
}

export interface MaskedHit {
  digits: string;
  /** Short forms ("•••• 12", "ending in 34") need phone words nearby to count. */
  needsContext: boolean;
}

/** Every masked number in one string. */
export function findMasked(text: string): MaskedHit[] {
  const out: MaskedHit[] = [];
  if (!text) return out;
  if (MASK_RE.test(text)) {
    for (const m of text.matchAll(RUN)) {
      const d = visibleDigits(m[0]);
      // Ten or more places with three or more hidden ("(•••) •••-••12") is phone-shaped;
      // anything else ("4208**7129", "•••• 12") needs phone words nearby.
      const places = m[0].replace(PLACES, '');
      const hidden = places.replace(/\d/g, '').length;
      if (d) out.push({ digits: d, needsContext: (places.length < 10 || hidden < 3) && !d.startsWith('+') });
    }
  }
  const lower = text.toLowerCase();
  if (says('ending', lower)) for (const d of endingDigits(lower)) out.push({ digits: `*${d}`, needsContext: true });
  return out;
}

/**
 * Masked numbers that are phones: never in a text that names a card; short forms only
 * with phone, SMS or code words in the text or around it.
 */
export function phoneMasked(text: string, around: string): string[] {
  text = asciiDigits(text);
  const hits = findMasked(text);
  if (!hits.length || says('card', text.toLowerCase())) return [];
  around = around.toLowerCase();
  const phoneish = says('phone', around) || says('sms', around) || says('code', around);
  return hits.filter((h) => phoneish || !h.needsContext).map((h) => h.digits);
}

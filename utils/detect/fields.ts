// What a form control is: phone number, "email or phone" identifier, one-time code,
// password. Pure functions of a collected Control; shared by signals and the content script.
import type { Control } from './collect';
import { missCount, says } from './lexicon';
import { isShown } from './visible';

const TEXTLIKE = new Set(['text', 'tel', 'number', 'search', '']);
const CAPTCHA = /captcha|[图圖][形片]|画像|image|picture|слов|картин/;
const CODE_NAME = /(?:^| )(?:otp|sms ?code|verif\w* ?code|auth\w* ?code|v ?code|valid\w* ?code|check ?code|pin ?code|code)(?: |$)/;

/** Visibility, computed once per control per scan (never kept across scans: steps appear). */
export function visible(c: Control): boolean {
  return (c.shown ??= isShown(c.el));
}

/** Does any visible control pass `test`? Visibility is read last: it costs the most. */
export const shown = (controls: readonly Control[], test: (c: Control) => boolean): boolean =>
  controls.some((c) => test(c) && visible(c));

// Controls with words of their own, by those words. Pages repeat them ("Go" per search box,
// "Add to cart" per product): a page signal judges each distinct text once, not each control.
// Rebuilt when links join the list after it was first read.
const owned = new WeakMap<readonly Control[], { n: number; by: Map<string, Control[]> }>();
export function byOwnWords(controls: readonly Control[]): ReadonlyMap<string, readonly Control[]> {
  let x = owned.get(controls);
  if (!x || x.n !== controls.length) {
    const by = new Map<string, Control[]>();
    for (const c of controls) {
      if (!c.own) continue;
      const list = by.get(c.own);
      if (list) list.push(c);
      else by.set(c.own, [c]);
    }
    owned.set(controls, (x = { n: controls.length, by }));
  }
  return x.by;
}

/**
 * Does a visible control whose own words pass `words` also pass `test`? `words` is asked once
 * per distinct text, `test` and visibility only for the controls that carry a passing text.
 */
export function shownByWords(controls: readonly Control[], words: (own: string) => boolean, test: (c: Control) => boolean = () => true): boolean {
  for (const [own, list] of byOwnWords(controls)) if (words(own) && list.some((c) => test(c) && visible(c))) return true;
  return false;
}

export const isAction = (c: Control): boolean => c.tag === 'button' || c.tag === 'link';

// A field's verdicts depend only on what collect() keys its description by: kept with it,
// unless one was made before the background had answered for its words.
function memo(c: Control, k: string, f: (c: Control) => boolean): boolean {
  const kept = c.memo[k];
  if (kept !== undefined) return kept;
  const before = missCount();
  const v = f(c);
  if (missCount() === before) c.memo[k] = v;
  return v;
}

function autocompleteTokens(c: Control): string[] {
  return c.autocomplete ? c.autocomplete.split(/\s+/) : [];
}

// Named as some other number or a card's: the lexicon's card words are not repeated in notPhone.
const other = (c: Control): boolean => says('notPhone', c.text) || says('card', c.text);

export const isCodeField = (c: Control): boolean => memo(c, 'code', codeField);

function codeField(c: Control): boolean {
  if (c.tag !== 'input' || !(TEXTLIKE.has(c.type) || c.type === 'password')) return false;
  const ac = autocompleteTokens(c);
  if (ac.includes('one-time-code')) return true;
  if (CAPTCHA.test(c.text) || other(c)) return false;
  if (says('code', c.text)) return true;
  // "code" in a name only counts with a code-like shape: short and numeric.
  const short = c.maxLength >= 4 && c.maxLength <= 8;
  const numeric = c.inputmode === 'numeric' || c.type === 'tel' || c.type === 'number';
  return CODE_NAME.test(c.text) && (short || numeric) && !says('phone', c.text);
}

export const isPhoneField = (c: Control): boolean => memo(c, 'phone', phoneField);

function phoneField(c: Control): boolean {
  if (c.tag !== 'input' || !TEXTLIKE.has(c.type)) return false;
  const ac = autocompleteTokens(c);
  if (ac.includes('tel-extension')) return false;
  const telAc = ac.some((t) => t.startsWith('tel'));
  if (telAc && !other(c)) return true;
  if (isCodeField(c)) return false;
  // An explicit autocomplete for something else wins over a type=tel used for a keypad.
  if (ac.some((t) => /^(?:cc-|postal|one-time|email|bday|street|address|country)/.test(t))) return false;
  if (other(c) || says('identifier', c.text)) return false;
  if (says('phone', c.text)) return true;
  // type=tel is also a numeric keypad: one naming some other number (branch, contract,
  // membership) and no phone is an ID.
  return c.type === 'tel' && !says('number', c.text);
}

/** A login identifier that takes a phone number among others: "Email or phone". */
export const isPhoneIdentifier = (c: Control): boolean => memo(c, 'id', phoneIdentifier);

function phoneIdentifier(c: Control): boolean {
  if (c.tag !== 'input' || !(TEXTLIKE.has(c.type) || c.type === 'email')) return false;
  if (isCodeField(c) || says('card', c.text)) return false;
  // A list of identifiers may name another number too: "Email, mobile or customer number".
  return says('phone', c.text) && says('identifier', c.text);
}

export const isPassword = (c: Control): boolean => c.tag === 'input' && c.type === 'password';

/** Split one-time-code boxes: four or more one-character inputs side by side. */
export function hasDigitBoxes(controls: readonly Control[]): boolean {
  let run = 0;
  for (const c of controls) {
    if (c.tag === 'input' && c.maxLength === 1 && TEXTLIKE.has(c.type)) {
      if (++run >= 4) return true;
    } else if (c.tag === 'input') run = 0;
  }
  return false;
}

// Reading a settings page for the overlay: where the phone section is, and which masked
// numbers it shows now. Pure functions of a Document, bounded work, nothing stored.
import { maskedNumbersOn } from '../detect';
import { says } from '../detect/lexicon';
import { maybeMasked, phoneMasked } from '../detect/masked';
import { words } from '../detect/text';

const MAX_NODES = 4000;
const BLOCK = 'section, fieldset, li, tr, dd, dt, p, div, form, label, h1, h2, h3, h4, h5, h6';

function* textNodes(doc: Document): Generator<Text> {
  if (!doc.body) return;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let node = walker.nextNode(); node && n < MAX_NODES; node = walker.nextNode(), n++) {
    const parent = node.parentElement;
    if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
    if (parent.closest('rebind-guide')) continue;
    if ((node.nodeValue ?? '').trim()) yield node as Text;
  }
}

/** Text around a node: its nearest block, clipped (labels like "Phone" sit beside the number). */
function around(el: Element): string {
  const block = el.closest(BLOCK) ?? el;
  return words((block.textContent ?? '').slice(0, 300));
}

/** Masked numbers the page shows now, as visible digits ("138*5678"): the detector's reading. */
export const maskedOnPage = (doc: Document): string[] => maskedNumbersOn(doc);


/** The element to point at: a masked phone number first, else a label or heading about the phone. */
export function findPhoneSection(doc: Document): Element | null {
  let labelled: Element | null = null;
  for (const node of textNodes(doc)) {
    const parent = node.parentElement!;
    const text = node.nodeValue ?? '';
    if (maybeMasked(text) && phoneMasked(text, around(parent)).length) {
      return parent.closest(BLOCK) ?? parent;
    }
    if (!labelled && text.length < 80 && says('phone', words(text))) labelled = parent.closest(BLOCK) ?? parent;
  }
  return labelled;
}

function tail(masked: string): string {
  const i = masked.lastIndexOf('*');
  return (i < 0 ? masked : masked.slice(i + 1)).replace(/\D/g, '');
}

/** Two masked displays may be the same number: their visible tails agree. */
export function sameNumber(a: string, b: string): boolean {
  const ta = tail(a);
  const tb = tail(b);
  if (ta.length < 2 || tb.length < 2) return true;
  return ta.endsWith(tb) || tb.endsWith(ta);
}

/** The page shows a number, and none of what it shows could be a number it showed before. */
export function showsDifferentNumber(known: readonly string[], seen: readonly string[]): boolean {
  if (!known.length || !seen.length) return false;
  return seen.every((s) => known.every((k) => !sameNumber(k, s)));
}

// Small text helpers with hard caps: a hostile page can put megabytes in one attribute.

/** Longest attribute or label text read, in characters. */
export const MAX_TEXT = 200;

export function clip(s: string | null | undefined, max = MAX_TEXT): string {
  if (!s) return '';
  return s.length > max ? s.slice(0, max) : s;
}

/** Attribute value, clipped. Never throws. */
export function attr(el: Element, name: string, max = MAX_TEXT): string {
  return clip(el.getAttribute(name), max);
}

/**
 * Identifiers and prose to plain words: "txtMobileNo" -> "txt mobile no",
 * "user_phone[0]" -> "user phone 0". Lets lexicon words match inside names.
 */
export function words(s: string): string {
  if (!s) return '';
  return s
    // "txtMobile" -> "txt Mobile"; "otp1", "phone2": a trailing index is not part of the word
    .replace(/[a-z](?=[A-Z])|[a-zA-Z](?=\d)/g, '$& ')
    .replace(/[_\-.[\]:/#|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** An element's own text, clipped before whitespace is folded. */
export function textOf(el: Element | null | undefined, max = MAX_TEXT): string {
  if (!el) return '';
  return clip(el.textContent, max * 2).replace(/\s+/g, ' ').trim().slice(0, max);
}

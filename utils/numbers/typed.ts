// Which digits of a typed value are worth comparing with the registered numbers. Imports nothing:
// the content script uses it too, and must not reach the database or the catalog.

/** Shortest and longest run of digits that can be a phone number typed into a field. */
export const TYPED_MIN_DIGITS = 6;
export const TYPED_MAX_DIGITS = 17;

/** The digits of a typed value worth comparing, or undefined. */
export function typedDigits(typed: string): string | undefined {
  const digits = typed.replace(/\D/g, '');
  return digits.length >= TYPED_MIN_DIGITS && digits.length <= TYPED_MAX_DIGITS ? digits : undefined;
}

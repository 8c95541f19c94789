// Who sent a text: a person's phone number, or a service (short code, carrier gateway,
// alphanumeric sender ID). Messages from people never create sites, whatever they say.

export type SenderKind = 'person' | 'service' | 'name' | 'unknown';

/** Chinese service ranges: 106 gateways, 95xxx/96xxx hotlines, 100xx carriers, 12xxx public services. */
const CN_SERVICE = /^(?:106\d{2,}|9[56]\d{3,6}|100\d{2}|12\d{3})$/;
/** North American toll-free numbers, which services also text from. */
const NANP_TOLL_FREE = /^1?8(?:00|33|44|55|66|77|88)\d{7}$/;

/**
 * The kind of an SMS address: `name` is an alphanumeric sender ID ("Google", "AMAZON"),
 * `service` a short code or service range, `person` a full phone number or an iMessage
 * e-mail address, `unknown` no address (pasted text).
 */
export function senderKind(address: string | undefined | null): SenderKind {
  const a = (address ?? '').trim();
  if (!a) return 'unknown';
  // iMessage and RCS chats with a person may carry an e-mail address.
  if (a.includes('@')) return 'person';
  if (/[\p{L}]/u.test(a)) return 'name';
  const digits = a.replace(/\D/g, '');
  if (!digits) return 'unknown';
  const cn = digits.replace(/^(?:0086|86)(?=1\d{4,})/, '');
  if (CN_SERVICE.test(cn)) return 'service';
  if (NANP_TOLL_FREE.test(digits)) return 'service';
  // Short codes (up to 6 digits) belong to services; anything longer is a phone line.
  return digits.length <= 6 ? 'service' : 'person';
}

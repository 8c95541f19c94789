// One way to hash a phone number, shared by the content script (typed numbers, in memory,
// at submit) and the inventory (registered numbers). Only digits of the national
// significant number are hashed, so "+86 138 0013 8000" and "13800138000" agree.

export async function numberHash(salt: string, nsnDigits: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}:${nsnDigits}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return toHex(new Uint8Array(digest));
}

export const toHex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

export interface HashedNumber {
  id: string;
  salt: string;
  hash: string;
  nsnLength: number;
}

/** The registered number a typed value is, if any. The value is never kept. */
export async function matchTyped(
  typed: string,
  numbers: readonly HashedNumber[],
): Promise<string | undefined> {
  const digits = typed.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 17) return undefined;
  for (const n of numbers) {
    if (digits.length < n.nsnLength) continue;
    if ((await numberHash(n.salt, digits.slice(-n.nsnLength))) === n.hash) return n.id;
  }
  return undefined;
}

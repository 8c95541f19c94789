// One way to fingerprint a phone number: an HMAC-SHA-256 of the national significant number's
// digits under a key that never leaves this browser profile. The key is a non-extractable
// WebCrypto key kept in the extension's own IndexedDB, so a row read out of the database (or a
// backup) can't be checked against guesses the way a salted SHA-256 could (10^4 tries).
// Runs only in the background and extension pages: pages never see the key or the macs.
import type { NumberRow, RebindDB } from '../db/schema';
import { typedDigits } from './typed';

export const MAC_KEY_NAME = 'number-mac';

export const toHex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

const keys = new WeakMap<RebindDB, Promise<CryptoKey>>();

async function loadOrCreateKey(db: RebindDB): Promise<CryptoKey> {
  const stored = await db.keys.get(MAC_KEY_NAME);
  if (stored) return stored.key;
  const fresh = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  // Two contexts may race to create it: the first one written wins and both use that one.
  return db.transaction('rw', db.keys, async () => {
    const again = await db.keys.get(MAC_KEY_NAME);
    if (again) return again.key;
    await db.keys.add({ name: MAC_KEY_NAME, key: fresh, createdAt: Date.now() });
    return fresh;
  });
}

/** This profile's number key, created on first use. */
export function macKey(db: RebindDB): Promise<CryptoKey> {
  let key = keys.get(db);
  if (!key) {
    key = loadOrCreateKey(db);
    keys.set(db, key);
    key.catch(() => keys.delete(db));
  }
  return key;
}

/** HMAC of a national significant number (digits only), hex. */
export async function numberMac(key: CryptoKey, nsnDigits: string): Promise<string> {
  const sig = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(nsnDigits));
  return toHex(new Uint8Array(sig));
}

export type MacNumber = Pick<NumberRow, 'id' | 'mac' | 'nsnLength'>;

/**
 * The registered number a typed value is, if any: the typed digits' tail of each number's
 * length is fingerprinted and compared. The value is never kept. Numbers without a mac (from
 * an older Rebind, not entered again yet) can't be matched this way.
 */
export async function matchTyped(
  key: CryptoKey,
  typed: string,
  numbers: readonly MacNumber[],
): Promise<string | undefined> {
  const digits = typedDigits(typed);
  if (!digits) return undefined;
  const macs = new Map<number, Promise<string>>();
  for (const n of numbers) {
    if (!n.mac || !n.nsnLength || digits.length < n.nsnLength) continue;
    const tail = digits.slice(-n.nsnLength);
    let mac = macs.get(tail.length);
    if (!mac) {
      mac = numberMac(key, tail);
      macs.set(tail.length, mac);
    }
    if ((await mac) === n.mac) return n.id;
  }
  return undefined;
}

/** matchTyped against the numbers in the database. */
export async function matchTypedIn(db: RebindDB, typed: string): Promise<string | undefined> {
  if (!typedDigits(typed)) return undefined;
  const numbers = await db.numbers.toArray();
  if (!numbers.some((n) => n.mac)) return undefined;
  return matchTyped(await macKey(db), typed, numbers);
}

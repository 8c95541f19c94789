// An encrypted backup: the backup's text under AES-256-GCM, with the key derived from the
// person's passphrase by PBKDF2-SHA-256 (WebCrypto only). The envelope is JSON so the import can
// tell it from a plain backup by its "format" (docs/EXPORT.md, "Encrypted backup").

export const ENCRYPTED_FORMAT = 'rebind-backup-encrypted';
export const ENCRYPTED_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
/** Files asking for more (a hostile file making the import spin) are refused. */
const MAX_ITERATIONS = 10_000_000;
const MIN_ITERATIONS = 100_000;
export const MIN_PASSPHRASE = 8;

export interface EncryptedBackup {
  format: typeof ENCRYPTED_FORMAT;
  version: typeof ENCRYPTED_VERSION;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  /** base64 of the ciphertext with its 16-byte tag. */
  data: string;
}

export class DecryptError extends Error {
  constructor(readonly code: 'badEnvelope' | 'wrongPassphrase') {
    super(code);
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptBackup(text: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text));
  const envelope: EncryptedBackup = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(sealed)),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** Whether a file's text is an encrypted backup (looked at before any other parsing). */
export function isEncryptedBackup(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"rebind-backup-encrypted"/.test(text.replace(/^\uFEFF/, '').slice(0, 200));
}

function readEnvelope(text: string): EncryptedBackup {
  let e: EncryptedBackup;
  try {
    e = JSON.parse(text.replace(/^\uFEFF/, '')) as EncryptedBackup;
  } catch {
    throw new DecryptError('badEnvelope');
  }
  const ok =
    e?.format === ENCRYPTED_FORMAT &&
    e.version === ENCRYPTED_VERSION &&
    e.kdf?.name === 'PBKDF2' &&
    e.kdf.hash === 'SHA-256' &&
    Number.isInteger(e.kdf.iterations) &&
    e.kdf.iterations >= MIN_ITERATIONS &&
    e.kdf.iterations <= MAX_ITERATIONS &&
    typeof e.kdf.salt === 'string' &&
    e.cipher?.name === 'AES-GCM' &&
    typeof e.cipher.iv === 'string' &&
    typeof e.data === 'string';
  if (!ok) throw new DecryptError('badEnvelope');
  return e;
}

/** The backup's text, or DecryptError (a wrong passphrase and a damaged file look the same to GCM). */
export async function decryptBackup(text: string, passphrase: string): Promise<string> {
  const e = readEnvelope(text);
  let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>;
  try {
    salt = fromBase64(e.kdf.salt);
    iv = fromBase64(e.cipher.iv);
    data = fromBase64(e.data);
  } catch {
    throw new DecryptError('badEnvelope');
  }
  if (salt.length < 16 || iv.length !== 12) throw new DecryptError('badEnvelope');
  const key = await deriveKey(passphrase, salt, e.kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data);
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new DecryptError('wrongPassphrase');
  }
}

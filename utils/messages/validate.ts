// Shape and size checks for every message the background receives.
import * as v from 'valibot';
import { KINDS } from '../types';
import { MAX_ASKED, MAX_PENDING } from '../detect/lexicon';
import { MESSAGE_TYPES } from './protocol';

const kinds = v.pipe(v.array(v.picklist(KINDS)), v.maxLength(KINDS.length));
const shortText = v.pipe(v.string(), v.maxLength(80));

export const FindingSchema = v.strictObject({
  kinds,
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  signals: v.pipe(v.array(shortText), v.maxLength(64)),
  masked: v.pipe(v.array(v.pipe(v.string(), v.maxLength(32), v.regex(/^[0-9*+ ]*$/))), v.maxLength(16)),
  signedIn: v.optional(v.boolean()),
});

export const SubmitSchema = v.strictObject({
  kinds,
  typed: v.optional(v.pipe(v.string(), v.regex(/^\d{6,17}$/))),
});

const EmptySchema = v.optional(v.union([v.undefined(), v.null()]));

/** A scan's question about its texts (lexicon Ask), within the caps the page keeps. */
export const AskSchema = v.strictObject({
  texts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_ASKED))), v.maxLength(MAX_PENDING)),
  loose: v.boolean(),
});

export const PAYLOAD_SCHEMAS = {
  'cs-bg-finding': FindingSchema,
  'cs-bg-submit': SubmitSchema,
  'cs-bg-guide-hint': EmptySchema,
  'cs-bg-guide-offer': EmptySchema,
  'cs-bg-mark-changed': EmptySchema,
  'cs-bg-says': AskSchema,
} as const;

/** Largest message we accept, serialized. Anything bigger is a hostile or broken sender. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** A scan's question carries its page's texts: bounded by the page's own caps (lexicon). */
const MAX_BYTES: Partial<Record<(typeof MESSAGE_TYPES)[number], number>> = { 'cs-bg-says': 4 * 1024 * 1024 };

export type Verdict = { ok: true } | { ok: false; reason: string };

/**
 * The envelope @webext-core/messaging sends ({ id, type, data, timestamp }) and its size. The
 * background's raw listener checks this for every message; the typed handler of the message's
 * type then checks its payload (checkPayload), so each check runs once.
 */
export function checkShape(message: unknown): Verdict {
  if (typeof message !== 'object' || message === null) return { ok: false, reason: 'not an object' };
  const m = message as Record<string, unknown>;
  if (typeof m.type !== 'string') return { ok: false, reason: 'no type' };
  if (!(MESSAGE_TYPES as readonly string[]).includes(m.type))
    return { ok: false, reason: `unknown type ${JSON.stringify(m.type.slice(0, 40))}` };
  if (typeof m.timestamp !== 'number' || typeof m.id !== 'number')
    return { ok: false, reason: 'bad envelope' };
  let size: number;
  try {
    size = JSON.stringify(m.data ?? null).length;
  } catch {
    return { ok: false, reason: 'unserializable data' };
  }
  if (size > (MAX_BYTES[m.type as (typeof MESSAGE_TYPES)[number]] ?? MAX_MESSAGE_BYTES)) return { ok: false, reason: `too large (${size} bytes)` };
  return { ok: true };
}

/** A known message type's payload against its schema (which also bounds its size). */
export function checkPayload(type: keyof typeof PAYLOAD_SCHEMAS, data: unknown): Verdict {
  const result = v.safeParse(PAYLOAD_SCHEMAS[type], data);
  if (result.success) return { ok: true };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, reason: `${type}: ${path ? path + ': ' : ''}${issue.message}` };
}

/** The whole check of one message: envelope, size, payload. */
export function checkEnvelope(message: unknown): Verdict {
  const shape = checkShape(message);
  if (!shape.ok) return shape;
  const m = message as { type: keyof typeof PAYLOAD_SCHEMAS; data: unknown };
  return checkPayload(m.type, m.data);
}

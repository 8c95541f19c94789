// A tiny typed sender for the content script. It speaks the envelope @webext-core/messaging
// uses ({ id, type, data, timestamp }; reply { res } | { err }) so the background's
// onMessage handlers answer it, without shipping that library and the polyfill in every page.
import type { ProtocolMap } from '@/utils/messages/protocol';

type Runtime = { sendMessage(message: unknown): Promise<unknown> };
type Data<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Reply<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

let nextId = Math.floor(Math.random() * 1e6);

/** The background answered and refused (its handler threw): unlike no answer, not worth resending. */
export class Refused extends Error {}

function runtime(): Runtime | null {
  const g = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return g.browser?.runtime ?? g.chrome?.runtime ?? null;
}

export async function send<K extends keyof ProtocolMap>(type: K, ...data: Data<K> extends undefined ? [] : [Data<K>]): Promise<Reply<K>> {
  const reply = (await runtime()?.sendMessage({ id: nextId++, type, data: data[0], timestamp: Date.now() })) as
    | { res?: Reply<K>; err?: { message?: string } }
    | undefined;
  // No runtime (context gone) or no reply: a plain rejection. The handler threw: Refused.
  if (reply?.err) throw new Refused(reply.err.message ?? 'refused');
  if (!reply) throw new Error('no reply');
  return reply.res as Reply<K>;
}

/**
 * A report the background must keep (a finding, a submit). The background replies only after
 * the row is written, so no reply means the worker was stopped mid-write: send again after a
 * short wait (the merge is idempotent for the same page). Gives up quietly after the last try.
 * A refusal is not sent again: the background has recorded it for the screens ("open the page
 * again"), and a late resend would bring back a message the person has just dismissed.
 */
export async function sendKept<K extends 'cs-bg-finding' | 'cs-bg-submit'>(
  type: K,
  payload: Data<K>,
  waits: readonly number[] = [500, 2000],
): Promise<boolean> {
  for (let i = 0; ; i++) {
    try {
      await (send as (t: K, d: Data<K>) => Promise<unknown>)(type, payload);
      return true;
    } catch (e) {
      if (e instanceof Refused || i >= waits.length || !runtime()) return false;
      await new Promise((r) => setTimeout(r, waits[i]));
    }
  }
}

// Counts what an import found, message by message, keeping no body and no code: per SIM, each
// service's count and first and last date, and the names no map knows.
import { readMessage } from './classify';
import { ACCOUNT_CLASSES, SMS_CLASSES, type SmsClass, type SmsMessage } from './types';

export interface ServiceTally {
  count: number;
  first: number;
  last: number;
}

export interface SimTally {
  /** Received messages on this SIM. */
  messages: number;
  /** Site key -> codes and notices it sent. */
  sites: Map<string, ServiceTally>;
  /** Unresolved names -> codes and notices signed with it. */
  names: Map<string, ServiceTally>;
}

export interface SmsSummary {
  /** Messages read, sent ones included. */
  total: number;
  sent: number;
  classes: Record<SmsClass, number>;
  /** Keyed by the backup's SIM id ('' when it has none). */
  sims: Map<string, SimTally>;
}

function bump(map: Map<string, ServiceTally>, key: string, at: number) {
  const t = map.get(key);
  if (!t) map.set(key, { count: 1, first: at, last: at });
  else {
    t.count++;
    if (at && (at < t.first || !t.first)) t.first = at;
    if (at > t.last) t.last = at;
  }
}

export function newSummary(): SmsSummary {
  return {
    total: 0,
    sent: 0,
    classes: Object.fromEntries(SMS_CLASSES.map((c) => [c, 0])) as Record<SmsClass, number>,
    sims: new Map(),
  };
}

/** Adds one message. Sent messages are counted and otherwise ignored. */
export function tallyMessage(s: SmsSummary, m: SmsMessage): void {
  s.total++;
  if (!m.received) {
    s.sent++;
    return;
  }
  const sim = m.sim ?? '';
  let t = s.sims.get(sim);
  if (!t) s.sims.set(sim, (t = { messages: 0, sites: new Map(), names: new Map() }));
  t.messages++;
  const r = readMessage(m);
  s.classes[r.cls]++;
  // Only codes and account notices prove an account; a code that names no service adds nothing.
  if (!r.service || !ACCOUNT_CLASSES.includes(r.cls)) return;
  if ('site' in r.service) bump(t.sites, r.service.site, m.at);
  else bump(t.names, r.service.unresolved, m.at);
}

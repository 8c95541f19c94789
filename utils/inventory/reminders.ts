// Dates around a planned cancellation: when to remind. What happens to the number after it
// depends on the country: utils/inventory/recycling.ts.
export const REMIND_DAYS_BEFORE = 7;
/** Reminders fire at this local hour, not at midnight. */
export const REMIND_HOUR = 9;

const DAY_MS = 24 * 60 * 60 * 1000;

function parseLocal(date: string, hour = 0): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hour);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** YYYY-MM-DD in local time (what the person's calendar says). */
export function localDate(when: number | Date): string {
  const d = new Date(when);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Days from `now` to the local date (negative when past). */
export function daysUntil(date: string, now: number): number | null {
  const d = parseLocal(date, 12);
  if (!d) return null;
  const today = new Date(now);
  const noon = new Date(today.getFullYear(), today.getMonth(), today.getDate(), 12);
  return Math.round((d.getTime() - noon.getTime()) / DAY_MS);
}

export type ReminderKind = 'week' | 'day';

export interface Reminder {
  kind: ReminderKind;
  when: number;
}

/** Reminders still ahead of `now` for a cancellation date: a week before, and on the day. */
export function reminderTimes(cancelDate: string, now: number): Reminder[] {
  const day = parseLocal(cancelDate, REMIND_HOUR);
  if (!day) return [];
  const week = new Date(day);
  week.setDate(week.getDate() - REMIND_DAYS_BEFORE);
  const list: Reminder[] = [
    { kind: 'week', when: week.getTime() },
    { kind: 'day', when: day.getTime() },
  ];
  return list.filter((r) => r.when > now);
}

export const ALARM_PREFIX = 'rebind-remind:';

export function alarmName(numberId: string, kind: ReminderKind): string {
  return `${ALARM_PREFIX}${kind}:${numberId}`;
}

export function parseAlarmName(name: string): { kind: ReminderKind; numberId: string } | null {
  const m = /^rebind-remind:(week|day):(.+)$/.exec(name);
  return m ? { kind: m[1] as ReminderKind, numberId: m[2]! } : null;
}

// Reminders before a planned cancellation: an alarm a week before and one on the day, a
// notification (optional permission) when items are still open for that number.
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db';
import type { NumberRow } from '@/utils/db/schema';
import { t, uiLanguage } from '@/utils/i18n';
import { pluralKey } from '@/utils/plural';
import {
  ALARM_PREFIX,
  alarmName,
  parseAlarmName,
  reminderTimes,
} from '@/utils/inventory/reminders';
import { loadChecklist } from '@/utils/inventory/checklist';

/** Makes the alarms match the numbers' dates: creates missing ones, clears stale ones. */
export async function scheduleReminders(numbers: readonly NumberRow[], now = Date.now()): Promise<void> {
  const wanted = new Map<string, number>();
  for (const n of numbers) {
    if (!n.cancelDate) continue;
    for (const r of reminderTimes(n.cancelDate, now)) wanted.set(alarmName(n.id, r.kind), r.when);
  }
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
  for (const a of existing) {
    if (wanted.get(a.name) !== a.scheduledTime) await browser.alarms.clear(a.name);
  }
  const kept = new Set(existing.filter((a) => wanted.get(a.name) === a.scheduledTime).map((a) => a.name));
  for (const [name, when] of wanted) {
    if (!kept.has(name)) await browser.alarms.create(name, { when });
  }
}

async function mayNotify(): Promise<boolean> {
  try {
    return !!browser.notifications && (await browser.permissions.contains({ permissions: ['notifications'] }));
  } catch {
    return false;
  }
}

/** Runs when a reminder alarm fires; returns whether a notification was shown. */
export async function remind(alarm: string): Promise<boolean> {
  const parsed = parseAlarmName(alarm);
  if (!parsed) return false;
  const number = await getDb().numbers.get(parsed.numberId);
  if (!number?.cancelDate) return false;
  const open = (await loadChecklist(getDb(), { numberId: number.id }, { openOnly: true })).counts.open;
  if (open === 0 || !(await mayNotify())) return false;
  const key = parsed.kind === 'week' ? 'inv_remind_week' : 'inv_remind_day';
  await browser.notifications.create(alarm, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('inv_remind_title'),
    message: t(key, [number.label, t(pluralKey('cl_openAccounts', open, uiLanguage()), [open]), number.cancelDate]),
  });
  return true;
}

export function registerReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    void remind(alarm.name).catch((e: unknown) => console.error('[rebind] reminder failed', e));
  });
  // The notifications API exists only once its optional permission is granted.
  browser.notifications?.onClicked.addListener((id) => {
    if (!id.startsWith(ALARM_PREFIX)) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
    void browser.notifications.clear(id);
  });
  liveQuery(() => getDb().numbers.toArray()).subscribe({
    next: (numbers) => void scheduleReminders(numbers).catch(() => undefined),
    error: (e: unknown) => console.error('[rebind] reminder query failed', e),
  });
}

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor, countText, refreshBadge, registerBadge } from '@/entrypoints/background/badge';
import { remind, scheduleReminders } from '@/entrypoints/background/reminders';
import { getDb } from '@/utils/db';
import type { SiteRow } from '@/utils/db/schema';
import { alarmName, reminderTimes } from '@/utils/inventory/reminders';
import { recyclingWindow } from '@/utils/inventory/recycling';
import { localDate } from '@/utils/inventory/reminders';
import { addNumber } from '@/utils/numbers/numbers';

const site = (s: Partial<SiteRow> & { site: string }): SiteRow => ({
  kinds: ['login-otp'], status: 'todo', strength: 'visited', firstSeen: 1, lastSeen: 1, risk: 1, numberIds: [], ...s,
});

const db = getDb();
beforeEach(async () => {
  await Promise.all([db.sites.clear(), db.numbers.clear(), db.evidence.clear()]);
});

describe('recycling window and reminder dates', () => {
  it('promises what the number’s country is known to do: China 90 days, the US at least 45, elsewhere nothing', () => {
    expect(recyclingWindow('CN', '2030-01-10')).toMatchObject({ start: '2030-01-10', end: '2030-04-10', rule: { kind: 'frozen', days: 90 } });
    expect(recyclingWindow('cn', '2028-12-15')?.end).toBe('2029-03-15');
    expect(recyclingWindow('US', '2030-01-10')).toMatchObject({ end: '2030-02-24', rule: { kind: 'aging', days: 45 } });
    expect(recyclingWindow('DE', '2030-01-10')).toBeNull();
    expect(recyclingWindow('CN', 'soon')).toBeNull();
  });

  it('reminds a week before and on the day, only in the future', () => {
    const now = new Date(2030, 0, 1, 12).getTime();
    const times = reminderTimes('2030-01-20', now);
    expect(times.map((r) => [r.kind, localDate(r.when)])).toEqual([['week', '2030-01-13'], ['day', '2030-01-20']]);
    expect(reminderTimes('2030-01-05', now).map((r) => r.kind)).toEqual(['day']);
    expect(reminderTimes('2029-12-01', now)).toEqual([]);
  });
});

describe('reminder alarms', () => {
  it('follows the dates: creates, moves and clears alarms', async () => {
    const now = new Date(2030, 0, 1).getTime();
    const n = await addNumber(db, { label: 'Old', country: 'CN', number: '13800138000', cancelDate: '2030-02-01' }, false);
    await scheduleReminders([n], now);
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toEqual([alarmName(n.id, 'day'), alarmName(n.id, 'week')].sort());
    await scheduleReminders([{ ...n, cancelDate: '2030-03-01' }], now);
    const day = await fakeBrowser.alarms.get(alarmName(n.id, 'day'));
    expect(localDate(day!.scheduledTime)).toBe('2030-03-01');
    await scheduleReminders([{ ...n, cancelDate: undefined }], now);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('notifies only while items are open and the permission is granted', async () => {
    const n = await addNumber(db, { label: 'Old SIM', country: 'CN', number: '13800138000', cancelDate: '2030-02-01' }, false);
    const granted = vi.fn(async () => true);
    fakeBrowser.permissions.contains = granted as never;
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    expect(await remind(alarmName(n.id, 'week'))).toBe(false);
    await db.sites.bulkPut([site({ site: 'a.com', numberIds: [n.id] }), site({ site: 'b.com', status: 'changed', numberIds: [n.id] })]);
    expect(await remind(alarmName(n.id, 'week'))).toBe(true);
    expect(create).toHaveBeenCalledTimes(1);
    granted.mockResolvedValue(false);
    expect(await remind(alarmName(n.id, 'day'))).toBe(false);
  });
});

describe('badge', () => {
  it('counts open confirmed and likely items for the number cancelled next, and shows a site state on its tab', async () => {
    const soon = await addNumber(db, { label: 'Soon', country: 'CN', number: '13800138000', cancelDate: '2099-01-01' }, false);
    const other = await addNumber(db, { label: 'Other', country: 'CN', number: '13900139000' }, false);
    await db.sites.bulkPut([
      site({ site: 'alipay.com', numberIds: [soon.id] }),
      // Tied to no number: counted when likely (signed in there), not when only a page was visited.
      site({ site: 'signed-in.com', strength: 'signed-in' }),
      site({ site: 'visited-only.com' }),
      site({ site: 'other.com', numberIds: [other.id] }),
      site({ site: 'done.com', status: 'changed', numberIds: [soon.id] }),
      site({ site: 'contact-only.com', kinds: ['contact-phone'] }),
    ]);
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.alipay.com/home', active: true });
    const done = await fakeBrowser.tabs.create({ url: 'https://done.com/', active: false });
    const plain = await fakeBrowser.tabs.create({ url: 'https://news.example.org/', active: false });
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('!');
    registerBadge();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: done.id!, windowId: 0 });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: done.id })).toBe('✓'));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: plain.id!, windowId: 0 });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: plain.id })).toBe('2'));
  });

  it('keeps the text short', () => {
    expect([0, 7, 1000].map(countText)).toEqual(['', '7', '999+']);
    expect(badgeFor(3, site({ site: 'x.com', status: 'not-mine' })).text).toBe('3');
  });
});

// One write gate for every writer: a paused site is written by no one, an intranet or IP host
// never; and the person can forget one site or erase everything.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleFinding } from '@/entrypoints/background/handlers';
import { getDb } from '@/utils/db';
import { importBackupText } from '@/utils/export/backup-apply';
import { guideTabs, rememberGuideTab } from '@/utils/guide/tabs';
import { scanHistory } from '@/utils/imports/history';
import { importPasswords } from '@/utils/imports/passwords';
import { eraseEverything, forgetSite } from '@/utils/inventory/forget';
import { noteWriteFailure, writeProblem } from '@/utils/db/health';
import { addManualSite, ManualError } from '@/utils/inventory/manual';
import { keepWholeNumbers, pausedSites, recordPrivate } from '@/utils/settings';
import { fill, sampleInventory, sampleText } from '../export/fixtures';
import { fakeHistory } from '../inventory/fake-history';

const db = getDb();
const sites = async () => (await db.sites.toArray()).map((r) => r.site).sort();
const from = (url: string) => ({ id: fakeBrowser.runtime.id, url, tab: { id: 3, url, incognito: false } as never });
const finding = { kinds: ['login-otp' as const], confidence: 0.9, signals: ['tel-field'], masked: [] };

beforeEach(async () => {
  await Promise.all([db.sites.clear(), db.evidence.clear(), db.numbers.clear()]);
  await pausedSites.setValue(['bilibili.com']);
});

describe('pause applies to every writer', () => {
  it('page reports', async () => {
    await handleFinding(finding, from('https://passport.bilibili.com/login'));
    await handleFinding(finding, from('https://auth.uber.com/login'));
    expect(await sites()).toEqual(['uber.com']);
  });

  it('the history scan', async () => {
    const history = fakeHistory([
      { url: 'https://www.bilibili.com/video/1', lastVisitTime: 2_000 },
      { url: 'https://www.alipay.com/', lastVisitTime: 1_000 },
    ]);
    await scanHistory(db, { search: history.search });
    expect(await sites()).toEqual(['alipay.com']);
  });

  it('a password-manager export', async () => {
    const csv = 'name,url,username,password,note\nb,https://passport.bilibili.com/login,13800138000,pw,\na,https://www.alipay.com/login,13800138000,pw,\n';
    await importPasswords(db, new File([csv], 'chrome.csv', { type: 'text/csv' }));
    expect(await sites()).toEqual(['alipay.com']);
  });

  it('"Add" says the site is paused instead of adding it', async () => {
    await expect(addManualSite(db, 'bilibili.com')).rejects.toEqual(new ManualError('safety_err_paused'));
    expect(await sites()).toEqual([]);
  });

  // Merge keeps this device's pauses; replace takes the file's settings (whose pauses then apply).
  it.each([
    ['merge', []],
    ['replace', ['bilibili.com']],
  ] as const)('a backup (%s) leaves paused sites out', async (mode, filePaused) => {
    const outcome = await importBackupText(db, sampleText({ recordPrivate: false, pausedSites: [...filePaused], keepWholeNumbers: false }), mode);
    expect(outcome.ok).toBe(true);
    expect(await sites()).toEqual(['github.com']);
    expect(await db.evidence.where('site').equals('bilibili.com').count()).toBe(0);
  });
});

describe('intranet and IP-address hosts are never recorded', () => {
  it.each(['10.0.0.8', 'nas.lan', 'wiki.corp', 'printer.local'])('"Add" refuses %s with a reason', async (host) => {
    await expect(addManualSite(db, host)).rejects.toBeInstanceOf(ManualError);
    expect(await sites()).toEqual([]);
  });

  it('a password export keeps public sites and drops intranet logins', async () => {
    const csv =
      'name,url,username,password,note\n' +
      'r,http://192.168.1.1/login,13800138000,pw,\n' +
      'w,https://wiki.corp/login,13800138000,pw,\n' +
      'a,https://www.alipay.com/login,13800138000,pw,\n';
    await importPasswords(db, new File([csv], 'chrome.csv', { type: 'text/csv' }));
    expect(await sites()).toEqual(['alipay.com']);
  });
});

describe('forget one site, erase everything', () => {
  it('forgetting a site deletes its row and all its evidence, and nothing else', async () => {
    await fill(db, sampleInventory());
    await forgetSite(db, 'bilibili.com');
    expect(await sites()).toEqual(['github.com']);
    expect((await db.evidence.toArray()).map((e) => e.site)).toEqual(['github.com']);
    expect(await db.numbers.count()).toBe(1);
  });

  it('erasing everything leaves no site, evidence, number, setting, guide tab or failed-write notice', async () => {
    await fill(db, sampleInventory());
    await noteWriteFailure(new DOMException('full', 'QuotaExceededError'), 'save', 'bilibili.com');
    await Promise.all([recordPrivate.setValue(true), keepWholeNumbers.setValue(true)]);
    await rememberGuideTab(4, 'bilibili.com', 'https://account.bilibili.com/');
    await eraseEverything(db);
    expect([await db.sites.count(), await db.evidence.count(), await db.numbers.count()]).toEqual([0, 0, 0]);
    expect(await pausedSites.getValue()).toEqual([]);
    expect(await recordPrivate.getValue()).toBe(false);
    expect(await keepWholeNumbers.getValue()).toBe(false);
    expect(await guideTabs.getValue()).toEqual({});
    expect(await writeProblem.getValue()).toBeNull();
  });
});

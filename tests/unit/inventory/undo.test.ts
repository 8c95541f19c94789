// Undo of an import: the sites and evidence it created go, the rows it touched come back as
// they were, and rows it never touched are left alone.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeObservations, type Observation } from '@/utils/inventory/merge';
import { markBeforeImport, sitesAddedSince, undoImport } from '@/utils/inventory/undo';
import { freshDb } from './db';

beforeEach(() => fakeBrowser.reset());

const seen = (site: string, at: number, over: Partial<Observation> = {}): Observation => ({
  site,
  at,
  source: 'page',
  strength: 'visited',
  kinds: ['login-otp'],
  url: `https://${site}/login`,
  ...over,
});
const imported = (site: string, at: number): Observation =>
  seen(site, at, { source: 'password-manager', strength: 'signed-in', kinds: ['login-phone'], url: `https://${site}/` });

describe('undoImport', () => {
  it('removes exactly what the import created and restores what it changed', async () => {
    const db = freshDb();
    await mergeObservations(db, [seen('bilibili.com', 1_000), seen('github.com', 2_000), imported('weibo.com', 3_000)]);
    const sitesBefore = await db.sites.toArray();
    const evidenceBefore = await db.evidence.toArray();

    const mark = await markBeforeImport(db);
    // The import: two new sites, a new kind and evidence on bilibili, a refreshed one-row
    // evidence on weibo; github is not in it.
    await mergeObservations(db, [imported('jd.com', 5_000), imported('taobao.com', 5_000), imported('bilibili.com', 5_000), imported('weibo.com', 6_000)]);
    expect(await sitesAddedSince(db, mark)).toEqual(['jd.com', 'taobao.com']);
    expect((await db.sites.get('bilibili.com'))!.kinds).toContain('login-phone');

    expect((await undoImport(db, mark)).sort()).toEqual(['jd.com', 'taobao.com']);
    expect(await db.sites.toArray()).toEqual(sitesBefore);
    expect(await db.evidence.toArray()).toEqual(evidenceBefore);
  });

  it('with nothing imported, changes nothing', async () => {
    const db = freshDb();
    await mergeObservations(db, [seen('bilibili.com', 1_000)]);
    const mark = await markBeforeImport(db);
    expect(await sitesAddedSince(db, mark)).toEqual([]);
    expect(await undoImport(db, mark)).toEqual([]);
    expect(await db.sites.count()).toBe(1);
    expect(await db.evidence.count()).toBe(1);
  });
});

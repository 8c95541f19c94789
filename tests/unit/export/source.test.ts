import { describe, expect, it } from 'vitest';
import { filtersFromQuery, filtersToQuery } from '@/utils/export/filter';
import { loadIcsNumbers, loadItems } from '@/utils/export/source';
import { fill, sampleInventory, withRisk } from './fixtures';
import { freshDb } from './helpers';

describe('export source', () => {
  it('resolves names, numbers, tiers and where to change, and applies the filters', async () => {
    const db = freshDb();
    const inv = sampleInventory();
    inv.sites.push(withRisk({ ...inv.sites[0]!, site: 'unknown-forum.example', kinds: ['contact-phone'], numberIds: [], status: 'ignore' }));
    delete (inv.sites[2] as { settingsUrl?: string }).settingsUrl;
    await fill(db, inv);
    const all = await loadItems(db, {}, 'zh');
    expect(all.map((i) => i.site)).toEqual(['bilibili.com', 'github.com', 'unknown-forum.example']);
    const bili = all[0]!;
    expect(bili.numbers).toEqual(['工作号']);
    // The page learned while browsing, or the catalog's own phone page, is preferred.
    expect(bili.where.url).toMatch(/^https:\/\/account\.bilibili\.com\//);
    expect(all[2]!.where.url).toBe('https://unknown-forum.example/.well-known/change-password');
    expect(all[2]!.name).toBe('unknown-forum.example');
    expect(all[2]!.tier).toBe('low');
    expect((await loadItems(db, { statuses: ['changed'] }, 'en')).map((i) => i.site)).toEqual(['github.com']);
    expect((await loadItems(db, { numberId: 'n1' }, 'en')).map((i) => i.site)).toEqual(['bilibili.com']);
    expect((await loadItems(db, { tiers: ['low'] }, 'en')).map((i) => i.site)).toEqual(['unknown-forum.example']);
    expect(await loadIcsNumbers(db, {})).toEqual([{ id: 'n1', label: '工作号', cancelDate: '2025-04-01', openSites: 1 }]);
  });

  it('round-trips filters through the print page URL and drops unknown values', () => {
    const f = { numberId: 'n1', statuses: ['todo' as const, 'changed' as const], tiers: ['critical' as const] };
    expect(filtersFromQuery(`?${filtersToQuery(f)}`)).toEqual(f);
    expect(filtersFromQuery('?status=todo,<script>&tier=nope')).toEqual({ statuses: ['todo'], tiers: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { filtersFromQuery, filtersToQuery } from '@/utils/export/filter';
import { loadIcsNumbers, loadItems } from '@/utils/export/source';
import { fill, sampleInventory, withRisk } from './fixtures';
import { freshDb } from './helpers';

describe('export source', () => {
  it('exports the checklist: names, numbers, certainty, where to change; filters narrow it, counts stay', async () => {
    const db = freshDb();
    const inv = sampleInventory();
    inv.sites.push(withRisk({ ...inv.sites[0]!, site: 'unknown-forum.example', kinds: ['contact-phone'], numberIds: [], masked: [], strength: 'visited', status: 'todo' }));
    inv.sites.push(withRisk({ ...inv.sites[0]!, site: 'forum.example', kinds: ['login-otp'], numberIds: [], masked: [], strength: 'visited', status: 'todo' }));
    for (const s of inv.sites.slice(2)) delete (s as { settingsUrl?: string }).settingsUrl;
    await fill(db, inv);
    const all = await loadItems(db, {}, 'zh');
    // The checkout-only forum is not a phone account: never a checklist item.
    expect(all.items.map((i) => i.site)).toEqual(['bilibili.com', 'github.com', 'forum.example']);
    expect(all.items.map((i) => i.certainty)).toEqual(['confirmed', 'likely', 'possible']);
    expect(all.counts).toEqual({ open: 2, done: 1, total: 3, openSure: 1 });
    const bili = all.items[0]!;
    expect(bili.numbers).toEqual(['工作号']);
    // The page learned while browsing, or the catalog's own phone page, is preferred.
    expect(bili.where.url).toMatch(/^https:\/\/account\.bilibili\.com\//);
    expect(all.items[2]!.where.url).toBe('https://forum.example/.well-known/change-password');
    const changed = await loadItems(db, { statuses: ['changed'] }, 'en');
    expect(changed.items.map((i) => i.site)).toEqual(['github.com']);
    expect(changed.counts).toEqual(all.counts);
    // One number: its sites and those tied to no number yet, marked so.
    const n1 = await loadItems(db, { numberId: 'n1' }, 'en');
    expect(n1.items.map((i) => [i.site, i.numberUnconfirmed])).toEqual([
      ['bilibili.com', false], ['github.com', true], ['forum.example', true],
    ]);
    expect((await loadItems(db, { certainties: ['possible'] }, 'en')).items.map((i) => i.site)).toEqual(['forum.example']);
    expect(await loadIcsNumbers(db, {})).toEqual([{ id: 'n1', label: '工作号', country: 'CN', cancelDate: '2025-04-01', openSites: 2 }]);
  });

  it('round-trips filters through the print page URL and drops unknown values', () => {
    const f = { numberId: 'n1', statuses: ['todo' as const, 'changed' as const], certainties: ['confirmed' as const] };
    expect(filtersFromQuery(`?${filtersToQuery(f)}`)).toEqual(f);
    expect(filtersFromQuery('?status=todo,<script>&certainty=nope,not-phone')).toEqual({ statuses: ['todo'], certainties: [] });
  });
});

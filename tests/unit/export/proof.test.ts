// Proof after a change reaches every export through the one status line (utils/export/text.ts).
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { BOM, exportCsv } from '@/utils/export/csv';
import { exportMarkdown } from '@/utils/export/markdown';
import { printHtml } from '@/utils/export/print';
import { exportList } from '@/utils/export/source';
import type { NumberRow, SiteRow } from '@/utils/db/schema';
import { ctxEn, ctxZh, item, list } from './helpers';

vi.mock('@/utils/catalog/lookup', async () => (await import('../inventory/catalog-fake')).fakeLookup);

const verified = item({ site: 'a.com', status: 'changed', proof: { state: 'new', tail: '1234' } });
const reopened = item({ site: 'b.com', status: 'todo', proof: { state: 'old', tail: '5678' } });

describe('proof in exports', () => {
  it('Markdown, CSV and print say "verified: now shows" and "still on your old number"', () => {
    const l = list([verified, reopened]);
    const md = exportMarkdown(l, ctxEn);
    expect(md).toContain('Changed to a new number · Verified: now shows …1234');
    expect(md).toContain('To do · Still on your old number: the site shows …5678');
    const rows = Papa.parse<string[]>(exportCsv(l, ctxEn).slice(BOM.length), { skipEmptyLines: true }).data;
    const status = rows[0]!.indexOf('Status');
    expect(rows.slice(1).map((r) => r[status])).toEqual([
      'Changed to a new number · Verified: now shows …1234',
      'To do · Still on your old number: the site shows …5678',
    ]);
    expect(printHtml(l, ctxEn)).toContain('Verified: now shows …1234');
  });

  it('a sign-in with the old number names no digits (nothing typed is kept)', () => {
    const md = exportMarkdown(list([item({ site: 'c.com', proof: { state: 'old', tail: '' } })]), ctxEn);
    expect(md).toContain('To do · Still on your old number');
    expect(md).not.toContain('the site shows');
  });

  it('speaks Chinese too', () => {
    expect(exportMarkdown(list([verified]), ctxZh)).toContain('已核实：现在显示 …1234');
  });

  it('comes from the row, and only for the decision it belongs to', () => {
    const row: SiteRow = {
      site: 'a.com', kinds: ['login-otp'], status: 'changed', statusAt: 7, strength: 'signed-in', firstSeen: 1,
      lastSeen: 9, risk: 1, numberIds: ['n1'], certainty: 'confirmed',
      proof: { state: 'new', tail: '1234', at: 9, oldIds: ['n1'], statusAt: 7 },
    };
    const numbers: NumberRow[] = [];
    expect(exportList([row], numbers, {}, 'en').items[0]!.proof).toEqual({ state: 'new', tail: '1234' });
    expect(exportList([{ ...row, statusAt: 8 }], numbers, {}, 'en').items[0]!.proof).toBeUndefined();
  });
});

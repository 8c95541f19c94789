// Hostile input, exports: names, notes and labels that try to become markup, links, formulas or
// calendar lines, in every export format; and CSV read by spreadsheets that split differently.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '@/utils/export/csv';
import { exportIcs } from '@/utils/export/ics';
import { parseBackup } from '@/utils/export/backup-read';
import { writeBackupText } from '@/utils/export/backup-write';
import { buildBackup } from '@/utils/export/json';
import { exportMarkdown } from '@/utils/export/markdown';
import { printHtml } from '@/utils/export/print';
import { ctxEn, item, list } from '../export/helpers';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '![x](https://evil.example/t.png)',
  '=HYPERLINK("http://evil.example","x")',
  'a;=cmd|\' /C calc\'!A0',
  '＝1+1',
  '＠SUM(A1)',
  'x\tb=1',
  'line\r\nBEGIN:VEVENT\r\nSUMMARY:fake',
  '"; DROP TABLE sites; --',
  '\u202egnp.exe',
  '# heading\n- [x] fake done item',
];

const items = HOSTILE.map((name, i) =>
  item({ site: `s${i}.example.com`, name, note: name, numbers: [name], where: { url: `https://s${i}.example.com/a;=HYPERLINK(1)` } }),
);

/** Splits a CSV the way a spreadsheet in another locale might: at `;`, tab or `,`, ignoring quotes. */
const naivePieces = (csv: string): string[] => csv.replace(/^\uFEFF/, '').split(/[,;\t\r\n]/).map((p) => p.replace(/^"+/, ''));

describe('hostile names in every export format', () => {
  it('Markdown: no raw tag, no link or image, no new list item or heading', () => {
    const md = exportMarkdown(list(items), ctxEn);
    // A backslash before "<" makes it a literal character in CommonMark.
    expect(md).not.toMatch(/(^|[^\\])<(img|script)/m);
    // An escaped bracket ("\\]") is a literal character, not the end of a link text.
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).not.toMatch(/!\[x(?<!\\)\]\(/);
    expect(md).not.toMatch(/^- \[x\] fake/m);
    expect(md).not.toMatch(/^# heading/m);
  });

  it('printable page: every value escaped, no script, no handler', () => {
    const html = printHtml(list(items), ctxEn);
    expect(html).not.toMatch(/<img|<script>alert/);
    expect(html).not.toMatch(/<[^>]* onerror=/);
    expect(html).not.toMatch(/href="javascript:/);
  });

  it('CSV: every cell quoted; no piece any separator could start is a formula', () => {
    const csv = exportCsv(list(items), ctxEn);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(csv.startsWith('\uFEFF"')).toBe(true);
    for (let i = 0; i < HOSTILE.length; i++) expect(csv).toContain(`\r\n"s${i}.example.com","`);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@＝＋－＠\t\r]/);
    for (const piece of naivePieces(csv)) expect(piece).not.toMatch(/^[=+\-@＝＋－＠]/);
    // What was written still reads back (after the apostrophes) as what the person typed.
    expect(rows[1]?.[1]).toBe(HOSTILE[0]);
    expect(rows.map((r) => r[1]).includes("'=HYPERLINK(\"http://evil.example\",\"x\")")).toBe(true);
  });

  it('calendar: a label can not add lines or events', () => {
    const ics = exportIcs(HOSTILE.map((label, i) => ({ id: `n${i}`, label, country: 'CN', cancelDate: '2030-01-01', openSites: 1 })), ctxEn);
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(HOSTILE.length * 2);
    expect(lines.some((l) => l.startsWith('SUMMARY:fake'))).toBe(false);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('JSON backup: every name comes back exactly as typed', () => {
    const sites = HOSTILE.map((name, i) => ({ site: `s${i}.example.com`, kinds: [], status: 'todo' as const, strength: 'manual' as const, firstSeen: 1, lastSeen: 2, risk: 0, numberIds: [], name, note: name }));
    const numbers = HOSTILE.map((label, i) => ({ id: `n${i}`, label: label.slice(0, 60), country: 'CN', prefix: '138', suffix: String(1000 + i), nsnLength: 11, createdAt: 1 }));
    const written = writeBackupText(buildBackup({ sites, evidence: [], numbers }, { recordPrivate: false, pausedSites: [], keepWholeNumbers: false }, 0));
    expect(written.left).toEqual([]);
    const back = parseBackup(written.text);
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.backup.sites.map((s) => s.name)).toEqual(HOSTILE);
    expect(back.backup.numbers.map((n) => n.label)).toEqual(HOSTILE.map((h) => h.slice(0, 60)));
  });
});

// Export each format from the real extension in Chromium (downloads checked by content), and
// import the JSON backup back: merge, replace after confirming, and a bad file that changes nothing.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { msg } from './ui-helpers';

const HASH = 'ab'.repeat(32);
const backup = {
  format: 'rebind-backup',
  version: 1,
  exportedAt: '2025-03-01T10:00:00.000Z',
  settings: { recordPrivate: false, pausedSites: [], keepWholeNumbers: false },
  numbers: [
    { id: 'n1', label: '工作号', country: 'CN', prefix: '138', suffix: '5678', hash: HASH, salt: 's1', nsnLength: 11,
      cancelDate: '2031-01-10', createdAt: '2025-01-01T00:00:00.000Z' },
  ],
  sites: [
    { site: 'alipay.com', kinds: ['login-otp', 'recovery-phone'], status: 'todo', strength: 'signed-in',
      firstSeen: '2024-01-01T00:00:00.000Z', lastSeen: '2025-01-01T00:00:00.000Z', numberIds: ['n1'] },
    { site: 'shop-example.com', kinds: ['account-phone'], status: 'changed', strength: 'submitted',
      firstSeen: '2024-01-01T00:00:00.000Z', lastSeen: '2025-01-01T00:00:00.000Z', numberIds: [],
      name: '=HYPERLINK("http://evil","x") 商店 *bold*', statusAt: '2025-02-01T00:00:00.000Z' },
  ],
  evidence: [
    { id: 1, site: 'alipay.com', at: '2025-01-01T00:00:00.000Z', source: 'page', strength: 'signed-in', kinds: ['login-otp'],
      url: 'https://auth.alipay.com/login/index.htm' },
  ],
};

type Lang = 'en' | 'zh-CN';

async function exportAs(page: Page, formatLabel: string, lang: Lang = 'en'): Promise<{ name: string; text: string }> {
  await page.getByLabel(formatLabel).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: msg(lang, 'export_button'), exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function importFile(page: Page, text: string, lang: Lang = 'en') {
  await page.getByLabel(msg(lang, 'export_importFile')).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: msg(lang, 'export_importButton'), exact: true }).click();
}

test('import a backup, then export every format and import the JSON back', async ({
  context,
  openExtensionPage,
  waitForSite,
  readTable,
}) => {
  // A site recorded by browsing, the real way.
  const tab = await context.newPage();
  await tab.goto('http://passport.bilibili.com/login');
  await waitForSite('bilibili.com');

  const page = await openExtensionPage('options.html#export');
  await importFile(page, JSON.stringify(backup));
  await expect(page.getByText(msg('en', 'export_importDone', 2, 1, 1))).toBeVisible();
  expect((await readTable('sites')).map((s) => s.site).sort()).toEqual(['alipay.com', 'bilibili.com', 'shop-example.com']);

  const md = await exportAs(page, msg('en', 'export_format_md'));
  expect(md.name).toMatch(/^rebind-checklist-\d{4}-\d{2}-\d{2}\.md$/);
  expect(md.text).toMatch(/^- \[ \] \*\*.*\*\* \(bilibili\.com\)|^- \[ \] \*\*bilibili\.com\*\*/m);
  expect(md.text).toContain(msg('en', 'kind_login_otp'));
  expect(md.text).toContain('- [x] **=HYPERLINK("http://evil","x") 商店 \\*bold\\***');
  expect(md.text).toContain(`${msg('en', 'export_statusLabel')}: ${msg('en', 'ui_status_changed')}`);

  const csv = await exportAs(page, msg('en', 'export_format_csv'));
  expect(csv.name).toMatch(/\.csv$/);
  // Every cell is quoted (issue 13: a spreadsheet that splits at ';' sees no bare '=').
  expect(csv.text.startsWith(`\uFEFF"${msg('en', 'export_col_site')}",`)).toBe(true);
  expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"",""x"") 商店 *bold*"`);
  expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(4);

  const ics = await exportAs(page, msg('en', 'export_format_ics'));
  expect(ics.name).toMatch(/^rebind-dates-.*\.ics$/);
  expect(ics.text).toContain('DTSTART;VALUE=DATE:20310110\r\n');
  expect(ics.text).toContain('DTSTART;VALUE=DATE:20310410\r\n');

  // Filtered by status: only what is still to do.
  await page.getByRole('group', { name: msg('en', 'export_filterStatus') }).getByLabel(msg('en', 'ui_status_todo')).check();
  const todo = await exportAs(page, msg('en', 'export_format_md'));
  expect(todo.text).toContain('alipay.com');
  expect(todo.text).not.toContain('HYPERLINK');

  const json = await exportAs(page, msg('en', 'export_format_json'));
  expect(json.name).toMatch(/^rebind-backup-.*\.json$/);
  const saved = JSON.parse(json.text);
  expect(saved).toMatchObject({ format: 'rebind-backup', version: 3 });
  expect(saved.sites).toHaveLength(3);

  // The printable page, in a tab.
  await page.getByLabel(msg('en', 'export_format_html')).check();
  const [print] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: msg('en', 'export_openPrint') }).click(),
  ]);
  await print.waitForLoadState();
  await expect(print.locator('tr[data-site="alipay.com"]')).toContainText(msg('en', 'kind_recovery_phone'));
  await expect(print.locator('tr[data-site="bilibili.com"]')).toBeVisible();
  await expect(print.locator('tr[data-site="shop-example.com"]')).toHaveCount(0);
  await expect(print.getByRole('button', { name: msg('en', 'export_printButton') })).toBeVisible();
  await print.emulateMedia({ media: 'print' });
  await expect(print.getByRole('button', { name: msg('en', 'export_printButton') })).toBeHidden();
  const pdf = await print.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');

  // Back in: replace (after confirming) with the exported JSON gives the same inventory.
  const before = { sites: await readTable('sites'), evidence: await readTable('evidence'), numbers: await readTable('numbers') };
  await page.getByLabel(msg('en', 'export_importReplace')).check();
  await importFile(page, json.text);
  await page.getByRole('button', { name: msg('en', 'export_importConfirmYes') }).click();
  await expect(page.getByText(/^Imported:/)).toBeVisible();
  expect(await readTable('sites')).toEqual(before.sites);
  expect(await readTable('evidence')).toEqual(before.evidence);
  expect(await readTable('numbers')).toEqual(before.numbers);
});

test('a bad backup says what and where, and changes nothing', async ({ openExtensionPage, readTable }) => {
  const page = await openExtensionPage('options.html#export');
  await importFile(page, JSON.stringify(backup));
  await expect(page.getByText(/^Imported:/)).toBeVisible();
  const before = await readTable('sites');

  const evil = JSON.stringify(backup).replace('"site":"shop-example.com"', '"__proto__":{"x":1},"site":"shop-example.com"');
  // A hostile key in one row: that row is named and left out, and nothing is written until the
  // person says yes; cancelling changes nothing.
  await importFile(page, evil);
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('sites[1].__proto__');
  await dialog.getByRole('button', { name: msg('en', 'export_importCancel') }).click();
  await expect(dialog).toHaveCount(0);

  await importFile(page, JSON.stringify({ ...backup, version: 9 }));
  await expect(page.getByRole('alert')).toContainText('version 9');

  await importFile(page, JSON.stringify(backup).slice(0, 300));
  await expect(page.getByRole('alert')).toContainText(msg('en', 'export_err_truncated'));
  expect(await readTable('sites')).toEqual(before);
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('the checklist and the printable page are in the person’s language', async ({ context, openExtensionPage }) => {
    const page = await openExtensionPage('options.html#export');
    await importFile(page, JSON.stringify(backup), 'zh-CN');
    await expect(page.getByText(/^已导入/)).toBeVisible();
    const md = await exportAs(page, msg('zh-CN', 'export_format_md'), 'zh-CN');
    expect(md.text).toContain(`# ${msg('zh-CN', 'export_checklistTitle')}`);
    expect(md.text).toContain(msg('zh-CN', 'kind_login_otp'));
    expect(md.text).toContain(msg('zh-CN', 'ui_status_todo'));
    await page.getByLabel(msg('zh-CN', 'export_format_html')).check();
    const [print] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: msg('zh-CN', 'export_openPrint') }).click(),
    ]);
    await expect(print.locator('h1')).toContainText(msg('zh-CN', 'export_checklistTitle'));
    expect(await print.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });
});

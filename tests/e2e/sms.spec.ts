// SMS history import through the dashboard: a realistic three-year backup lists the services
// that sent codes and nothing from personal chats; an iPhone sms.db is read with the shipped
// sql.js wasm; bad files say what is wrong and change nothing.
import initSqlJs from 'sql.js';
import { generateBackup, ONLY_ELSEWHERE } from '../fixtures/sms/backup';
import { expect, test } from './fixtures';

interface EvidenceDump { site: string; source: string; numberId?: string; detail?: string }
const FILE_LABEL = 'SMS backup file (Android .xml or iPhone sms.db)';

async function addNumber(page: import('@playwright/test').Page) {
  const form = page.getByRole('form', { name: 'Add number' });
  await form.getByLabel('Name', { exact: true }).fill('Old SIM');
  await form.getByLabel('Country or region').selectOption('CN');
  await form.getByLabel('Phone number').fill('138 0013 5678');
  await form.getByRole('button', { name: 'Add number' }).click();
  await expect(page.locator('li[data-number]')).toContainText('Old SIM');
}

test('a three-year backup lists the services that sent codes, nothing from personal chats, and writes sms evidence', async ({
  openExtensionPage,
  readTable,
}) => {
  test.setTimeout(120_000);
  const backup = generateBackup({ messages: 3000, seed: 42, start: Date.UTC(2023, 0, 1), years: 3 });
  const page = await openExtensionPage('options.html#numbers');
  await addNumber(page);
  await page.goto(page.url().replace('#numbers', '#import'));
  await page.getByLabel(FILE_LABEL).setInputFiles({
    name: 'sms-20251231.xml', mimeType: 'text/xml', buffer: Buffer.from(backup.parts.join('')),
  });
  const review = page.locator('[data-sms-review]');
  await expect(review).toBeVisible({ timeout: 60_000 });
  const listed = await page.locator('[data-sms-services] li[data-site]').evaluateAll((els) => els.map((e) => e.getAttribute('data-site')));
  expect(listed.sort()).toEqual(backup.truth.map((t) => t.site).sort());
  for (const site of ONLY_ELSEWHERE) expect(listed).not.toContain(site);
  const google = page.locator('[data-sms-services] li[data-site="google.com"]');
  const g = backup.truth.find((t) => t.site === 'google.com')!;
  await expect(google).toContainText('Google Account');
  await expect(google).toContainText(`${g.count} messages`);
  // A name no map knows is listed to confirm or dismiss, not added.
  const unknown = page.locator(`[data-sms-names] li[data-name="${backup.unknown}"]`);
  await expect(unknown).toBeVisible();
  await unknown.getByRole('button', { name: 'Dismiss' }).click();
  await expect(unknown).toContainText('Dismissed');

  // Leave one out with the keyboard, then write.
  const uber = page.locator('[data-sms-services] li[data-site="uber.com"] input[type=checkbox]');
  await uber.focus();
  await page.keyboard.press('Space');
  await expect(uber).not.toBeChecked();
  await page.getByRole('button', { name: `Add ${backup.truth.length - 1} services to the list` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'services added' })).toBeVisible();

  const evidence = await readTable<EvidenceDump>('evidence');
  const [number] = await readTable<{ id: string }>('numbers');
  expect(evidence.map((e) => e.site).sort()).toEqual(backup.truth.map((t) => t.site).filter((s) => s !== 'uber.com').sort());
  expect(evidence.every((e) => e.source === 'sms' && e.numberId === number!.id)).toBe(true);
  const t12306 = backup.truth.find((t) => t.site === '12306.cn')!;
  expect(evidence.find((e) => e.site === '12306.cn')?.detail).toBe(
    `${t12306.count} SMS, ${new Date(t12306.first).toISOString().slice(0, 10)} – ${new Date(t12306.last).toISOString().slice(0, 10)}`,
  );
  const stored = JSON.stringify([evidence, await readTable('sites')]);
  for (const text of ['验证码', 'verification', '好好住', '星巴克']) expect(stored).not.toContain(text);
});

test('an iPhone sms.db is read with the extension’s own sql.js; bad files change nothing', async ({ openExtensionPage, readTable }) => {
  test.setTimeout(90_000);
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run('CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT)');
  db.run('CREATE TABLE message (ROWID INTEGER PRIMARY KEY, text TEXT, attributedBody BLOB, handle_id INTEGER, date INTEGER, is_from_me INTEGER)');
  db.run("INSERT INTO handle VALUES (1, '106900'), (2, '+8613900001111')");
  db.run("INSERT INTO message (text, handle_id, date, is_from_me) VALUES ('【哔哩哔哩】123456为你的登录验证码，请于5分钟内填写。', 1, 721000000000000000, 0), ('我的支付宝验证码是 998877', 2, 721000000000000000, 0)");
  const smsDb = Buffer.from(db.export());
  db.close();
  const notes = new SQL.Database();
  notes.run('CREATE TABLE notes (id INTEGER, body TEXT)');
  const otherApp = Buffer.from(notes.export());
  notes.close();

  const page = await openExtensionPage('options.html#numbers');
  await addNumber(page);
  await page.goto(page.url().replace('#numbers', '#import'));
  const input = page.getByLabel(FILE_LABEL);
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'SMS backup' }) });

  await input.setInputFiles({ name: 'sms.db', mimeType: 'application/octet-stream', buffer: smsDb });
  await expect(page.locator('[data-sms-services] li[data-site]')).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator('[data-sms-services] li[data-site="bilibili.com"]')).toBeVisible();

  const cases: [string, Buffer, string][] = [
    ['3d0d7e5fb2ce288813306e4d4636395e047a3d28', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)), 'encrypted iPhone backup'],
    ['notes.db', otherApp, 'belongs to another app'],
    ['sms.xml', Buffer.from("<?xml version='1.0' encoding='UTF-8'?><smses><sms address=\"1069\" date=\"1\" type=\"1\" body=\"【京东】验证码 1"), 'cut off or damaged'],
    ['sms.xml', Buffer.from('just some notes'), 'not an SMS backup'],
  ];
  for (const [name, buffer, words] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(section.getByRole('alert')).toContainText(words);
    await expect(section.getByRole('alert')).toContainText('Nothing was imported');
  }
  expect(await readTable('evidence')).toEqual([]);
  expect(await readTable('sites')).toEqual([]);
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });
  test('the SMS import speaks Chinese, errors included', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#numbers');
    const form = page.getByRole('form', { name: '添加号码' });
    await expect(form).toBeVisible();
    await page.goto(page.url().replace('#numbers', '#import'));
    await expect(page.getByRole('heading', { name: '短信备份' })).toBeVisible();
    await expect(page.getByText('请先添加接收这些短信的号码。')).toBeVisible();
  });
});

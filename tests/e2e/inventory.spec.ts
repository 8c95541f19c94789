// The inventory in the real extension: numbers, password-manager import, history scan, by hand.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, launchExtension, test } from './fixtures';

// The extension API inside the service worker, as far as these tests use it.
declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId?: number }): Promise<string> };
};

interface NumberDump {
  id: string;
  label: string;
  prefix: string;
  suffix: string;
  whole?: string;
  cancelDate?: string;
}
interface EvidenceDump {
  site: string;
  source: string;
  url?: string;
  detail?: string;
  numberId?: string;
}

async function addNumber(page: import('@playwright/test').Page, label: string, number: string, date?: string) {
  const form = page.getByRole('form', { name: 'Add number' });
  await form.getByLabel('Name', { exact: true }).fill(label);
  await form.getByLabel('Country or region').selectOption('CN');
  await form.getByLabel('Phone number').fill(number);
  if (date) await form.getByLabel('Planned cancellation').fill(date);
  await form.getByRole('button', { name: 'Add number' }).click();
}

test('a number added in the dashboard keeps only its visible digits and shows the freeze window', async ({
  openExtensionPage,
  readTable,
}) => {
  const page = await openExtensionPage('options.html#numbers');
  await addNumber(page, 'Old SIM', '138 0013 5678', '2031-01-10');
  const item = page.locator('li[data-number]');
  await expect(item).toContainText('Old SIM');
  await expect(item).toContainText('138…5678');
  // China's rule (utils/inventory/recycling.ts): about 90 days frozen, and until when.
  await expect(item).toContainText(/about 90 days, until 2031-04-10/);
  const [row] = await readTable<NumberDump>('numbers');
  expect(row).toMatchObject({ label: 'Old SIM', prefix: '138', suffix: '5678', cancelDate: '2031-01-10' });
  expect(row?.whole).toBeUndefined();
  expect(JSON.stringify(row)).not.toContain('13800135678');

  await addNumber(page, 'Again', '+86 13800135678');
  await expect(page.getByRole('alert')).toContainText('already registered');
  expect(await readTable('numbers')).toHaveLength(1);

  // One-Card Check beside the list (a Chinese number): opened from the keyboard, a bad count is
  // refused, a good one is compared, and a partner app it names is added with one tap.
  const panel = item.locator('details[data-onecard]');
  await panel.locator(':scope > summary').focus();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('open', '');
  await expect(panel).toContainText('The answer comes by SMS from 10699000 within 48 hours');
  const count = panel.getByLabel('Accounts it reported for this number');
  await count.fill('lots');
  await count.press('Enter');
  await expect(panel.getByRole('alert')).toHaveText('Enter the count from the SMS: a whole number from 0 to 999.');
  await count.fill('5');
  await count.press('Enter');
  await expect(panel).toContainText('It reports 5 accounts at its partner apps; your list has 0 of the 9 apps it is known to check.');
  await expect(panel).toContainText('5 may be missing. Check these:');
  await panel.getByRole('button', { name: 'Add WeChat' }).click();
  await expect(panel).toContainText('your list has 1 of the 9 apps');
  const ev = await readTable<EvidenceDump>('evidence');
  expect(ev).toEqual([expect.objectContaining({ site: 'wechat.com', source: 'manual', numberId: row?.id })]);
});

const BITWARDEN = `folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
,,login,Alipay,my secret note,,0,https://www.alipay.com/login?token=abc,13800135678,Pa55-word!,
,,login,Gym,,,0,https://members.my-gym.example.com/,me@example.com,Gym-pass-1,
,,login,Router,,,0,http://192.168.1.1/,admin,admin-pass,
,,note,Secret,note body,,0,,,,
`;

test('a password-manager export is imported through the file input; a bad file changes nothing', async ({
  openExtensionPage,
  readTable,
}) => {
  const page = await openExtensionPage('options.html#numbers');
  await addNumber(page, 'Main', '13800135678');
  await expect(page.locator('li[data-number]')).toHaveCount(1);
  await page.goto(page.url().replace('#numbers', '#import'));

  const input = page.getByLabel('CSV file');
  await input.setInputFiles({ name: 'bitwarden.csv', mimeType: 'text/csv', buffer: Buffer.from(BITWARDEN) });
  const report = page.locator('.inv-report');
  await expect(report).toContainText('Bitwarden export: 4 entries read, 2 sites imported (2 new).');
  await expect(report).toContainText('On 1 sites the login is one of your phone numbers.');
  await expect(report).toContainText('Local device or network address');
  await expect(report).toContainText('Not a login (note, card, identity)');

  const [number] = await readTable<NumberDump>('numbers');
  const sites = await readTable('sites');
  expect(sites.map((s) => s.site).sort()).toEqual(['alipay.com', 'example.com']);
  expect(sites.find((s) => s.site === 'alipay.com')).toMatchObject({ strength: 'imported', numberIds: [number!.id] });
  const evidence = await readTable<EvidenceDump>('evidence');
  const stored = JSON.stringify([sites, evidence]);
  for (const secret of ['Pa55-word!', 'Gym-pass-1', 'my secret note', 'token=abc', 'me@example.com', '13800135678']) {
    expect(stored).not.toContain(secret);
  }

  const before = JSON.stringify([await readTable('sites'), await readTable('evidence')]);
  await input.setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('title,body\nx,y\n') });
  await expect(page.getByRole('alert')).toContainText('not a password export Rebind knows');
  await input.setInputFiles({
    name: 'cut.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(BITWARDEN + ',,login,Cut,"unfinished'),
  });
  await expect(page.getByRole('alert')).toContainText('cut off');
  expect(JSON.stringify([await readTable('sites'), await readTable('evidence')])).toBe(before);
});

test('a site is added by hand from the catalog by its Chinese name, or by domain', async ({
  openExtensionPage,
  waitForSite,
}) => {
  const page = await openExtensionPage('options.html#import');
  const box = page.getByLabel('Site, app or domain');
  await box.fill('支付宝');
  await page.getByRole('list', { name: 'Matching sites' }).getByRole('button', { name: 'Add' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'to your accounts' })).toBeVisible();
  expect((await waitForSite('alipay.com')).strength).toBe('manual');
  await box.fill('https://www.my-gym.example.net/join');
  await page.getByRole('button', { name: 'Add example.net' }).click();
  expect((await waitForSite('example.net')).status).toBe('todo');
});

test('history scan asks for the permission on the click', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html#import');
  await expect(page.getByRole('button', { name: 'Scan history' })).toBeVisible();
  await page.getByRole('button', { name: 'Scan history' }).click();
  // Headless Chromium shows its permission prompt and waits: nothing is read before an answer.
  await expect(page.getByText("Waiting for your answer to the browser's permission request")).toBeVisible();
});

// The prompt cannot be answered in headless Chromium, so this copy of the built extension
// has the history permission granted at install, as if the person had said yes.
const granted = test.extend({
  context: async ({ server, lang }, use) => {
    const ext = mkdtempSync(join(tmpdir(), 'rebind-ext-'));
    cpSync(EXTENSION_DIR, ext, { recursive: true });
    const manifestPath = join(ext, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { permissions: string[] };
    manifest.permissions.push('history');
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const { context, cleanup } = await launchExtension(ext, server.port, lang);
    await use(context);
    await context.close();
    cleanup();
    rmSync(ext, { recursive: true, force: true });
  },
});

granted('history scan adds visited catalog sites once, and again changes nothing', async ({
  context,
  server,
  openExtensionPage,
  readTable,
}) => {
  // Plain pages: nothing on them is a phone form, so only the history scan can add the sites.
  for (const host of ['www.alipay.com', 'www.bilibili.com', 'blog.example.org']) {
    server.route(host, '/plain', '<!doctype html><title>Hello</title><p>Nothing to see here.</p>');
  }
  const visit = await context.newPage();
  for (const host of ['www.alipay.com', 'www.bilibili.com', 'blog.example.org']) {
    await visit.goto(`http://${host}/plain?session=secret`);
  }
  expect(await readTable('sites')).toEqual([]);

  const page = await openExtensionPage('options.html#import');
  await page.getByRole('button', { name: 'Scan history' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'history entries' })).toContainText(/Read \d+ history entries: 2 known sites, 2 of them new/);
  const sites = await readTable('sites');
  expect(sites.map((s) => s.site).sort()).toEqual(['alipay.com', 'bilibili.com']);
  expect(sites.every((s) => s.strength === 'visited')).toBe(true);
  const evidence = await readTable<EvidenceDump>('evidence');
  expect(evidence.map((e) => [e.site, e.source, e.url]).sort()).toEqual([
    ['alipay.com', 'history', 'https://www.alipay.com/'],
    ['bilibili.com', 'history', 'https://www.bilibili.com/'],
  ]);

  await page.getByRole('button', { name: 'Scan again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'history entries' })).toContainText('2 known sites, 0 of them new');
  expect(await readTable('evidence')).toHaveLength(2);
});

test('the badge shows the open count, and the state of the site on its own tab', async ({
  context,
  waitForSite,
  serviceWorker,
}) => {
  // The badge counts confirmed and likely items (a page merely visited is only possible):
  // Xiaomi's security page shows the person's masked number, which confirms the account.
  const page = await context.newPage();
  await page.goto('http://account.xiaomi.com/security.html');
  await waitForSite('xiaomi.com');
  await page.bringToFront();
  const worker = await serviceWorker();
  const badge = () =>
    worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: '*://account.xiaomi.com/*' });
      return {
        tab: await chrome.action.getBadgeText({ tabId: tab!.id! }),
        global: await chrome.action.getBadgeText({}),
      };
    });
  await expect.poll(badge).toEqual({ tab: '!', global: '1' });
});

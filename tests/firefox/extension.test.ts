// Rebind in Firefox (the MV3 build, Debian's firefox-esr): real visits under real hostnames are
// recorded or not, a bound number is matched to a registered one, the popup and the dashboard
// render the inventory, and an export saves a file. One browser for the file, steps in order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { msg } from '../e2e/ui-helpers';
import { launchFirefox, type Firefox } from './firefox';

interface SiteRow {
  site: string;
  kinds: string[];
  numberIds: string[];
  masked?: string[];
}
interface NumberRow {
  id: string;
  label: string;
  prefix: string;
  suffix: string;
  whole?: string;
}

let ff: Firefox;

beforeAll(async () => {
  ff = await launchFirefox();
}, 120_000);

afterAll(async () => {
  await ff?.close();
});

async function siteRow(site: string): Promise<SiteRow | undefined> {
  return (await ff.readTable<SiteRow>('sites')).find((r) => r.site === site);
}

/** Polls until `site` is in the inventory (the background writes asynchronously). */
async function waitForSite(site: string): Promise<SiteRow> {
  await expect.poll(() => siteRow(site), { timeout: 20_000, message: `${site} in the inventory` }).toBeDefined();
  return (await siteRow(site))!;
}

/** Text of the first element matching `selector` in an extension page ('' when there is none). */
function textOf(handle: number, selector: string): Promise<string> {
  return ff.inPage(handle, (sel: string) => document.querySelector(sel)?.textContent ?? '', selector);
}

describe('Rebind in Firefox', () => {
  it('records a phone sign-in page under its real domain', async () => {
    const page = await ff.newPage();
    await page.goto('http://passport.bilibili.com/login');
    const row = await waitForSite('bilibili.com');
    expect(row.kinds).toContain('login-otp');
  });

  it('does not record an email login (checked after a later page was scanned and recorded)', async () => {
    // The email page stays open in its own tab; a phone page opened after it is recorded, so the
    // email page's scan, which started first, has had longer than a scan that finished.
    const mail = await ff.newPage();
    await mail.goto('http://mail.example.org/login');
    await expect.poll(() => mail.evaluate(() => document.readyState)).toBe('complete');
    const uber = await ff.newPage();
    await uber.goto('http://auth.uber.com/login');
    await waitForSite('uber.com');
    const sites = (await ff.readTable<SiteRow>('sites')).map((r) => r.site);
    expect(sites).toContain('bilibili.com');
    expect(sites).not.toContain('example.org');
    await mail.close();
    await uber.close();
  });

  it('matches the masked number on a settings page to the number registered in the dashboard', async () => {
    const dash = await ff.openExtensionPage('options.html#numbers');
    await expect.poll(() => textOf(dash, 'form[aria-label]')).toContain(msg('en', 'inv_number_add'));
    await ff.inPage(dash, () => {
      const form = document.querySelector('form.inv-form')!;
      const [label, number] = [...form.querySelectorAll('input')].filter((i) => i.type !== 'date');
      const set = (el: HTMLInputElement | HTMLSelectElement, value: string) => {
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      };
      set(label!, 'Old SIM');
      set(form.querySelector('select')!, 'CN');
      set(number!, '138 0013 5678');
      // Preact renders the new state on a later turn; the submit handler reads that render.
      return new Promise<void>((done) =>
        setTimeout(() => {
          form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
          done();
        }, 100),
      );
    });
    await expect.poll(() => textOf(dash, 'li[data-number]')).toContain('138…5678');
    const [registered] = await ff.readTable<NumberRow>('numbers');
    expect(registered).toMatchObject({ label: 'Old SIM', prefix: '138', suffix: '5678' });
    expect(registered?.whole).toBeUndefined();

    const page = await ff.newPage();
    await page.goto('http://account.xiaomi.com/security');
    const row = await waitForSite('xiaomi.com');
    expect(row.kinds).toContain('bound-number');
    expect(row.masked).toContain('138*5678');
    await expect.poll(async () => (await siteRow('xiaomi.com'))?.numberIds).toEqual([registered!.id]);
  });

  it('renders the popup: the accounts that use or may use the number, and the progress count', async () => {
    const popup = await ff.openExtensionPage('popup.html');
    // Sites with no number known yet are listed for every number, next to the one proven on it.
    const listed = () =>
      ff.inPage(popup, () => [...document.querySelectorAll('.checklist > ul.site-list > li')].map((e) => e.getAttribute('data-site')).sort());
    await expect.poll(listed).toEqual(['bilibili.com', 'uber.com', 'xiaomi.com']);
    // The number seen on the account's settings page makes it a confirmed account.
    expect(await ff.inPage(popup, () => document.querySelector('.checklist [data-site="xiaomi.com"]')?.getAttribute('data-certainty'))).toBe('confirmed');
    expect(await textOf(popup, '.checklist [data-site="xiaomi.com"]')).toContain(msg('en', 'cl_certainty_confirmed'));
    expect(await textOf(popup, '.progress')).toBe(msg('en', 'cl_progress_other', 0, 3, 3));
  });

  it('renders the dashboard with every recorded site', async () => {
    const dash = await ff.openExtensionPage('options.html');
    const sites = () =>
      ff.inPage(dash, () => [...document.querySelectorAll('table.sites tbody tr[data-site]')].map((r) => r.getAttribute('data-site')).sort());
    await expect.poll(sites).toEqual(['bilibili.com', 'uber.com', 'xiaomi.com']);
    expect(await textOf(dash, 'h1')).toBe(msg('en', 'dashboardTitle'));
  });

  it('exports the checklist as a CSV file the person saves', async () => {
    const dash = await ff.openExtensionPage('options.html#export');
    await expect.poll(() => textOf(dash, '.export-panel h2')).toBe(msg('en', 'export_panelTitle'));
    await ff.inPage(dash, () => {
      const form = document.querySelector('.export-panel form')!;
      form.querySelector<HTMLInputElement>('input[name=format][value=csv]')!.click();
      // The radio re-renders the form; submit on the next turn.
      return new Promise<void>((done) =>
        setTimeout(() => {
          form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
          done();
        }, 100),
      );
    });
    const csv = () => readdirSync(ff.downloads).find((f) => /^rebind-checklist-.*\.csv$/.test(f));
    await expect.poll(csv).toBeDefined();
    const file = join(ff.downloads, csv()!);
    await expect.poll(() => existsSync(file) && readFileSync(file, 'utf8').includes('xiaomi.com')).toBe(true);
    const text = readFileSync(file, 'utf8');
    for (const site of ['bilibili.com', 'uber.com', 'xiaomi.com']) expect(text).toContain(site);
    expect(text).not.toContain('13800135678');
    expect(text).not.toContain('example.org');
  });
});

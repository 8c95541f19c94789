// The three people of DESIGN.md walked through the popup, the dashboard and the settings-page
// overlay, in English and Simplified Chinese; axe-core on every screen; README screenshots.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { overlayCount, overlayText, pressOverlayButton } from './overlay';
import { manySites, msg, seed, site } from './ui-helpers';

declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  i18n: { getUILanguage(): string };
};

const SETTINGS_HTML = `<!doctype html><html lang="en"><head><title>Account settings</title></head><body>
<h1>Account settings</h1><nav><a href="/">Home</a></nav>
<section><h2>Email</h2><p>f***@example.org</p></section>
<section id="phone-section"><h2>Phone number</h2><p id="phone">138****5678</p><button>Change</button></section>
</body></html>`;

function inDays(n: number): string {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const NUMBER = {
  id: 'n-old', label: 'Old SIM', country: 'CN', prefix: '138', suffix: '5678', hash: 'h', salt: 's',
  nsnLength: 11, createdAt: Date.now(), cancelDate: inDays(20),
};

/** Opens the dashboard (its Dexie creates the schema), seeds, and returns it reloaded. */
async function seeded(openExtensionPage: (p: string) => Promise<Page>, sites: Record<string, unknown>[], extra: { evidence?: Record<string, unknown>[] } = {}) {
  const dash = await openExtensionPage('options.html');
  await expect(dash.locator('.dashboard h1')).toBeVisible();
  await seed(dash, { sites, numbers: [NUMBER], ...extra });
  await dash.reload();
  return dash;
}

async function tabIdOf(context: BrowserContext, ext: Page, urlPattern: string): Promise<number> {
  void context;
  return ext.evaluate(async (pattern) => (await chrome.tabs.query({ url: pattern }))[0]?.id ?? -1, urlPattern);
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe violations').toEqual([]);
  return result;
}

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`UI in ${lang}`, () => {
    test.use({ lang });

    test('the browser language picks the UI language', async ({ openExtensionPage }) => {
      const popup = await openExtensionPage('popup.html');
      const ui = await popup.evaluate(() => chrome.i18n.getUILanguage());
      expect(ui.toLowerCase().startsWith(lang === 'en' ? 'en' : 'zh')).toBe(true);
      await expect(popup.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
      await expect(popup.getByRole('heading', { name: msg(lang, 'ui_empty_title') })).toBeVisible();
      await axe(popup);
    });

    test('browsing person: nothing shows on the page, the site appears in the popup', async ({
      context, openExtensionPage, waitForSite,
    }) => {
      const page = await context.newPage();
      await page.goto('http://passport.bilibili.com/login');
      await waitForSite('bilibili.com');
      // Invisible: no overlay, no element of Rebind's in a page it was not asked to guide.
      expect(await page.locator('rebind-guide').count()).toBe(0);

      const popup = await openExtensionPage('popup.html');
      const tabId = await tabIdOf(context, popup, 'http://passport.bilibili.com/*');
      await popup.goto(popup.url() + `?tab=${tabId}`);
      const current = popup.locator('[data-current-site="bilibili.com"]');
      // The current site's item is shown once, above the list: a visit only suggests an account.
      const row = current.locator('[data-site="bilibili.com"]');
      await expect(row).toContainText(msg(lang, 'kind_login_otp'));
      await expect(row).toContainText(msg(lang, 'cl_certainty_possible'));
      await expect(popup.locator('.checklist [data-site="bilibili.com"]')).toHaveCount(0);
      await expect(popup.locator('.progress')).toHaveText(msg(lang, 'cl_progress_one', 0, 1, 1));
    });

    test('person about to cancel: proof first, open the settings page, mark done, Undo, count reaches zero', async ({
      context, openExtensionPage, server, readTable,
    }) => {
      // The whole walk: popup, guide tab (read over DevTools), the dashboard's confirmation, popup again.
      test.slow();
      server.route('account.example-forum.com', '/settings/phone', SETTINGS_HTML);
      const dash = await seeded(openExtensionPage, [
        site('example-shop.com', { kinds: ['mfa-sms'], risk: 20.1, numberIds: ['n-old'], strength: 'submitted' }),
        site('example-pay.com', { kinds: ['login-otp', 'recovery-phone'], risk: 140.2, numberIds: ['n-old'] }),
        site('example-forum.com', {
          kinds: ['bound-number', 'recovery-phone'], risk: 38.2, numberIds: ['n-old'], strength: 'bound-number',
          masked: ['138*5678'], settingsUrl: 'http://account.example-forum.com/settings/phone',
        }),
        site('example-news.com', { kinds: ['contact-phone'], risk: 1.1 }),
        site('example-other.com', { kinds: ['login-otp'], risk: 41, numberIds: ['n-new'] }),
      ]);
      await dash.close();

      const popup = await openExtensionPage('popup.html');
      const open = popup.locator('.checklist > ul.site-list > li');
      // The number with the nearest cancellation date is picked; only its accounts, riskiest first.
      await expect(open).toHaveCount(3);
      expect(await open.evaluateAll((els) => els.map((e) => e.getAttribute('data-site')))).toEqual([
        'example-pay.com', 'example-forum.com', 'example-shop.com',
      ]);
      await expect(open.first()).toContainText(msg(lang, 'cl_certainty_confirmed'));
      await expect(open.nth(1)).toContainText(msg(lang, 'cl_why_shown', '138••••5678'));
      await expect(popup.locator('.progress')).toHaveText(msg(lang, 'cl_progress_other', 0, 3, 3));

      // Open the settings page learned from browsing: the overlay points at the phone section.
      const forum = popup.locator('[data-site="example-forum.com"]');
      const [settings] = await Promise.all([
        context.waitForEvent('page'),
        forum.getByRole('link', { name: msg(lang, 'ui_go') }).click(),
      ]);
      await settings.waitForLoadState();
      expect(settings.url()).toBe('http://account.example-forum.com/settings/phone');
      // The overlay is in a closed shadow root: read and pressed through DevTools (tests/e2e/overlay.ts).
      const card = () => overlayText(context, settings);
      await expect.poll(card).toContain(msg(lang, 'guide_overlay_title', 'example-forum.com'));
      expect(await card()).toContain(msg(lang, 'guide_overlay_here'));
      await pressOverlayButton(context, settings, msg(lang, 'guide_overlay_show'));
      await expect.poll(() => overlayCount(context, settings, 'ring')).toBe(1);
      // The page is never blocked: its own button still takes clicks.
      await settings.getByRole('button', { name: 'Change' }).click({ timeout: 2000 });

      // The person changes the number; the page shows another masked number, shown masked.
      await settings.evaluate(() => {
        document.getElementById('phone')!.textContent = '139****0001';
      });
      await expect.poll(card).toContain(msg(lang, 'guide_overlay_changed', '139••••0001', 'example-forum.com'));
      // "Mark changed" on the page changes nothing by itself: Rebind's dashboard asks.
      const [confirm] = await Promise.all([
        context.waitForEvent('page'),
        pressOverlayButton(context, settings, msg(lang, 'guide_overlay_mark')),
      ]);
      await expect.poll(card).toContain(msg(lang, 'guide_overlay_confirm', 'example-forum.com'));
      expect((await readTable('sites')).find((r) => r.site === 'example-forum.com')?.status).toBe('todo');
      await confirm.waitForLoadState();
      expect(confirm.url()).toContain('options.html?confirm-changed=example-forum.com');
      await confirm.getByRole('alertdialog').getByRole('button', { name: msg(lang, 'guide_overlay_mark') }).click();
      await expect
        .poll(async () => (await readTable('sites')).find((r) => r.site === 'example-forum.com')?.status)
        .toBe('changed');
      await confirm.close();

      // Back in the popup: the other two, by button.
      await popup.bringToFront();
      await expect(popup.locator('.progress')).toHaveText(msg(lang, 'cl_progress_other', 1, 3, 2));
      const done = async (siteKey: string, action: string) => {
        const item = popup.locator(`.checklist [data-site="${siteKey}"]`);
        await item.getByRole('button', { name: msg(lang, 'ui_done_menu') }).click();
        await item.getByRole('menuitem', { name: msg(lang, action) }).click();
      };
      await done('example-pay.com', 'ui_action_unbound');
      // A misclick costs one click: Undo puts it back.
      await popup.locator('.undo').getByRole('button', { name: msg(lang, 'ui_undo') }).click();
      await expect(popup.locator('.progress')).toHaveText(msg(lang, 'cl_progress_other', 1, 3, 2));
      await done('example-pay.com', 'ui_action_unbound');
      await done('example-shop.com', 'ui_action_not_mine');
      await expect(popup.locator('.progress')).toHaveText(msg(lang, 'cl_progress_other', 3, 3, 0));
      await expect(popup.locator('.next')).toContainText(msg(lang, 'ui_next_cancel'));
      await axe(popup);
      const statuses = Object.fromEntries((await readTable('sites')).map((r) => [r.site, r.status]));
      expect(statuses).toMatchObject({ 'example-pay.com': 'unbound', 'example-shop.com': 'not-mine', 'example-news.com': 'todo' });

      // Reopen from the done list: the count goes back up.
      await popup.locator('details.done summary').click();
      await popup.locator('details.done [data-site="example-shop.com"]').getByRole('button', { name: msg(lang, 'ui_action_reopen') }).click();
      await expect(popup.locator('.progress')).toHaveText(msg(lang, 'cl_progress_other', 2, 3, 1));
    });

    test('person wanting paper: the export section is one click from the popup', async ({ context, openExtensionPage }) => {
      const dash = await seeded(openExtensionPage, [site('example-pay.com', { risk: 140 })]);
      await dash.close();
      const popup = await openExtensionPage('popup.html');
      const [opened] = await Promise.all([
        context.waitForEvent('page'),
        popup.getByRole('link', { name: msg(lang, 'ui_exportChecklist') }).click(),
      ]);
      await opened.waitForLoadState();
      expect(new URL(opened.url()).hash).toBe('#export');
      await expect(opened.getByRole('heading', { name: msg(lang, 'export_panelTitle') })).toBeVisible();
      await expect(opened.getByRole('link', { name: msg(lang, 'ui_nav_export') })).toHaveAttribute('aria-current', 'page');
      await axe(opened);
    });

    test('dashboard: search, sort, filter, detail with evidence, keyboard, axe in light and dark', async ({
      openExtensionPage, page,
    }) => {
      const sites = [
        ...manySites(240, ['n-old']),
        site('example-forum.com', { kinds: ['bound-number'], risk: 10.1, masked: ['138*5678'], strength: 'bound-number', numberIds: ['n-old'] }),
      ];
      const evidence = Array.from({ length: 30 }, (_, i) => ({
        site: 'example-forum.com', at: Date.now() - i * 3_600_000, source: i % 2 ? 'page' : 'history',
        strength: i % 2 ? 'bound-number' : 'imported', kinds: ['bound-number'],
        url: 'https://example-forum.com/settings', masked: ['138*5678'], detail: '<b>not html</b>',
      }));
      const dash = await seeded(openExtensionPage, sites, { evidence });
      void page;
      await expect(dash.locator('table.sites tbody tr')).toHaveCount(100);
      // Contact-only sites are "Other sites", not checklist rows: 200 of the 240, and the forum.
      await expect(dash.getByRole('status').first()).toContainText(msg(lang, 'ui_showing', 1, 100, 201));
      await dash.getByRole('button', { name: msg(lang, 'ui_next') }).click();
      await expect(dash.getByText(msg(lang, 'ui_pageOf', 2, 3))).toBeVisible();

      // Keyboard: focus reaches the search field, typing filters, Enter opens a site's detail.
      const search = dash.getByLabel(msg(lang, 'ui_search'));
      await search.focus();
      await expect(search).toBeFocused();
      await dash.keyboard.type('forum');
      await expect(dash.locator('table.sites tbody tr')).toHaveCount(1);
      // Past sort and the four filters to the one row's button.
      for (let i = 0; i < 6; i++) await dash.keyboard.press('Tab');
      const rowButton = dash.locator('[data-site="example-forum.com"] button');
      await expect(rowButton).toBeFocused();
      const outline = await rowButton.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
      await dash.keyboard.press('Enter');
      const detail = dash.locator('[data-detail="example-forum.com"]');
      await expect(detail.locator('h2')).toBeFocused();
      await expect(detail).toContainText(msg(lang, 'ui_detail_timeline', 30));
      await expect(detail.locator('.timeline li')).toHaveCount(20);
      // Page text stays text.
      await expect(detail.locator('.timeline b')).toHaveCount(0);
      await expect(detail.locator('.timeline').first()).toContainText('<b>not html</b>');
      await detail.getByRole('button', { name: msg(lang, 'ui_detail_older') }).click();
      await expect(detail.locator('.timeline li')).toHaveCount(30);
      await axe(dash);

      // Filters and sort.
      await search.fill('');
      await dash.getByLabel(msg(lang, 'ui_col_status')).selectOption('changed');
      const statuses = await dash.locator('table.sites tbody tr td:nth-child(5)').allInnerTexts();
      expect(statuses.length).toBeGreaterThan(0);
      expect(new Set(statuses)).toEqual(new Set([msg(lang, 'ui_status_changed')]));
      await dash.getByLabel(msg(lang, 'ui_col_status')).selectOption('');
      await dash.getByLabel(msg(lang, 'ui_sortBy')).selectOption('name');
      const names = await dash.locator('table.sites tbody th button').allInnerTexts();
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

      await dash.emulateMedia({ colorScheme: 'dark' });
      await axe(dash);
      for (const section of ['numbers', 'import', 'export', 'settings', 'privacy']) {
        await dash.getByRole('link', { name: msg(lang, `ui_nav_${section}`) }).click();
        await expect(dash.locator(`#section-${section}`)).toBeVisible();
        await axe(dash);
      }
    });

    // The popup's screenshots (400 x 600) come from the walk in tests/e2e/checklist.spec.ts.
    test('screenshots of the dashboard from fixture data', async ({ openExtensionPage, context }) => {
      const sites = [
        site('paypal.com', { kinds: ['login-otp', 'recovery-phone'], risk: 140.2, numberIds: ['n-old'], strength: 'signed-in', name: 'PayPal' }),
        site('bilibili.com', { kinds: ['login-otp'], risk: 80.1, numberIds: ['n-old'], name: 'Bilibili' }),
        site('example-forum.com', { kinds: ['bound-number', 'recovery-phone'], risk: 38.2, numberIds: ['n-old'], strength: 'bound-number', masked: ['138*5678'] }),
        site('example-shop.com', { kinds: ['mfa-sms'], risk: 20.1, strength: 'submitted', status: 'changed', statusAt: Date.now() }),
        site('example-gym.com', { kinds: ['login-phone'], risk: 30.1, strength: 'imported' }),
      ];
      const dash = await seeded(openExtensionPage, sites);
      await dash.setViewportSize({ width: 1100, height: 700 });
      await expect(dash.locator('table.sites tbody tr')).toHaveCount(5);
      const suffix = lang === 'en' ? '' : '-zh';
      await dash.screenshot({ path: `docs/screenshots/dashboard${suffix}.png` });
      void context;
    });
  });
}

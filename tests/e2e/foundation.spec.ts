import { expect, test } from './fixtures';
import { waitForScan } from './scan';

test('a phone + SMS-code login page is recorded and listed in the popup and the dashboard', async ({
  context,
  waitForSite,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await page.goto('http://passport.bilibili.com/login');
  const row = await waitForSite('bilibili.com');
  expect(row.kinds).toContain('login-otp');

  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('[data-site="bilibili.com"]')).toBeVisible();

  const dashboard = await openExtensionPage('options.html');
  await expect(dashboard.locator('[data-site="bilibili.com"]').first()).toBeVisible();
});

test('a plain email/password page is not recorded', async ({ context, readTable, waitForSite }) => {
  const page = await context.newPage();
  await page.goto('http://mail.example.org/login');
  // The detector has looked at the page (not merely: the test left before it ran) ...
  await waitForScan(context, page);
  // ... then a phone page, so the background has handled what this one sent.
  await page.goto('http://passport.bilibili.com/login');
  await waitForSite('bilibili.com');
  const sites = (await readTable('sites')).map((r) => r.site);
  expect(sites).not.toContain('example.org');
});

test('stopping the service worker loses nothing and it wakes for the next page', async ({
  context,
  waitForSite,
  stopServiceWorker,
  serviceWorker,
  readTable,
  server,
}) => {
  server.route(
    'accounts.example-shop.com',
    '/signin',
    `<!doctype html><html><head><title>Sign in with your phone</title></head><body>
     <h1>Sign in</h1><form><label for=p>Phone number</label><input id=p type=tel autocomplete=tel>
     <label for=c>Verification code</label><input id=c autocomplete=one-time-code>
     <button type=button>Send code</button><button>Sign in</button></form></body></html>`,
  );
  const page = await context.newPage();
  await page.goto('http://passport.bilibili.com/login');
  await waitForSite('bilibili.com');

  // A mark in the worker's global scope: gone once the worker has really been restarted.
  await (await serviceWorker()).evaluate(() => Object.assign(self, { rebindTestMark: 1 }));
  await stopServiceWorker();

  await page.goto('http://accounts.example-shop.com/signin');
  await waitForSite('example-shop.com');
  const mark = await (await serviceWorker()).evaluate(() => 'rebindTestMark' in self);
  expect(mark).toBe(false);
  const sites = (await readTable('sites')).map((r) => r.site).sort();
  expect(sites).toEqual(expect.arrayContaining(['bilibili.com', 'example-shop.com']));
});

test('an HSTS-preloaded site is served over HTTPS and recorded under its real domain', async ({
  context,
  server,
  waitForSite,
}) => {
  server.route(
    'accounts.google.com',
    '/signin/recovery',
    `<!doctype html><html><head><title>Account recovery</title></head><body>
     <h1>Recover your account</h1><form><label for=p>Phone number</label><input id=p type=tel autocomplete=tel>
     <label for=c>Enter the code we sent by SMS</label><input id=c autocomplete=one-time-code>
     <button type=button>Send code</button><button>Next</button></form></body></html>`,
  );
  const page = await context.newPage();
  // Chromium upgrades google.com to HTTPS itself (HSTS preload): the fixture server speaks both.
  await page.goto('http://accounts.google.com/signin/recovery');
  expect(new URL(page.url()).protocol).toBe('https:');
  const row = await waitForSite('google.com');
  expect(row.kinds.length).toBeGreaterThan(0);
});

test('nothing the extension itself requests leaves the device', async ({ context, openExtensionPage, waitForSite }) => {
  const outgoing: string[] = [];
  context.on('request', (req) => {
    const fromWorker = !!req.serviceWorker();
    let fromExtensionPage = false;
    try {
      fromExtensionPage = req.frame().url().startsWith('chrome-extension://');
    } catch {
      fromExtensionPage = false; // requests without a frame (workers) are covered above
    }
    if ((fromWorker || fromExtensionPage) && !/^(chrome-extension|data|blob):/.test(req.url())) outgoing.push(req.url());
  });
  const page = await context.newPage();
  await page.goto('http://passport.bilibili.com/login');
  await waitForSite('bilibili.com');
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('[data-site="bilibili.com"]')).toBeVisible();
  const dashboard = await openExtensionPage('options.html');
  await expect(dashboard.locator('[data-site="bilibili.com"]').first()).toBeVisible();
  for (const section of ['numbers', 'import', 'export', 'settings', 'privacy']) {
    await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#' + section);
    await dashboard.waitForTimeout(200);
  }
  expect(outgoing).toEqual([]);
});

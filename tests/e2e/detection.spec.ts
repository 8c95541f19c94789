// Real visits to fixture pages under real hostnames: the content script detects, the
// background records, and the inventory holds the right kinds (read from IndexedDB).
import { expect, test } from './fixtures';
import { waitForScan } from './scan';

const ACCOUNT = ['login-otp', 'login-phone', 'recovery-phone', 'mfa-sms', 'account-phone', 'bound-number'];

const CASES: { name: string; url: string; site: string; kinds: string[]; masked?: string }[] = [
  { name: 'English SMS login', url: 'http://auth.uber.com/login', site: 'uber.com', kinds: ['login-otp'] },
  { name: 'English recovery', url: 'http://www.instagram.com/accounts/password/reset', site: 'instagram.com', kinds: ['recovery-phone'] },
  { name: 'English 2FA by SMS', url: 'http://www.dropbox.com/login/two_factor', site: 'dropbox.com', kinds: ['mfa-sms', 'bound-number'], masked: '*34' },
  { name: 'English settings, number in a shadow root', url: 'http://www.reddit.com/settings/account', site: 'reddit.com', kinds: ['bound-number'], masked: '+1 *1234' },
  { name: 'Chinese SMS login', url: 'http://login.taobao.com/member/login', site: 'taobao.com', kinds: ['login-otp'] },
  { name: 'Chinese recovery', url: 'http://passport.baidu.com/forgot', site: 'baidu.com', kinds: ['recovery-phone'] },
  { name: 'Chinese 2FA', url: 'http://aq.qq.com/verify', site: 'qq.com', kinds: ['mfa-sms', 'bound-number'], masked: '*5678' },
  { name: 'Chinese settings with a masked number', url: 'http://account.xiaomi.com/security', site: 'xiaomi.com', kinds: ['bound-number'], masked: '138*5678' },
];

for (const c of CASES) {
  test(`${c.name} lands in the inventory with ${c.kinds.join(', ')}`, async ({ context, waitForSite }) => {
    const page = await context.newPage();
    await page.goto(c.url);
    const row = await waitForSite(c.site);
    expect(row.kinds).toEqual(expect.arrayContaining(c.kinds));
    if (c.masked) expect(row.masked ?? []).toContain(c.masked);
  });
}

test('checkouts are contact phones only, and a plain email login with a hidden phone template is not listed', async ({
  context,
  waitForSite,
  readTable,
}) => {
  const page = await context.newPage();
  await page.goto('http://news.ycombinator.com/login');
  // The detector has looked at the page before the next one replaces it.
  await waitForScan(context, page);
  await page.goto('http://www.bestbuy.com/checkout/shipping');
  const bestbuy = await waitForSite('bestbuy.com');
  await page.goto('http://buy.jd.com/checkout');
  const jd = await waitForSite('jd.com');
  for (const row of [jd, bestbuy]) {
    expect(row.kinds).toContain('contact-phone');
    expect(row.kinds.filter((k) => ACCOUNT.includes(k))).toEqual([]);
  }
  const sites = (await readTable('sites')).map((r) => r.site);
  expect(sites).not.toContain('ycombinator.com');
});

test('submitting a marked form records a submit with its kinds and no typed value', async ({
  context,
  waitForSite,
  readTable,
}) => {
  const page = await context.newPage();
  await page.goto('http://auth.uber.com/login');
  await waitForSite('uber.com');
  await page.fill('#phone', '+1 415 555 0134');
  await page.fill('#otp', '123456');
  await page.click('button[type=submit]');
  await expect
    .poll(async () => (await readTable<Record<string, unknown>>('evidence')).filter((e) => e.source === 'submit').length)
    .toBeGreaterThan(0);
  const evidence = await readTable<Record<string, unknown>>('evidence');
  const submit = evidence.find((e) => e.source === 'submit')!;
  expect(submit.kinds).toContain('login-otp');
  expect(JSON.stringify(evidence)).not.toContain('415');
  expect(JSON.stringify(evidence)).not.toContain('123456');
});

test('a single-page app that shows its phone form later is detected after the change', async ({
  context,
  waitForSite,
  server,
}) => {
  server.route(
    'app.example-spa.com',
    '/',
    `<!doctype html><html><head><title>App</title></head><body><div id=root>Loading…</div>
     <script>setTimeout(() => {
       history.pushState({}, '', '/signin');
       document.getElementById('root').innerHTML = '<h1>Sign in</h1><div><input type=tel placeholder="Phone number">' +
         '<button>Get code</button><input autocomplete=one-time-code placeholder="Code"><button>Sign in</button></div>';
     }, 1500);</script></body></html>`,
  );
  const page = await context.newPage();
  await page.goto('http://app.example-spa.com/');
  const row = await waitForSite('example-spa.com', 15_000);
  expect(row.kinds).toContain('login-otp');
});

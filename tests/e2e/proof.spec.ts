// Proof after a change (issue 12, item 3): a site the person marked "changed" that later shows the
// old number on its settings page is back on the checklist, saying "still on your old number", in
// the popup and the dashboard.
import { expect, test } from './fixtures';
import { msg, seed, site } from './ui-helpers';

function inDays(n: number): string {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const OLD = {
  id: 'n-old', label: 'Old SIM', country: 'CN', prefix: '138', suffix: '5678', hash: 'h1', salt: 's1',
  nsnLength: 11, createdAt: Date.now(), cancelDate: inDays(20),
};
const NEW = {
  id: 'n-new', label: 'New SIM', country: 'CN', prefix: '139', suffix: '1234', hash: 'h2', salt: 's2',
  nsnLength: 11, createdAt: Date.now(),
};

test('a settings page still showing the old number reopens an item marked changed', async ({
  context, openExtensionPage, readTable,
}) => {
  test.setTimeout(120_000);
  const dash = await openExtensionPage('options.html');
  await expect(dash.locator('.dashboard h1')).toBeVisible();
  const markedAt = Date.now() - 86_400_000;
  await seed(dash, {
    numbers: [OLD, NEW],
    sites: [site('xiaomi.com', { kinds: ['bound-number', 'login-otp'], strength: 'bound-number', status: 'changed',
      statusAt: markedAt, numberIds: ['n-old'], masked: ['138*5678'], certainty: 'confirmed' })],
  });

  const popupBefore = await openExtensionPage('popup.html');
  await expect(popupBefore.locator('li.item:not(.done-item)[data-site="xiaomi.com"]')).toHaveCount(0);
  await popupBefore.close();

  // The account security page shows 138****5678: the old number is still bound there.
  const tab = await context.newPage();
  await tab.goto('https://account.xiaomi.com/security.html');
  await expect
    .poll(async () => (await readTable<{ site: string; status: string }>('sites')).find((r) => r.site === 'xiaomi.com')?.status, {
      timeout: 20_000,
    })
    .toBe('todo');

  const still = msg('en', 'proof_oldShown', '5678');
  const popup = await openExtensionPage('popup.html');
  const item = popup.locator('li.item:not(.done-item)[data-site="xiaomi.com"]');
  await expect(item).toBeVisible();
  await expect(item).toContainText(still);

  await dash.goto(dash.url().replace(/#.*$/, '') + '#sites');
  await dash.reload();
  await expect(dash.locator('tr[data-site="xiaomi.com"]')).toContainText(still);
});

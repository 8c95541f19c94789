import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { getDb, type NumberRow, type SiteRow } from '@/utils/db';
import { localDate } from '@/utils/inventory/reminders';
import { useLocale } from '../i18n';

const now = Date.now();
const DAY = 86_400_000;
function row(site: string, over: Partial<SiteRow> = {}): SiteRow {
  return { site, kinds: ['login-otp'], status: 'todo', strength: 'signed-in', firstSeen: now, lastSeen: now, risk: 41, numberIds: [], ...over };
}
function number(id: string, country: string, days: number): NumberRow {
  return { id, label: `${country} phone`, country, prefix: '138', suffix: '5678', hash: 'ab', salt: 's', nsnLength: 11,
    cancelDate: localDate(now + days * DAY), createdAt: now };
}
const listed = () => [...document.querySelectorAll('.checklist > ul.site-list > li')].map((li) => li.getAttribute('data-site'));

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all([getDb().sites.clear(), getDb().numbers.clear()]);
});
afterEach(cleanup);

describe('Popup', () => {
  it('explains what Rebind does when the inventory is empty, and asks which number and when', async () => {
    const tr = useLocale('en');
    render(<Popup />);
    expect(await screen.findByRole('heading', { name: tr('ui_empty_title') })).toBeTruthy();
    expect(screen.getByText(tr('ui_head_ask'))).toBeTruthy();
    expect(screen.getByRole('button', { name: tr('ui_head_set') })).toBeTruthy();
    expect(screen.getByRole('link', { name: tr('ui_empty_history') })).toBeTruthy();
  });

  it('shows the number, its date and the days left; counts down with the Done menu; Undo puts it back (zh)', async () => {
    const tr = useLocale('zh');
    await getDb().numbers.put(number('cn', 'CN', 12));
    await getDb().sites.bulkPut([
      row('alipay.com', { risk: 140 }),
      row('forum.example', { risk: 20, kinds: ['mfa-sms'], strength: 'bound-number', masked: ['138*5678'], numberIds: ['cn'] }),
    ]);
    render(<Popup />);
    expect((await screen.findByText(tr('cl_daysLeft_other', 12))).className).toBe('days-left');
    expect(screen.getByText('CN phone (…5678)')).toBeTruthy();
    await screen.findByText(tr('cl_progress_other', 0, 2, 2));
    // Money first, though the forum's number is confirmed.
    expect(listed()).toEqual(['alipay.com', 'forum.example']);
    const items = document.querySelectorAll('.checklist > ul.site-list > li');
    expect(within(items[0] as HTMLElement).getByText(tr('cl_certainty_likely'))).toBeTruthy();
    expect(items[0]!.textContent).toContain(tr('cl_numberUnconfirmed'));
    expect(items[1]!.textContent).toContain(tr('cl_why_shown', '138••••5678'));
    // One primary action that says what it opens, one menu: two controls, not six buttons.
    for (const li of items) expect(within(li as HTMLElement).getAllByRole('button')).toHaveLength(1);
    // Alipay is changed in its app: the path is shown instead of a web page.
    expect(items[0]!.querySelector('.app-path')?.textContent).toContain('我的 > 设置');
    // "Go change it" says what it opens: for an unknown forum, a guess.
    const go = within(items[1] as HTMLElement).getByRole('link', { name: tr('ui_go') });
    expect(document.getElementById(go.getAttribute('aria-describedby')!)?.textContent).toBe(tr('ui_go_opens_well_known'));
    fireEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: tr('ui_done_menu') }));
    fireEvent.click(within(items[0] as HTMLElement).getByRole('menuitem', { name: tr('ui_action_changed') }));
    await screen.findByText(tr('cl_progress_other', 1, 2, 1));
    const notice = await screen.findByText(tr('ui_undo_marked', '支付宝', tr('ui_status_changed')));
    fireEvent.click(within(notice.parentElement!).getByRole('button', { name: tr('ui_undo') }));
    await screen.findByText(tr('cl_progress_other', 0, 2, 2));
    expect((await getDb().sites.get('alipay.com'))?.status).toBe('todo');
    for (const site of ['alipay.com', 'forum.example']) {
      const li = document.querySelector(`.checklist li[data-site="${site}"]`) as HTMLElement;
      fireEvent.click(within(li).getByRole('button', { name: tr('ui_done_menu') }));
      fireEvent.click(within(li).getByRole('menuitem', { name: tr('ui_action_ignore') }));
      await waitFor(() => expect(document.querySelector(`.checklist > ul > li[data-site="${site}"]`)).toBeNull());
    }
    await screen.findByText(tr('cl_progress_other', 2, 2, 0));
    expect(screen.getByText(tr('ui_next_cancel'))).toBeTruthy();
    expect(document.querySelector('.next')?.textContent).toContain('90');
  });

  it('never promises China’s 90-day freeze for a US number', async () => {
    const tr = useLocale('en');
    await getDb().numbers.put(number('us', 'US', 3));
    await getDb().sites.put(row('example.com', { status: 'changed', numberIds: ['us'] }));
    render(<Popup />);
    await screen.findByText(tr('cl_progress_one', 1, 1, 0));
    const next = document.querySelector('.next')!.textContent!;
    expect(next).toContain('at least 45 days');
    expect(next).not.toMatch(/90|freez/i);
    expect(screen.getByText(tr('cl_daysLeft_other', 3))).toBeTruthy();
  });

  it('shows the current site once, above the list, and says why a site is not on it', async () => {
    const tr = useLocale('en');
    await getDb().sites.bulkPut([row('alipay.com', { risk: 140 }), row('bilibili.com'), row('jd.com', { kinds: ['contact-phone'], strength: 'visited' })]);
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.bilibili.com/video/1', active: true });
    // The fake has no windows: the active tab stands for the current window's.
    fakeBrowser.tabs.query = (async () => [await fakeBrowser.tabs.get(tab.id!)]) as never;
    render(<Popup />);
    await waitFor(() => expect(document.querySelector('.current li[data-site="bilibili.com"]')).not.toBeNull());
    expect(listed()).toEqual(['alipay.com']);
    cleanup();
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://www.jd.com/cart' });
    render(<Popup />);
    await screen.findByText(tr('ui_current_notChecklist'));
    expect(screen.getByText(tr('ui_current_otherSites'))).toBeTruthy();
    expect(listed()).toEqual(['alipay.com', 'bilibili.com']);
  });

  it('renders a long inventory a page at a time', async () => {
    const tr = useLocale('en');
    await getDb().sites.bulkPut(Array.from({ length: 1000 }, (_, i) => row(`s${i}.example`, { risk: i })));
    render(<Popup />);
    await screen.findByText(tr('ui_showMore', 975));
    expect(document.querySelectorAll('.checklist > ul.site-list > li')).toHaveLength(25);
    expect(document.querySelector('.checklist li')?.getAttribute('data-site')).toBe('s999.example');
    fireEvent.click(screen.getByRole('button', { name: tr('ui_showMore', 975) }));
    await waitFor(() => expect(document.querySelectorAll('.checklist > ul.site-list > li')).toHaveLength(75));
  });
});

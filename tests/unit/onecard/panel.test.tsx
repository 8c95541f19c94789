import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NumbersManager } from '@/components/inventory';
import { OneCardPanel } from '@/components/onecard/OneCardPanel';
import { getDb } from '@/utils/db';
import { addManualSite } from '@/utils/inventory/manual';
import { addNumber } from '@/utils/numbers/numbers';
import { ONE_CARD } from '@/utils/onecard/facts';
import { oneCardResults } from '@/utils/onecard/store';
import { useLocale } from '../i18n';

const db = getDb();
beforeEach(async () => {
  fakeBrowser.permissions.contains = (async () => false) as never;
  await Promise.all([db.sites.clear(), db.numbers.clear(), db.evidence.clear()]);
});
afterEach(cleanup);

const cn = () => addNumber(db, { label: 'Old SIM', country: 'CN', number: '13800138000' }, false);

describe('One-Card Check panel', () => {
  it('is offered on the Numbers screen for a Chinese number only', async () => {
    const n = await cn();
    await addNumber(db, { label: 'US cell', country: 'US', number: '(201) 555-0123' }, false);
    const { container } = render(<NumbersManager />);
    await screen.findByText('US cell');
    const panels = container.querySelectorAll('[data-onecard]');
    expect([...panels].map((p) => p.getAttribute('data-onecard'))).toEqual([n.id]);
    expect(panels[0]!.closest('li')!.textContent).toContain('Old SIM');
  });

  it('says how to ask it, with the sender and the hours from the facts', async () => {
    const n = await cn();
    render(<OneCardPanel number={n} />);
    expect(screen.getByText(/follow one of the official accounts 工信微报, 工信部反诈专班, 中国信通院, then open/)).toBeTruthy();
    expect(screen.getByText('Or, in Alipay, open the mini-program “一证通查”.')).toBeTruthy();
    expect(screen.getByText(`The answer comes by SMS from ${ONE_CARD.reply.sender} within 48 hours. If the query fails, check what you entered and try again after 24 hours.`)).toBeTruthy();
    expect(screen.getByText('No count entered yet. Ask first: the answer can take up to 48 hours.')).toBeTruthy();
    expect(screen.getByText(/No official list of the apps it checks is published\. At launch it covered 11 apps of 8 companies; Rebind knows 9 of them/)).toBeTruthy();
  });

  it('refuses a count that is not a whole number 0–999, with a clear error, and stores nothing', async () => {
    const n = await cn();
    render(<OneCardPanel number={n} />);
    const field = await screen.findByLabelText('Accounts it reported for this number');
    for (const bad of ['abc', '1000', '-2']) {
      fireEvent.input(field, { target: { value: bad } });
      fireEvent.click(screen.getByRole('button', { name: 'Save count' }));
      expect((await screen.findByRole('alert')).textContent).toBe('Enter the count from the SMS: a whole number from 0 to 999.');
      expect(field.getAttribute('aria-invalid')).toBe('true');
    }
    expect(await oneCardResults.getValue()).toEqual({});
  });

  it('compares the count with the list, names the partner apps to check, and adds one with a tap', async () => {
    const n = await cn();
    await addManualSite(db, 'wechat.com', n.id);
    await addManualSite(db, 'qq.com', n.id);
    render(<OneCardPanel number={n} />);
    fireEvent.input(await screen.findByLabelText('Accounts it reported for this number'), { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save count' }));
    expect(await screen.findByText('It reports 9 accounts at its partner apps; your list has 2 of the 9 apps it is known to check.')).toBeTruthy();
    expect(screen.getByText('In your list: WeChat, QQ')).toBeTruthy();
    expect(screen.getByText('7 may be missing. Check these:')).toBeTruthy();
    const missing = screen.getByRole('list', { name: 'Apps it checks that are not in your list' });
    const buttons = within(missing).getAllByRole('button').map((b) => b.textContent);
    expect(buttons).toHaveLength(7);
    expect(buttons).toContain('Add Taobao & Tmall');
    expect(buttons).toContain('Add Baidu (Search, Netdisk, Tieba) — its company is a partner');
    expect((await oneCardResults.getValue())[n.id]?.count).toBe(9);

    fireEvent.click(within(missing).getByRole('button', { name: 'Add Taobao & Tmall' }));
    expect(await screen.findByText('It reports 9 accounts at its partner apps; your list has 3 of the 9 apps it is known to check.')).toBeTruthy();
    const ev = await db.evidence.where('site').equals('taobao.com').toArray();
    expect(ev).toMatchObject([{ source: 'manual', numberId: n.id }]);
    expect(screen.getByText('6 may be missing. Check these:')).toBeTruthy();
  });

  it('says when the list already covers the count; clearing forgets it', async () => {
    const n = await cn();
    await addManualSite(db, 'alipay.com', n.id);
    await oneCardResults.setValue({ [n.id]: { count: 1, at: Date.now() } });
    render(<OneCardPanel number={n} />);
    expect(await screen.findByText('Your list has at least as many of its apps as it reports.')).toBeTruthy();
    expect(screen.getByText('It reports 1 account at its partner apps; your list has 1 of the 9 apps it is known to check.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear count' }));
    await waitFor(async () => expect(await oneCardResults.getValue()).toEqual({}));
    expect(await screen.findByText(/No count entered yet/)).toBeTruthy();
  });

  it('speaks Chinese', async () => {
    const tr = useLocale('zh');
    const n = await cn();
    await oneCardResults.setValue({ [n.id]: { count: 3, at: Date.now() } });
    render(<OneCardPanel number={n} />);
    expect(await screen.findByText(tr('onecard_compare_other', 3, 0, 9))).toBeTruthy();
    expect(screen.getByText(tr('onecard_gap_other', 3))).toBeTruthy();
    expect(screen.getByRole('button', { name: '添加微信' })).toBeTruthy();
    expect(screen.getByText('与“一证通查”结果对照')).toBeTruthy();
  });
});

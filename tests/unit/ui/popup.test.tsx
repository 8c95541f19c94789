import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { checklistFor } from '@/components/popup/Checklist';
import { getDb, type SiteRow } from '@/utils/db';
import { useLocale } from '../i18n';

const now = Date.now();
function row(site: string, over: Partial<SiteRow> = {}): SiteRow {
  return { site, kinds: ['login-otp'], status: 'todo', strength: 'signed-in', firstSeen: now, lastSeen: now, risk: 41, numberIds: [], ...over };
}

beforeEach(async () => {
  await Promise.all([getDb().sites.clear(), getDb().numbers.clear()]);
});
afterEach(cleanup);

describe('checklistFor', () => {
  it('keeps accounts of the number (or of no known number), riskiest first; contact-only sites stay out', () => {
    const { open, done } = checklistFor(
      [
        row('a.com', { risk: 10, kinds: ['bound-number'] }),
        row('b.com', { risk: 140, numberIds: ['n1'] }),
        row('c.com', { risk: 50, numberIds: ['n2'] }),
        row('d.com', { risk: 90, kinds: ['contact-phone'] }),
        row('e.com', { risk: 60, status: 'changed', numberIds: ['n1'] }),
      ],
      'n1',
    );
    expect(open.map((r) => r.site)).toEqual(['b.com', 'a.com']);
    expect(done.map((r) => r.site)).toEqual(['e.com']);
  });
});

describe('Popup', () => {
  it('explains what Rebind does when the inventory is empty', async () => {
    const tr = useLocale('en');
    render(<Popup />);
    expect(await screen.findByRole('heading', { name: tr('ui_empty_title') })).toBeTruthy();
    expect(screen.getByRole('link', { name: tr('ui_empty_history') })).toBeTruthy();
    expect(screen.getByRole('link', { name: tr('ui_empty_passwords') })).toBeTruthy();
  });

  it('counts down to zero as accounts are marked, then says what to do next (zh)', async () => {
    const tr = useLocale('zh');
    await getDb().sites.bulkPut([row('pay.example', { risk: 140 }), row('forum.example', { risk: 20, kinds: ['mfa-sms'] })]);
    render(<Popup />);
    const progress = await screen.findByText(`${tr('ui_progress', 0, 2)} · ${tr('ui_progress_left', 2)}`);
    expect(progress).toBeTruthy();
    const items = document.querySelectorAll('.checklist > ul.site-list > li');
    expect([...items].map((li) => li.getAttribute('data-site'))).toEqual(['pay.example', 'forum.example']);
    fireEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: tr('ui_action_changed') }));
    fireEvent.click(within(items[1] as HTMLElement).getByRole('button', { name: tr('ui_action_ignore') }));
    await screen.findByText(`${tr('ui_progress', 2, 2)} · ${tr('ui_progress_left', 0)}`);
    expect(screen.getByText(tr('ui_next_cancel'))).toBeTruthy();
    expect((await getDb().sites.get('pay.example'))?.status).toBe('changed');
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

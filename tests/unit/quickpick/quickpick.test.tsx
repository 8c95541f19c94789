import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { QuickPick, quickPickSites } from '@/components/quickpick/QuickPick';
import quickPick from '../../../data/quick-pick.json';
import { useScreens } from '../screens';
import { addNumber } from '@/utils/numbers/numbers';

const { db } = useScreens();

describe('quick pick', () => {
  it('offers the country list first, then the global one, every site a catalog entry', () => {
    const cn = quickPickSites('CN');
    expect(cn.length).toBe(new Set([...quickPick.countries.CN, ...quickPick.global]).size);
    expect(cn[0]).toBe('wechat.com');
    expect(quickPickSites('US')).toEqual(quickPick.global);
  });

  it('one tap adds the service for the number (evidence manual); search finds more', async () => {
    const n = await addNumber(db, { label: 'Old', country: 'CN', number: '13800138000' }, false);
    render(<QuickPick />);
    const wechat = await screen.findByRole('button', { name: 'WeChat' });
    expect(wechat.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(wechat);
    await waitFor(async () => expect(await db.sites.get('wechat.com')).toBeTruthy());
    const [ev] = await db.evidence.toArray();
    expect(ev).toMatchObject({ site: 'wechat.com', source: 'manual', numberId: n.id });
    await waitFor(() => expect(screen.getByRole('button', { name: /WeChat/ }).getAttribute('aria-pressed')).toBe('true'));
    expect(await screen.findByText('1 picked for this number.')).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Search for more'), { target: { value: 'mango' } });
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(results.textContent).toContain('Mango TV');
    fireEvent.input(screen.getByLabelText('Search for more'), { target: { value: 'zzzz-no-such' } });
    expect(await screen.findByText(/No service by that name/)).toBeTruthy();
  });
});

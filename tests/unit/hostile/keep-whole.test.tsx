// Hostile input, "keep whole numbers" off: the settings screen never shows a box it has not read
// (a box shown unticked while the setting loaded made unticking it do nothing, and the whole
// number stayed: the end-to-end test's flaky failure), a stale read never beats a newer change,
// and a whole number written after the setting went off goes too.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsView } from '@/components/dashboard/SettingsView';
import { NumbersManager } from '@/components/inventory';
import { getDb } from '@/utils/db';
import { addNumber, watchWholeNumbers } from '@/utils/numbers/numbers';
import { keepWholeNumbers } from '@/utils/settings';
import { useLocale } from '../i18n';

const BOX = { name: 'Keep my whole numbers' };

/** Storage reads that answer only when `release()` is called: a busy machine. */
function slowReads() {
  const area = fakeBrowser.storage.local;
  const get = area.get.bind(area) as (keys?: unknown) => Promise<Record<string, unknown>>;
  const waiting: (() => void)[] = [];
  const spy = vi.spyOn(area, 'get').mockImplementation(((keys?: unknown) => {
    // The value is read now and handed over later, as a browser that read it before a write.
    const value = get(keys);
    return new Promise((ok) => waiting.push(() => ok(value)));
  }) as never);
  return {
    /** Later reads answer at once; the ones already out stay waiting. */
    fast: () => spy.mockRestore(),
    release: () => {
      spy.mockRestore();
      for (const go of waiting.splice(0)) go();
    },
  };
}

beforeEach(async () => {
  await getDb().delete({ disableAutoOpen: false });
  useLocale('en');
  fakeBrowser.permissions.contains = (async () => false) as never;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('turning "keep whole numbers" off', () => {
  it('shows no box until the setting is read, then unticking it removes the whole number', async () => {
    await keepWholeNumbers.setValue(true);
    await addNumber(getDb(), { label: 'Home', country: 'CN', number: '139 0013 9000' });
    expect((await getDb().numbers.toArray())[0]?.whole).toBe('+8613900139000');
    watchWholeNumbers(getDb);

    const reads = slowReads();
    render(<SettingsView />);
    await screen.findByRole('heading', { name: 'Settings' });
    // Still reading: no box that says "off" while the setting is on.
    expect(screen.queryByRole('checkbox', BOX)).toBeNull();
    reads.release();
    const box = (await screen.findByRole('checkbox', BOX)) as HTMLInputElement;
    expect(box.checked).toBe(true);

    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(false));
    expect(await keepWholeNumbers.getValue()).toBe(false);
    await vi.waitFor(async () => expect((await getDb().numbers.toArray()).some((n) => n.whole)).toBe(false));
    const [n] = await getDb().numbers.toArray();
    expect(n?.mac).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await getDb().numbers.toArray())).not.toContain('13900139000');
    cleanup();

    // The number is still listed, by the digits a masked display shows.
    render(<NumbersManager />);
    const item = await screen.findByText('139…9000');
    expect(item.closest('li')?.textContent).not.toContain('13900139000');
  });

  it('a read that started before a change does not put the old value back on screen', async () => {
    await keepWholeNumbers.setValue(true);
    const reads = slowReads();
    render(<SettingsView />);
    await screen.findByRole('heading', { name: 'Settings' });
    // Another screen (or a restored backup) turns it off while this screen's first read is out.
    reads.fast();
    await keepWholeNumbers.setValue(false);
    const box = (await screen.findByRole('checkbox', BOX)) as HTMLInputElement;
    reads.release();
    await new Promise((r) => setTimeout(r, 50));
    expect(box.checked).toBe(false);
  });

  it('removes a whole number written after the setting went off (a form that read it before)', async () => {
    await keepWholeNumbers.setValue(false);
    // The form read "on", then the person turned it off and the removal ran before this write.
    await addNumber(getDb(), { label: 'Work', country: 'CN', number: '138 0013 8000' }, true);
    const rows = await getDb().numbers.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.whole).toBeUndefined();
    expect(rows[0]?.suffix).toBe('8000');
  });
});

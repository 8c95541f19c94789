// Hostile input, a full disk: a write the background can't make (a forced QuotaExceededError
// at the table write, or a database that refuses writes) is told on the popup and the
// dashboard, in both languages, until the person dismisses it; nothing stored before is lost.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WriteProblemBanner } from '@/components/common/WriteProblemBanner';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { Popup } from '@/components/popup/Popup';
import { handleFinding, handleSubmit } from '@/entrypoints/background/handlers';
import { getDb } from '@/utils/db';
import { noteWriteFailure, writeProblem } from '@/utils/db/health';
import type { FindingPayload } from '@/utils/messages/protocol';
import { addNumber, watchWholeNumbers } from '@/utils/numbers/numbers';
import { keepWholeNumbers } from '@/utils/settings';
import { useLocale } from '../i18n';

const finding: FindingPayload = { kinds: ['login-otp'], confidence: 0.9, signals: ['tel-field', 'send-code'], masked: [] };
const tab = (url: string) => ({ id: 7, index: 0, url, incognito: false, active: true, pinned: false, highlighted: false, windowId: 1 }) as never;
const sender = (url: string) => ({ id: fakeBrowser.runtime.id, url, tab: tab(url) });

/** Every table's rows as text. */
async function everything(): Promise<string> {
  const db = getDb();
  const [sites, evidence, numbers] = await Promise.all([db.sites.toArray(), db.evidence.toArray(), db.numbers.toArray()]);
  return JSON.stringify({ sites, evidence, numbers });
}

/** Every write to a table fails as a full disk does, until the returned function is called. */
function fullDisk(name = 'QuotaExceededError') {
  const fail = () => {
    throw new DOMException(name === 'QuotaExceededError' ? 'The quota has been exceeded.' : 'An internal error occurred.', name);
  };
  const spies = [
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(fail),
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(fail),
  ];
  return () => spies.forEach((s) => s.mockRestore());
}

beforeEach(async () => {
  await getDb().delete({ disableAutoOpen: false });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  fakeBrowser.permissions.contains = (async () => false) as never;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a write the background could not make', () => {
  it('is told on the popup and the dashboard with what to do, and nothing stored before is lost', async () => {
    const tr = useLocale('en');
    await handleFinding(finding, sender('https://accounts.example.com/login'));
    const before = await everything();
    expect(before).toContain('example.com');

    const restore = fullDisk();
    await expect(handleFinding({ ...finding, kinds: ['mfa-sms'] }, sender('https://www.shop-one.com/account'))).rejects.toThrow();
    await expect(handleSubmit({ kinds: ['login-otp'] }, sender('https://accounts.example.com/login'))).rejects.toThrow();
    restore();
    // The failed writes left every row as it was.
    expect(await everything()).toBe(before);

    const said =
      "Rebind could not save what it found on example.com, shop-one.com: your browser's storage is full. " +
      'Free some disk space, then open the page again so Rebind can record it.';
    expect(tr('health_save_quota', 'example.com, shop-one.com')).toBe(said);
    render(<Popup />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Rebind could not save everything');
    expect(alert.textContent).toContain(said);
    expect(alert.textContent).toContain('Error: QuotaExceededError');
    cleanup();

    render(<Dashboard />);
    expect((await screen.findByRole('alert')).textContent).toContain(said);
    // A real button: reached with Tab, pressed with Enter or Space.
    const dismiss = screen.getByRole('button', { name: 'Dismiss the message about what Rebind could not save' });
    expect(dismiss.tagName).toBe('BUTTON');
    dismiss.focus();
    expect(document.activeElement).toBe(dismiss);
    fireEvent.click(dismiss);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await writeProblem.getValue()).toBeNull();
    expect(await everything()).toBe(before);
  });

  it('says so in Chinese, and names a database that refuses writes for what it is', async () => {
    const tr = useLocale('zh');
    const restore = fullDisk('UnknownError');
    await expect(handleFinding(finding, sender('https://www.shop-two.com/login'))).rejects.toThrow();
    restore();
    expect(await getDb().sites.count()).toBe(0);
    render(<WriteProblemBanner />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Rebind 未能保存在 shop-two.com 上发现的内容：浏览器不允许它写入数据库。请重启浏览器');
    expect(alert.textContent).toContain(tr('safety_db_detail', 'UnknownError'));
    expect(screen.getByRole('button', { name: '关闭关于 Rebind 未能保存内容的提示' }).textContent).toBe('知道了');
  });

  it('keeps the newest few sites, each once', async () => {
    for (const site of ['a.com', 'b.com', 'a.com', 'c.com', 'd.com']) await noteWriteFailure(new DOMException('full', 'QuotaExceededError'), 'save', site);
    expect((await writeProblem.getValue())?.sites).toEqual(['d.com', 'c.com', 'a.com']);
  });

  it('tells when whole numbers could not be removed after the setting went off', async () => {
    await keepWholeNumbers.setValue(true);
    await addNumber(getDb(), { label: 'Home', country: 'CN', number: '139 0013 9000' });
    // The background's wiring (entrypoints/background/index.ts).
    watchWholeNumbers(getDb, (e) => noteWriteFailure(e, 'removeWhole'));
    await new Promise((r) => setTimeout(r, 50));
    const restore = fullDisk();
    await keepWholeNumbers.setValue(false);
    render(<WriteProblemBanner />);
    const alert = await screen.findByRole('alert');
    restore();
    expect(alert.textContent).toContain(
      'You turned off “Keep my whole numbers”, but Rebind could not remove the whole numbers it kept: ' +
        "your browser's storage is full. Free some disk space, then restart the browser: Rebind tries again each time it starts.",
    );
  });
});

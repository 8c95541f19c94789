// A hostile settings page against the guide overlay: it reads the overlay, clicks its buttons,
// pre-inserts the element, replays the "different number" offer; and the person's own UI.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfirmChanged } from '@/components/dashboard/ConfirmChanged';
import { SiteDetail } from '@/components/dashboard/SiteDetail';
import { PrivacyView } from '@/components/dashboard/SettingsView';
import { DbGuard } from '@/components/common/DbGuard';
import { getDb, type SiteRow } from '@/utils/db';
import { openDatabase } from '@/utils/db/schema';
import { showGuide } from '@/utils/guide/content';
import { mountOverlay, overlayRoot } from '@/utils/guide/overlay';
import { useLocale } from '../i18n';

let ctl: AbortController;
const PAGE = `<h1>Security</h1><section><h2>Phone</h2><p id="num">+1 ••• ••• 7730</p></section>`;
beforeEach(() => {
  ctl = new AbortController();
  document.body.innerHTML = PAGE;
});
afterEach(() => {
  ctl.abort();
  cleanup();
  document.querySelectorAll('rebind-guide').forEach((e) => e.remove());
  history.replaceState(null, '', '/');
});

const hint = { site: 'example.com', knownMasked: ['+1*1234'] };

describe('the page cannot read, click or stand in for the overlay', () => {
  it('the shadow root is closed: the page sees neither it nor the numbers in it', async () => {
    const host = mountOverlay(document, hint, { signal: ctl.signal, markChanged: vi.fn(), offer: async () => true, debounceMs: 5 });
    await vi.waitFor(() => expect(overlayRoot(host)!.textContent).toContain('7730'));
    expect(host.shadowRoot).toBeNull();
    expect(document.documentElement.textContent!.split('7730')).toHaveLength(2); // only the page's own text
  });

  it('clicks a script dispatches at its buttons do nothing', async () => {
    const markChanged = vi.fn(async () => undefined);
    const host = mountOverlay(document, hint, { signal: ctl.signal, markChanged, offer: async () => true, debounceMs: 5 });
    const root = overlayRoot(host)!;
    const tr = useLocale('en');
    // Even handed the buttons (the page cannot reach them), synthetic clicks are untrusted.
    await vi.waitFor(() => expect(root.textContent).toContain(tr('guide_overlay_mark')));
    for (const b of root.querySelectorAll('button')) {
      b.click();
      b.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
    expect(markChanged).not.toHaveBeenCalled();
    expect(host.isConnected).toBe(true); // "Not now" / "Dismiss" were not pressed either
  });

  it('a <rebind-guide> the page put there does not suppress the overlay', async () => {
    document.body.append(document.createElement('rebind-guide'));
    const send = vi.fn(async (type: string) => (type === 'cs-bg-guide-hint' ? hint : false));
    const host = await showGuide(document, send, ctl.signal);
    expect(host).not.toBeNull();
    expect(overlayRoot(host!)).toBeTruthy();
    // Injected again, it does not add a second one.
    expect(await showGuide(document, send, ctl.signal)).toBeNull();
  });

  it('shows the other number masked, the way every Rebind screen does', async () => {
    const tr = useLocale('en');
    const host = mountOverlay(document, hint, { signal: ctl.signal, markChanged: vi.fn(), offer: async () => true, debounceMs: 5 });
    await vi.waitFor(() => expect(overlayRoot(host)!.textContent).toContain(tr('guide_overlay_changed', '+1 ••••7730', 'example.com')));
    expect(overlayRoot(host)!.textContent).not.toContain('*');
  });

  it('once the session\'s offer is used, a reload with another number shows no offer', async () => {
    const tr = useLocale('en');
    const offer = vi.fn(async () => false);
    const host = mountOverlay(document, hint, { signal: ctl.signal, markChanged: vi.fn(), offer, debounceMs: 5 });
    await vi.waitFor(() => expect(offer).toHaveBeenCalledOnce());
    document.getElementById('num')!.textContent = '+1 ••• ••• 0001';
    await new Promise((r) => setTimeout(r, 50));
    expect(offer).toHaveBeenCalledOnce();
    expect(overlayRoot(host)!.textContent).not.toContain(tr('guide_overlay_mark'));
  });
});

describe("status changes are confirmed in Rebind's own page", () => {
  const row: SiteRow = { site: 'example.com', kinds: ['login-otp'], status: 'todo', strength: 'bound-number', firstSeen: 1, lastSeen: 1, risk: 41, numberIds: [] };
  beforeEach(async () => {
    await getDb().sites.clear();
    await getDb().sites.put(row);
  });

  it('the dashboard opened with ?confirm-changed asks, and only its button changes the status', async () => {
    const tr = useLocale('zh');
    history.replaceState(null, '', '/options.html?confirm-changed=example.com#sites');
    render(<ConfirmChanged />);
    expect(await screen.findByText(tr('safety_confirm_question', 'example.com'))).toBeTruthy();
    expect((await getDb().sites.get('example.com'))?.status).toBe('todo');
    fireEvent.click(screen.getByRole('button', { name: tr('guide_overlay_mark') }));
    await waitFor(async () => expect((await getDb().sites.get('example.com'))?.status).toBe('changed'));
    expect(await screen.findByText(tr('safety_confirm_done', 'example.com'))).toBeTruthy();
    expect(location.search).toBe('');
  });

  it('"Not now" changes nothing; a site not in the inventory asks nothing', async () => {
    const tr = useLocale('en');
    history.replaceState(null, '', '/options.html?confirm-changed=example.com');
    render(<ConfirmChanged />);
    fireEvent.click(await screen.findByRole('button', { name: tr('guide_overlay_notNow') }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect((await getDb().sites.get('example.com'))?.status).toBe('todo');
    cleanup();
    history.replaceState(null, '', '/options.html?confirm-changed=unknown.example');
    render(<ConfirmChanged />);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('forget and erase ask first, in both languages', () => {
  const row: SiteRow = { site: 'example.com', kinds: ['login-otp'], status: 'todo', strength: 'visited', firstSeen: 1, lastSeen: 1, risk: 41, numberIds: [] };
  beforeEach(async () => {
    await Promise.all([getDb().sites.clear(), getDb().evidence.clear()]);
    await getDb().sites.put(row);
    await getDb().evidence.add({ site: 'example.com', at: 1, source: 'page', strength: 'visited', kinds: ['login-otp'] });
  });

  it.each(['en', 'zh'] as const)('forget this site (%s): cancel keeps it, confirm deletes it', async (lang) => {
    const tr = useLocale(lang);
    const onClose = vi.fn();
    render(<SiteDetail row={row} numbers={[]} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: tr('safety_forget_button') }));
    expect(screen.getByText(tr('safety_forget_question', 'example.com'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: tr('inv_cancel') }));
    expect(await getDb().sites.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: tr('safety_forget_button') }));
    const yes = screen.getByRole('button', { name: tr('safety_forget_yes') });
    expect(document.activeElement).toBe(yes);
    fireEvent.click(yes);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect([await getDb().sites.count(), await getDb().evidence.count()]).toEqual([0, 0]);
  });

  it.each(['en', 'zh'] as const)('erase everything (%s) asks, then erases', async (lang) => {
    const tr = useLocale(lang);
    render(<PrivacyView />);
    fireEvent.click(screen.getByRole('button', { name: tr('safety_erase_button') }));
    expect(screen.getByText(tr('safety_erase_question'))).toBeTruthy();
    expect(await getDb().sites.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: tr('safety_erase_yes') }));
    expect(await screen.findByText(tr('safety_erase_done'))).toBeTruthy();
    expect([await getDb().sites.count(), await getDb().evidence.count()]).toEqual([0, 0]);
  });
});

describe('a database that cannot open or upgrade is said, not hidden', () => {
  const raw = (name: string, version: number, upgrade?: (db: IDBDatabase) => void): Promise<void> =>
    new Promise<void>((ok, fail) => {
      const req = indexedDB.open(name, version);
      req.onupgradeneeded = () => upgrade?.(req.result);
      req.onsuccess = () => {
        req.result.close();
        ok();
      };
      req.onerror = () => fail(req.error);
    });
  let n = 0;
  const risk = (): number => 0;
  const failingRisk = (): number => {
    throw new Error('risk failed');
  };

  it.each([
    // A newer Rebind left the database at a version this code does not know, without our tables.
    ['en', 'a newer database without the tables', (name: string): Promise<void> => raw(name, 9_990), 'NotFoundError', risk],
    // A newer version re-keyed a table.
    ['zh', 'a newer database with other keys', (name: string): Promise<void> =>
      raw(name, 9_990, (db) => {
        db.createObjectStore('sites', { keyPath: 'id' });
        db.createObjectStore('evidence', { keyPath: 'id' });
        db.createObjectStore('numbers', { keyPath: 'id' });
      }), 'SchemaError (sites)', risk],
    // The upgrade from version 1 fails half way.
    ['en', 'an upgrade that fails', async (name: string): Promise<void> => {
      const v1 = openDatabase(name);
      v1.close();
      await raw(name, 10, (db) => {
        db.createObjectStore('sites', { keyPath: 'site' }).put({ site: 'a.com' });
        db.createObjectStore('evidence', { keyPath: 'id', autoIncrement: true });
        db.createObjectStore('numbers', { keyPath: 'id' });
      });
    }, 'Error', failingRisk],
  ] as const)('%s: %s: the screen says so instead of its content', async (lang, _label, prepare, detail, riskOf) => {
    const tr = useLocale(lang);
    const name = `broken-${n++}-${Date.now()}`;
    await prepare(name);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <DbGuard db={() => openDatabase(name, riskOf)}>
        <p>inventory</p>
      </DbGuard>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(tr('safety_db_title'));
    expect(screen.getByText(tr('safety_db_detail', detail))).toBeTruthy();
    expect(screen.queryByText('inventory')).toBeNull();
  });

  it('a database that opens shows the screen', async () => {
    render(
      <DbGuard db={() => openDatabase(`fine-${Date.now()}`)}>
        <p>inventory</p>
      </DbGuard>,
    );
    expect(await screen.findByText('inventory')).toBeTruthy();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountOverlay, overlayRoot } from '@/utils/guide/overlay';
import { useLocale } from '../i18n';

let ctl: AbortController;
beforeEach(() => {
  ctl = new AbortController();
  document.body.innerHTML = `<h1>Settings</h1><section id="phone"><h2>Phone</h2><p id="num">138****5678</p></section>`;
});
afterEach(() => ctl.abort());

const shadow = (host: HTMLElement) => overlayRoot(host)!;
// happy-dom's click() is untrusted like a page script's: these tests stand in for a person's click.
const person = { trusted: () => true, offer: async () => true };

describe('settings-page overlay', () => {
  it('points at the phone section, renders the site as text, and is dismissable', () => {
    const tr = useLocale('en');
    const site = '<img src=x onerror=alert(1)>.com';
    const host = mountOverlay(document, { site, knownMasked: ['138*5678'] }, { ...person, signal: ctl.signal, markChanged: vi.fn() });
    const card = shadow(host).querySelector('.card')!;
    expect(card.textContent).toContain(tr('guide_overlay_title', site));
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain(tr('guide_overlay_here'));
    const buttons = [...card.querySelectorAll('button')];
    buttons.find((b) => b.textContent === tr('guide_overlay_show'))!.click();
    expect(shadow(host).querySelector('.ring')).not.toBeNull();
    buttons.find((b) => b.textContent === tr('guide_overlay_dismiss'))!.click();
    expect(document.querySelector('rebind-guide')).toBeNull();
  });

  it('offers to mark the site changed when the page shows another number, and hands the decision to Rebind', async () => {
    const tr = useLocale('zh');
    const markChanged = vi.fn().mockResolvedValue(undefined);
    const host = mountOverlay(document, { site: 'example.com', knownMasked: ['138*5678'] }, { ...person, signal: ctl.signal, markChanged, debounceMs: 5 });
    document.getElementById('num')!.textContent = '139****0001';
    // The number shown masked, as every Rebind screen shows it (not "139*0001").
    await vi.waitFor(() => expect(shadow(host).textContent).toContain(tr('guide_overlay_changed', '139••••0001', 'example.com')));
    const mark = [...shadow(host).querySelectorAll('button')].find((b) => b.textContent === tr('guide_overlay_mark'))!;
    mark.click();
    expect(markChanged).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(shadow(host).textContent).toContain(tr('guide_overlay_confirm', 'example.com')));
  });

  it('goes away when the content script stops', () => {
    useLocale('en');
    mountOverlay(document, { site: 'example.com', knownMasked: [] }, { ...person, signal: ctl.signal, markChanged: vi.fn() });
    expect(document.querySelector('rebind-guide')).not.toBeNull();
    ctl.abort();
    expect(document.querySelector('rebind-guide')).toBeNull();
  });
});

// The settings-page overlay: a small card in a shadow root pointing at the phone section, for a
// tab the person opened from Rebind. It never covers the page (a corner card, the highlight lets
// clicks through), is dismissable, and writes page text only as text. The page cannot read it
// (closed shadow root), click it (trusted events only) or stand in for it (mounted hosts are
// known in the script's own world, not by tag name).
import { t } from '../i18n';
import { showMasked } from '../numbers/show';
import { findPhoneSection, maskedOnPage, showsDifferentNumber } from './page';

// The overlay script runs in the extension's isolated world: its globals are invisible to the
// page, and survive the script being injected again after a navigation.
const REGISTRY = Symbol.for('rebind.guide.hosts');
type Registry = { hosts: WeakSet<Element>; roots: WeakMap<Element, ShadowRoot> };
function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[REGISTRY] ??= { hosts: new WeakSet(), roots: new WeakMap() });
}

/** Whether the document already carries an overlay this script mounted (a page's own <rebind-guide> does not count). */
export function hasOverlay(doc: Document): boolean {
  const { hosts } = registry();
  return [...doc.querySelectorAll('rebind-guide')].some((e) => hosts.has(e));
}

/** The overlay's closed shadow root, for the script that mounted it (and tests); the page gets null. */
export const overlayRoot = (host: Element): ShadowRoot | undefined => registry().roots.get(host);

export interface OverlayHint {
  site: string;
  knownMasked: string[];
}

export interface OverlayDeps {
  /** Tell the background the person wants the site marked changed (they confirm in Rebind). */
  markChanged: () => Promise<unknown>;
  /** Ask the background whether the one "different number" offer of this guide session is free. */
  offer: () => Promise<boolean>;
  /** Only a person's own clicks count (tests may stand in for the browser here). */
  trusted?: (e: Event) => boolean;
  signal: AbortSignal;
  /** Debounce for page changes, ms. */
  debounceMs?: number;
}

const CSS = `
:host { all: initial; }
.card { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 320px;
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  background: #fff; color: #1b1f24; border: 2px solid #0b57d0; border-radius: 8px; padding: 12px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); pointer-events: auto; }
.ring { position: absolute; z-index: 2147483646; border: 3px solid #0b57d0; border-radius: 6px;
  pointer-events: none; box-shadow: 0 0 0 4px rgba(11,87,208,.25); }
p { margin: 0 0 8px; }
strong { display: block; margin-bottom: 4px; }
.row { display: flex; gap: 8px; flex-wrap: wrap; }
button { font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid #0b57d0;
  background: #0b57d0; color: #fff; cursor: pointer; }
button.secondary { background: transparent; color: #0b57d0; }
button:focus-visible { outline: 2px solid #1b1f24; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #16181c; color: #e6e8eb; border-color: #8ab4f8; }
  button { background: #8ab4f8; border-color: #8ab4f8; color: #16181c; }
  button.secondary { background: transparent; color: #8ab4f8; }
  button:focus-visible { outline-color: #e6e8eb; }
  .ring { border-color: #8ab4f8; }
}`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, cls?: string) {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** Mounts the overlay; returns the host element (removed again on dismiss or abort). */
export function mountOverlay(doc: Document, hint: OverlayHint, deps: OverlayDeps): HTMLElement {
  const host = doc.createElement('rebind-guide');
  const root = host.attachShadow({ mode: 'closed' });
  registry().hosts.add(host);
  registry().roots.set(host, root);
  const trusted = deps.trusted ?? ((e: Event) => e.isTrusted);
  root.append(el(doc, 'style', CSS));
  const card = el(doc, 'div', undefined, 'card');
  card.setAttribute('role', 'complementary');
  card.setAttribute('aria-label', t('extName'));
  root.append(card);
  doc.documentElement.append(host);

  const ring = el(doc, 'div', undefined, 'ring');
  let target: Element | null = null;
  let offered = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const place = () => {
    if (!target || !target.isConnected) return ring.remove();
    const r = target.getBoundingClientRect();
    const view = doc.defaultView;
    Object.assign(ring.style, {
      left: `${r.left + (view?.scrollX ?? 0) - 4}px`,
      top: `${r.top + (view?.scrollY ?? 0) - 4}px`,
      width: `${r.width + 8}px`,
      height: `${r.height + 8}px`,
    });
    if (!ring.isConnected) root.append(ring);
  };

  const close = () => {
    observer.disconnect();
    clearTimeout(timer);
    host.remove();
  };

  const button = (text: string, onClick: () => void, secondary = false) => {
    const b = el(doc, 'button', text, secondary ? 'secondary' : undefined);
    b.type = 'button';
    // A script on the page can dispatch clicks at any element it can reach: ignore those.
    b.addEventListener('click', (e) => {
      if (trusted(e)) onClick();
    });
    return b;
  };

  const showPointer = () => {
    target = findPhoneSection(doc);
    card.replaceChildren(el(doc, 'strong', t('guide_overlay_title', hint.site)));
    card.append(el(doc, 'p', t(target ? 'guide_overlay_here' : 'guide_overlay_look')));
    const row = el(doc, 'div', undefined, 'row');
    if (target) {
      row.append(
        button(t('guide_overlay_show'), () => {
          target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
          place();
        }),
      );
    }
    row.append(button(t('guide_overlay_dismiss'), close, true));
    card.append(row);
    place();
  };

  const offerChanged = (seen: string) => {
    offered = true;
    card.replaceChildren(el(doc, 'strong', t('guide_overlay_title', hint.site)));
    card.append(el(doc, 'p', t('guide_overlay_changed', [showMasked(seen), hint.site])));
    const row = el(doc, 'div', undefined, 'row');
    row.append(
      button(t('guide_overlay_mark'), () => {
        deps.markChanged().then(
          () => {
            card.replaceChildren(el(doc, 'p', t('guide_overlay_confirm', hint.site)));
            card.append(button(t('guide_overlay_dismiss'), close, true));
          },
          () => card.append(el(doc, 'p', t('guide_overlay_failed'))),
        );
      }),
      button(t('guide_overlay_notNow'), close, true),
    );
    card.append(row);
    ring.remove();
  };

  let asking = false;
  const check = () => {
    if (offered || asking || !host.isConnected) return;
    const seen = maskedOnPage(doc);
    if (showsDifferentNumber(hint.knownMasked, seen)) {
      // One offer per guide session, counted by the background: reloads cannot replay it.
      asking = true;
      deps.offer().then(
        (ok) => {
          asking = false;
          if (ok && host.isConnected) offerChanged(seen[0]!);
          else offered = true;
        },
        () => {
          asking = false;
        },
      );
    } else if (!target?.isConnected) showPointer();
    else place();
  };

  const observer = new MutationObserver((records) => {
    if (records.every((r) => host.contains(r.target) || r.target === host)) return;
    clearTimeout(timer);
    timer = setTimeout(check, deps.debounceMs ?? 400);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  deps.signal.addEventListener('abort', close, { once: true });

  showPointer();
  check();
  return host;
}

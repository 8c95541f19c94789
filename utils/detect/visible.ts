// Is an element rendered? Hidden templates and display:none steps must not count.

const MAX_ANCESTORS = 64;

type Checkable = Element & { checkVisibility?: (o?: object) => boolean };

export function isShown(el: Element): boolean {
  try {
    if ((el as HTMLElement).hidden) return false;
    if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
    const c = el as Checkable;
    // Chromium and Firefox: one call that sees ancestors, across shadow boundaries.
    if (typeof c.checkVisibility === 'function') {
      return c.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true });
    }
    return shownByStyle(el);
  } catch {
    return false;
  }
}

// Fallback for engines without checkVisibility (and the unit-test DOM).
function shownByStyle(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  let node: Element | null = el;
  for (let i = 0; node && i < MAX_ANCESTORS; i++) {
    if ((node as HTMLElement).hidden || node.tagName === 'TEMPLATE') return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || (node === el && style.visibility === 'hidden'))) return false;
    const parent: Node | null = node.parentNode;
    node = parent instanceof Element ? parent : parent && 'host' in parent ? (parent as ShadowRoot).host : null;
  }
  return true;
}

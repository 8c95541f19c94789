// Is an element rendered? Hidden templates and display:none steps must not count.
// checkVisibility sees ancestors and crosses shadow boundaries (Chromium 105+, Firefox 106+);
// an engine without it counts everything as shown rather than nothing.
type Checkable = Element & { checkVisibility?: (o?: object) => boolean };

export function isShown(el: Element): boolean {
  try {
    return (el as Checkable).checkVisibility?.({ visibilityProperty: true, checkVisibilityCSS: true }) ?? true;
  } catch {
    return false;
  }
}

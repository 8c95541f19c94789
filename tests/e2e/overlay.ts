// The guide overlay lives in a closed shadow root: page scripts (and Playwright's selectors)
// cannot reach into it. DevTools can: these helpers read it through the DOM domain (pierce) and
// press its buttons with real mouse input, which the browser marks as trusted like a person's.
import type { BrowserContext, Page } from '@playwright/test';

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

async function withDom<T>(context: BrowserContext, page: Page, fn: (root: DomNode, send: (m: string, p?: object) => Promise<unknown>) => Promise<T>): Promise<T> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return await fn(root, (m, p) => cdp.send(m as never, p as never));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

function* walk(n: DomNode): Generator<DomNode> {
  yield n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) yield* walk(c);
}

const text = (n: DomNode): string => [...walk(n)].filter((x) => x.nodeType === 3).map((x) => x.nodeValue).join('');

/** The overlays' shadow roots, found by host element name. */
function overlayRoots(root: DomNode): DomNode[] {
  return [...walk(root)].filter((n) => n.nodeName === 'REBIND-GUIDE').flatMap((n) => n.shadowRoots ?? []);
}

/** Text inside Rebind's overlay ('' when there is none). */
export async function overlayText(context: BrowserContext, page: Page): Promise<string> {
  return withDom(context, page, async (root) => overlayRoots(root).map(text).join('\n'));
}

/** How many elements with this class the overlay holds (e.g. 'ring', 'card'). */
export async function overlayCount(context: BrowserContext, page: Page, cls: string): Promise<number> {
  return withDom(context, page, async (root) =>
    overlayRoots(root).flatMap((r) => [...walk(r)]).filter((n) => {
      const a = n.attributes ?? [];
      const i = a.indexOf('class');
      return i >= 0 && a[i + 1]!.split(/\s+/).includes(cls);
    }).length,
  );
}

/** Presses the overlay button with this text as a person would (a trusted mouse click). */
export async function pressOverlayButton(context: BrowserContext, page: Page, name: string): Promise<void> {
  const box = await withDom(context, page, async (root, send) => {
    const button = overlayRoots(root).flatMap((r) => [...walk(r)]).find((n) => n.nodeName === 'BUTTON' && text(n) === name);
    if (!button) throw new Error(`no overlay button "${name}"`);
    const { model } = (await send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
    return model.content;
  });
  const xs = [box[0]!, box[2]!, box[4]!, box[6]!];
  const ys = [box[1]!, box[3]!, box[5]!, box[7]!];
  await page.mouse.click((Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2);
}

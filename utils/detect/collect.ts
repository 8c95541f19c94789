// Walks a page once, within fixed caps, and gathers what the signals read: form controls,
// buttons and links (the text walk for prose and masked numbers is text-walk.ts). Open shadow roots and
// same-origin frames are followed; closed roots and cross-origin frames cannot be read.
// A generator: it yields at safe points so the content script can slice the work.
import { attr, textOf, words } from './text';

export const LIMITS = {
  /** documents and shadow roots visited */
  roots: 64,
  /** nesting of shadow roots and frames */
  depth: 8,
  controls: 3000,
  links: 400,
  textNodes: 60_000,
  maskedCandidates: 200,
  /** texts with digits kept until the background says whether they name "ending in" */
  maskedAsked: 400,
  /** short texts kept for the prose signals (notices, option labels, totals) */
  prose: 600,
  /** elements handled between two yields */
  chunk: 512,
};

export type Root = Document | ShadowRoot;
export type ControlTag = 'input' | 'textarea' | 'select' | 'button' | 'link';

export interface Control {
  el: HTMLElement;
  tag: ControlTag;
  /** input type, lower case ('' for non-inputs) */
  type: string;
  autocomplete: string;
  /** name, id, placeholder, aria-label, title, label text: folded to words */
  text: string;
  /** what a button or link says */
  own: string;
  inputmode: string;
  maxLength: number;
  /** the form it belongs to, or the root it sits in */
  group: Node;
  /** what fields.ts concluded about it, kept while its attributes stay the same */
  memo: Record<string, boolean>;
  /** rendered, read at most once per scan */
  shown?: boolean;
}

export interface MaskedCandidate {
  text: string;
  el: Element;
  /** kept only if the background says this text (lower case) names "ending in": keepCandidates() */
  ask?: string;
}

export interface Collected {
  roots: Root[];
  /** how deep each root is nested (frames, shadow roots), by index in `roots` */
  depths: number[];
  controls: Control[];
  candidates: MaskedCandidate[];
  /** short visible-ish texts of the page, lower case: read with the masked-number walk */
  prose: string[];
}

export const FIELDS = 'input,textarea,select,button,[role=button]';
// Tabs are read with links: "Phone | Email" tab pairs offer a phone sign-in that is not the default.
export const LINKS = 'a[href],[role=link],[role=tab]';
// Check boxes and radios never say what a form is for; skipping them skips their labels.
const SKIP_INPUT = new Set(['hidden', 'image', 'file', 'color', 'range', 'reset', 'checkbox', 'radio']);

export function* collect(doc: Document): Generator<void, Collected, void> {
  labelMaps = new WeakMap(); // labels are read afresh on every scan
  const out: Collected = { roots: [], depths: [], controls: [], candidates: [], prose: [] };
  lightRoots(doc, out);
  yield* gather(out, FIELDS, LIMITS.controls);
  return out;
}

/**
 * Open shadow roots (and the frames inside them), and their fields. Finding them takes a walk
 * over every element, the costliest read of a large page: the detector asks for it only when
 * the light DOM holds no control that could anchor a finding.
 */
export function* collectShadows(out: Collected): Generator<void, void, void> {
  const from = out.roots.length;
  yield* shadowRoots(out);
  if (out.roots.length > from) yield* gather(out, FIELDS, LIMITS.controls, from);
}

/** Links, read only when a form or the page's role makes them matter. */
export function* collectLinks(out: Collected): Generator<void, void, void> {
  yield* gather(out, LINKS, LIMITS.links);
}

// Fields and buttons first, links after, each under its own cap: a page full of links
// cannot push its sign-in form out of view.
function* gather(out: Collected, selector: string, cap: number, from = 0): Generator<void, void, void> {
  let taken = from ? out.controls.length : 0;
  for (let r = from; r < out.roots.length; r++) {
    const root = out.roots[r]!;
    let list: NodeListOf<HTMLElement>;
    try {
      list = root.querySelectorAll<HTMLElement>(selector);
    } catch {
      continue;
    }
    for (let i = 0; i < list.length && taken < cap; i++) {
      if (i % 128 === 127) yield;
      const c = toControl(list[i]!, root);
      if (!c) continue;
      out.controls.push(c);
      taken++;
    }
    yield;
  }
}

/** The document and its same-origin frames, nested up to the depth cap: one query each. */
function lightRoots(doc: Document, out: Collected): void {
  const queue: [Document, number][] = [[doc, 0]];
  while (queue.length && out.roots.length < LIMITS.roots) {
    const [root, d] = queue.shift()!;
    out.roots.push(root);
    out.depths.push(d);
    if (d >= LIMITS.depth) continue;
    // Live collections: Chromium keeps them between scans of an unchanged page, where a
    // querySelectorAll would walk the whole document again on every re-run.
    for (const tag of ['iframe', 'frame']) {
      const frames = root.getElementsByTagName(tag);
      for (let i = 0; i < frames.length; i++) {
        const inner = frameDocument(frames[i]!);
        if (inner) queue.push([inner, d + 1]);
      }
    }
  }
}

// Shadow hosts of a document, found by one walk and reused while the document holds the
// same number of elements: a re-run on an unchanged page skips the walk.
let hostCache = new WeakMap<Document, { count: number; hosts: Element[] }>();

/** Adds the open shadow roots under `roots` (the light roots), and the frames inside them. */
function* shadowRoots(out: Collected): Generator<void, void, void> {
  // A light root is walked for shadow hosts only (its frames are among the roots already); a
  // root found here is added, and walked for both.
  const queue = out.roots.map((root, i) => ({ root, d: out.depths[i]!, found: false }));
  while (queue.length) {
    const { root, d, found } = queue.shift()!;
    if (found) {
      if (out.roots.length >= LIMITS.roots) return;
      out.roots.push(root);
      out.depths.push(d);
    }
    if (d >= LIMITS.depth) continue;
    const doc = !found && root.nodeType === 9 ? (root as Document) : null;
    const count = doc ? doc.getElementsByTagName('*').length : 0;
    const cached = doc ? hostCache.get(doc) : undefined;
    let all: ArrayLike<Element>;
    try {
      // A static list: a live one (getElementsByTagName) was many times slower here, read
      // across the walk's yields (Chromium, 50k elements).
      all = cached && cached.count === count ? cached.hosts : root.querySelectorAll('*');
    } catch {
      continue;
    }
    const hosts: Element[] = [];
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      const shadow = el.shadowRoot;
      if (shadow) {
        hosts.push(el);
        queue.push({ root: shadow, d: d + 1, found: true });
      } else if (found && (el.tagName === 'IFRAME' || el.tagName === 'FRAME')) {
        const inner = frameDocument(el);
        if (inner) queue.push({ root: inner, d: d + 1, found: true });
      }
      if (i % LIMITS.chunk === LIMITS.chunk - 1) yield;
    }
    if (doc) hostCache.set(doc, { count, hosts });
  }
}

/** A same-origin frame's document; null when access is denied or it is not loaded. */
function frameDocument(el: Element): Document | null {
  try {
    const d = (el as HTMLIFrameElement).contentDocument;
    return d && d.documentElement ? d : null;
  } catch {
    return null;
  }
}

// <label for=…> texts of one root, read once: `input.labels` walks the whole document on
// first use in Chromium, once per field, which costs seconds on a 200k-node page.
let labelMaps = new WeakMap<Root, Map<string, Element>>();
function labelFor(root: Root, id: string): Element | undefined {
  let map = labelMaps.get(root);
  if (!map) {
    map = new Map();
    const list = root.querySelectorAll('label[for]');
    for (let i = 0; i < list.length && i < 2000; i++) {
      const f = list[i]!.getAttribute('for');
      if (f && !map.has(f)) map.set(f, list[i]!);
    }
    labelMaps.set(root, map);
  }
  return map.get(id);
}

function toControl(el: HTMLElement, root: Root): Control | null {
  const tagName = el.tagName;
  // The property, not the attribute: type="phone" is a text field to the browser.
  const type = tagName === 'INPUT' ? (el as HTMLInputElement).type || 'text' : '';
  if (SKIP_INPUT.has(type)) return null;
  const tag: ControlTag =
    type === 'submit' || type === 'button' || tagName === 'BUTTON' || (!type && el.getAttribute('role') === 'button')
      ? 'button'
      : type
        ? 'input'
        : tagName === 'TEXTAREA'
          ? 'textarea'
          : tagName === 'SELECT'
            ? 'select'
            : 'link';
  if (tag === 'link') {
    // A link is read for what it says: the attributes that name a field or a button do not matter.
    const own = (textOf(el, 80) || attr(el, 'value', 80) || attr(el, 'aria-label', 80) || attr(el, 'title', 80)).toLowerCase();
    return { el, tag, type, autocomplete: '', text: '', own, inputmode: '', maxLength: 0, group: el.closest('form') ?? root, memo: {} };
  }
  const form = (el as HTMLInputElement).form ?? el.closest('form');
  const name = attr(el, 'name');
  const id = attr(el, 'id');
  const c: Control = {
    el,
    tag,
    type,
    autocomplete: attr(el, 'autocomplete', 80).toLowerCase(),
    text: '',
    own: '',
    inputmode: attr(el, 'inputmode', 20).toLowerCase(),
    maxLength: Number(el.getAttribute('maxlength')) || 0,
    group: form ?? root,
    memo: {},
  };
  if (tag === 'button') {
    c.own = (textOf(el, 80) || attr(el, 'value', 80) || attr(el, 'aria-label', 80) || attr(el, 'title', 80)).toLowerCase();
    c.text = words(`${name} ${id}`);
    return c;
  }
  // A field's description (labels, neighbours) and what it was judged to be are kept while
  // the attributes that name it stay the same: watcher re-runs skip the label reads.
  const placeholder = attr(el, 'placeholder');
  const aria = attr(el, 'aria-label');
  const key = `${type}|${c.autocomplete}|${c.maxLength}|${c.inputmode}|${name}|${id}|${placeholder}|${aria}`;
  const hit = described.get(el);
  if (hit?.key === key) {
    c.text = hit.text;
    c.memo = hit.memo;
  } else {
    c.text = describe(el, root, [name, id, placeholder, aria, attr(el, 'title'), attr(el, 'data-testid')]);
    described.set(el, { key, text: c.text, memo: c.memo });
  }
  return c;
}

let described = new WeakMap<Element, { key: string; text: string; memo: Record<string, boolean> }>();

/** Drop what earlier scans kept (the benchmark's uncached runs). */
export function forgetScans(): void {
  hostCache = new WeakMap();
  described = new WeakMap();
}

/** Everything that names a field (its attributes `parts`, then labels), folded to words. */
function describe(el: HTMLElement, root: Root, parts: string[]): string {
  const id = parts[1];
  const label = el.closest('label') ?? (id ? labelFor(root, id) : undefined);
  if (label) {
    parts.push(textOf(label));
  } else {
    const by = attr(el, 'aria-labelledby');
    if (by && 'getElementById' in root) for (const ref of by.split(/\s+/).slice(0, 3)) parts.push(textOf(root.getElementById(ref)));
    // Only when the field names itself nowhere: neighbours' words are weaker evidence.
    if (!parts[2] && !parts[3] && !parts[4]) parts.push(nearbyText(el));
  }
  return words(parts.join(' '));
}

const NOT_LABEL = new Set(['INPUT', 'BUTTON', 'A', 'SELECT', 'TEXTAREA']);
/** Controls and links: a text that holds one is not words about a field. */
const ACTIVE = 'input,button,a,select,textarea';

// Unlabelled fields: "<div><span>Phone</span><input></div>". Short parent text only.
function nearbyText(el: Element): string {
  const prev = el.previousElementSibling;
  if (prev && !NOT_LABEL.has(prev.tagName)) {
    const t = textOf(prev, 80);
    if (t) return t;
  }
  const parent = el.parentElement;
  if (parent && parent.childElementCount <= 2 && !parent.querySelector('button,a,select,textarea'))
    return textOf(parent, 80);
  // "<div>Email or mobile</div><div><input>…</div>": the caption sits before the field's wrapper.
  const caption = !prev && parent?.previousElementSibling;
  if (caption && !NOT_LABEL.has(caption.tagName) && !caption.querySelector(ACTIVE)) return textOf(caption, 80);
  return '';
}

/**
 * A field's own note, below it ("Your number becomes your login"): what aria-describedby names
 * first, else the element right after the field, or after its wrapper when it is wrapped alone
 * ("<label>Phone <input></label><p>…</p>"). Lower case; '' when that is a label or a control.
 */
export function noteOf(el: HTMLElement): string {
  const by = el.getAttribute('aria-describedby');
  const ref = by && (el.getRootNode() as Root).getElementById?.(by.split(' ')[0]!);
  const at = !el.nextElementSibling && el.parentElement?.childElementCount === 1 ? el.parentElement : el;
  const note = ref || at.nextElementSibling;
  return note && !note.matches(`label,${ACTIVE}`) && !note.querySelector(ACTIVE) ? textOf(note, 300).toLowerCase() : '';
}

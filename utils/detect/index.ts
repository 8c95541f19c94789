// The page detector: a pure function of a Document and its URL. The same code runs in the
// content script (sliced, see scan()), in `npm run detect` and in the unit tests.
import { ACCOUNT_KINDS, type Kind, type PageFinding } from '../types';
import { collect, collectLinks, findMaskedText, type Collected, type Control, type Root } from './collect';
import { confidence, decideForm, decidePage } from './decide';
import { isCodeField, isPhoneField, isPhoneIdentifier, visible } from './fields';
import { says } from './lexicon';
import { phoneMasked } from './masked';
import { FORM_SIGNALS, PAGE_SIGNALS, type GroupView, type PageView } from './signals';
import { phoneLoginOption } from './signals/phone-login-option';
import { clip, textOf, words } from './text';

/** What one form (or formless group of controls) showed. */
export interface FormFinding {
  form: HTMLFormElement | null;
  kinds: Kind[];
  /** fields a phone number is typed into (compared in memory at submit, never kept) */
  phoneInputs: HTMLInputElement[];
  /** buttons that submit it, for single-page apps that never fire "submit" */
  submitters: HTMLElement[];
}

export interface Detection {
  finding: PageFinding;
  forms: FormFinding[];
}

const MAX_MASKED = 16;
const EMPTY: PageFinding = { kinds: [], confidence: 0, signals: [], masked: [] };

export function detectPage(doc: Document, url: string): PageFinding {
  return detectDetailed(doc, url).finding;
}

export function detectDetailed(doc: Document, url: string): Detection {
  const it = scan(doc, url);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}

/**
 * The detector as a generator: it yields at safe points so a caller can spread the work
 * over several tasks. Never throws: a page that breaks it gets an empty finding.
 */
export function* scan(doc: Document, url: string): Generator<void, Detection, void> {
  try {
    const collected = yield* collect(doc);
    return yield* judge(collected, doc, url);
  } catch {
    return { finding: { ...EMPTY }, forms: [] };
  }
}

function* judge(col: Collected, doc: Document, url: string): Generator<void, Detection, void> {
  let anchored = yield* anchoredGroups(col);
  const page = pageView(doc, url, col);
  // Most pages have no phone or code field and no account words: links and the text walk
  // for masked numbers are skipped there, which keeps the common case near a bare query.
  const hinted =
    says('phone', page.headings) ||
    ACCOUNT_ROLES.some((r) => says(r, page.title) || says(r, page.headings) || says(r, page.pathText));
  if (anchored.length || hinted) {
    yield* collectLinks(col);
    anchored = yield* anchoredGroups(col);
    yield* findMaskedText(col);
    page.masked = maskedOnPage(col);
  }
  yield;
  if (!anchored.length && !page.masked.length && !phoneLoginOption.test(page)) {
    return { finding: { ...EMPTY }, forms: [] };
  }
  yield;
  const pageSignals = new Set(PAGE_SIGNALS.filter((s) => s.test(page)).map((s) => s.id));
  yield;
  const used = new Set<string>();
  const forms: FormFinding[] = [];
  const formKinds = new Set<Kind>();
  let anyLogin = false;
  for (const [key, controls] of anchored) {
    yield;
    const g = groupView(key, controls);
    const fs = new Set(FORM_SIGNALS.filter((s) => s.test(g, page)).map((s) => s.id));
    const kinds = decideForm(fs, pageSignals);
    if (fs.has('form-login') || fs.has('password-field')) anyLogin = true;
    if (!kinds.length) continue;
    for (const s of fs) used.add(s);
    for (const k of kinds) formKinds.add(k);
    forms.push({
      form: g.form,
      kinds,
      phoneInputs: controls
        .filter((c) => isPhoneField(c) || isPhoneIdentifier(c))
        .map((c) => c.el as HTMLInputElement),
      submitters: submitButtons(controls),
    });
  }
  const kinds = new Set<Kind>([...formKinds, ...decidePage(pageSignals, formKinds, anyLogin)]);
  // contact-phone alone is the only kind a page gets when nothing ties a phone to an account.
  if ([...kinds].some((k) => ACCOUNT_KINDS.includes(k))) kinds.delete('contact-phone');
  if (!kinds.size) return { finding: { ...EMPTY }, forms };
  for (const s of pageSignals) used.add(s);
  const signals = [...used].sort();
  const list = [...kinds];
  const finding: PageFinding = {
    kinds: list,
    confidence: confidence(list, signals),
    signals,
    masked: page.masked,
  };
  if (pageSignals.has('signed-in') || (page.masked.length && pageSignals.has('page-settings'))) finding.signedIn = true;
  return { finding, forms };
}

const ACCOUNT_ROLES = ['login', 'signup', 'recovery', 'mfa', 'settings'] as const;

function* anchoredGroups(col: Collected): Generator<void, [Node, Control[]][], void> {
  const anchored: [Node, Control[]][] = [];
  let seen = 0;
  for (const entry of groupControls(col.controls)) {
    if (entry[1].some(isAnchor)) anchored.push(entry);
    if ((seen += entry[1].length) > 128) {
      seen = 0;
      yield;
    }
  }
  return anchored;
}

/** Controls that can make a form matter: without one, the form is not looked at. */
function isAnchor(c: Control): boolean {
  if (c.tag === 'input') return isPhoneField(c) || isPhoneIdentifier(c) || isCodeField(c);
  return c.tag === 'button' && says('sendCode', c.own);
}

function groupControls(controls: readonly Control[]): Map<Node, Control[]> {
  const groups = new Map<Node, Control[]>();
  for (const c of controls) {
    const list = groups.get(c.group);
    if (list) list.push(c);
    else groups.set(c.group, [c]);
  }
  return groups;
}

function submitButtons(controls: readonly Control[]): HTMLElement[] {
  const buttons = controls.filter((c) => c.tag === 'button');
  const submits = buttons.filter((c) => {
    const t = c.el.getAttribute('type');
    return c.el.tagName === 'BUTTON' ? !t || t.toLowerCase() === 'submit' : t?.toLowerCase() === 'submit';
  });
  return (submits.length ? submits : buttons).slice(0, 8).map((c) => c.el);
}

function groupView(key: Node, controls: Control[]): GroupView {
  const form = key instanceof Element && key.tagName === 'FORM' ? (key as HTMLFormElement) : null;
  const scope = form ?? scopeOf(controls);
  let members = controls;
  if (!form && scope) members = controls.filter((c) => scope.contains(c.el));
  // "Forgot email?" is a link dressed as a button: questions do not name the form's purpose.
  const submitText = submitButtons(members.filter(visible))
    .map((b) => textOf(b, 60) || clip(b.getAttribute('value'), 60))
    .filter((t) => !/[?？]\s*$/.test(t))
    .join(' | ')
    .toLowerCase();
  let headText = '';
  if (scope) {
    const hs = scope.querySelectorAll('h1, h2, h3, h4, legend, [role=heading]');
    for (let i = 0; i < hs.length && i < 4; i++) headText += `${textOf(hs[i], 80)} | `;
  }
  return { key, form, controls: members, submitText, headText: headText.toLowerCase() };
}

// Formless controls: the smallest ancestor of the first anchored field that also holds
// a button, at most five levels up. Keeps a header's "Sign up" out of a checkout block.
function scopeOf(controls: Control[]): Element | null {
  const anchor = controls.find((c) => c.tag === 'input' && isAnchor(c) && visible(c))?.el;
  if (!anchor) return null;
  const buttons = controls.filter((c) => c.tag === 'button').map((c) => c.el);
  const inputs = controls.filter((c) => c.tag === 'input').map((c) => c.el);
  let node: Element | null = anchor.parentElement;
  let block: Element | null = null;
  for (let i = 0; node && i < 10; i++, node = node.parentElement) {
    const holder = node;
    if (buttons.some((b) => holder.contains(b))) return i < 5 || !block ? holder : block;
    // No button near (a styled <div> submits it): the block holding the field and its peers.
    if (!block && inputs.filter((el) => holder.contains(el)).length >= 3) block = holder;
  }
  return block ?? anchor.parentElement;
}

function pageView(doc: Document, url: string, col: Collected): PageView {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  let pathText = '';
  if (parsed) {
    let path = parsed.pathname + ' ' + parsed.hash.split('?')[0];
    try {
      path = decodeURIComponent(path);
    } catch {
      // keep it encoded
    }
    pathText = words(clip(path, 200));
  }
  let headings = '';
  const hs = doc.querySelectorAll('h1, h2');
  for (let i = 0; i < hs.length && i < 4; i++) headings += `${textOf(hs[i], 80)} | `;
  return {
    url: parsed,
    pathText,
    title: clip(doc.title, 200).toLowerCase(),
    headings: headings.toLowerCase(),
    controls: col.controls,
    masked: [],
  };
}

function maskedOnPage(col: Collected): string[] {
  const out = new Set<string>();
  for (const cand of col.candidates) {
    if (out.size >= MAX_MASKED) break;
    const own = textOf(cand.el, 300);
    // Card words count only in the number's own element: a page lists cards and phones.
    if (own !== cand.text && says('card', own.toLowerCase())) continue;
    const found = phoneMasked(cand.text, aroundText(cand.el));
    if (!found.length) continue;
    if (!isShownEl(cand.el)) continue;
    for (const d of found) if (d.length <= 32 && out.size < MAX_MASKED) out.add(d);
  }
  return [...out];
}

// The words around a masked number: its element, or the parent when the element is tiny.
function aroundText(el: Element): string {
  const own = textOf(el, 300);
  if (own.length >= 40 || !el.parentElement) return own;
  const up = textOf(el.parentElement, 300);
  if (up.length >= 40 || !el.parentElement.parentElement) return up;
  return textOf(el.parentElement.parentElement, 300);
}

function isShownEl(el: Element): boolean {
  return visible({ el, memo: {} } as unknown as Control);
}

export type { Root };
export { collect, forgetScans } from './collect';
export { WORDS } from './lexicon';

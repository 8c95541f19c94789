// The page detector: a pure function of a Document and its URL. The same code runs in the
// content script (sliced, see scan()), in `npm run detect` and in the unit tests.
import { ACCOUNT_KINDS, type Kind, type PageFinding } from '../types';
import { collect, collectLinks, collectShadows, type Collected, type Control, type MaskedCandidate } from './collect';
import { confidence, decideForm, decideLaterStep, decidePage, formRole, type Signals } from './decide';
import { isCodeField, isPassword, isPhoneField, isPhoneIdentifier, visible } from './fields';
import { asking, hasPending, says, want, wantLooseEnding } from './lexicon';
import { asciiDigits, maskedTail, phoneMasked } from './masked';
import { ASK, settle, type Step } from './step';
import { findMaskedText, keepCandidates } from './text-walk';
import { FORM_SIGNALS, PAGE_SIGNALS, ROLES, type GroupView, type PageSignal, type PageView } from './signals';
import { MASKED, MASKED_TAIL, PASSWORD, PHONE, PHONE_ID, PHONE_LOGIN, PHONE_ROW, PHONE_SIGNUP, PHONE_TAB, SEND, SIGNED_IN, SMS, SMS_OPTION, SMS_RECOVERY } from './signals/ids';
import { phoneLoginOption } from './signals/phone-login-option';
import { phoneRow } from './signals/phone-row';
import { phoneSignupOption } from './signals/phone-signup-option';
import { phoneTab } from './signals/phone-tab';
import { signedIn } from './signals/signed-in';
import { smsOption } from './signals/sms-option';
import { smsRecovery } from './signals/sms-recovery';
import { clip, textOf, words } from './text';
import { isShown } from './visible';

/** A form (or formless group of controls) that ties a phone to an account. */
export interface FormFinding {
  form: HTMLFormElement | null;
  /** its account kinds (never contact-phone) */
  kinds: Kind[];
  /** fields a phone number is typed into (compared in memory at submit, never kept) */
  phoneInputs: HTMLInputElement[];
  /** buttons that submit it, for single-page apps that never fire "submit" */
  submitters: HTMLElement[];
}

export interface Detection {
  finding: PageFinding;
  forms: FormFinding[];
  /** every signal seen, as features for the learned-weights experiment (scripts/eval-learned.ts):
   * `page:<id>`, `form:<id>` of any anchored group, `role:<role>` of a group; only when asked
   * (the shipped detector has no use for them) */
  features?: string[];
}

const MAX_MASKED = 16;
// recovery, mfa, signup, login, settings: the roles of an account's pages.
const ACCOUNT_ROLES = ROLES.slice(0, 5);
/** Page signals that can tie a phone to an account without any phone field on the page. */
const PAGE_EVIDENCE = [phoneLoginOption, phoneSignupOption, phoneTab, phoneRow, smsOption, smsRecovery];
/** Signals that show a phone is involved at all. */
const PHONE_EVIDENCE = new Set([PHONE, PHONE_ID, MASKED, MASKED_TAIL, PHONE_LOGIN, PHONE_SIGNUP, PHONE_TAB, PHONE_ROW, SMS, SMS_OPTION, SMS_RECOVERY, SEND]);

const nothing = (forms: FormFinding[] = [], features?: Set<string> | null): Detection => ({
  finding: { kinds: [], confidence: 0, signals: [], masked: [] },
  forms,
  ...(features ? { features: [...features].sort() } : {}),
});

export const detectPage = (doc: Document, url: string): PageFinding => detectDetailed(doc, url).finding;

/**
 * `earlier`: the signals of this document's last finding (a single-page app's earlier step);
 * `withFeatures`: also list every signal seen (the learned-weights experiment).
 */
export function detectDetailed(doc: Document, url: string, earlier?: Signals, withFeatures = false): Detection {
  const it = scan(doc, url, earlier, withFeatures);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}

/** Re-reads of the signals after asking for texts they read that nobody foresaw (phone-row's rows). */
const MAX_REREADS = 2;

/**
 * The detector as a generator: it yields at safe points so a caller can spread the work
 * over several tasks, and ASK where it needs the background's answers (step.ts). Never
 * throws: a page that breaks it gets an empty finding.
 *
 * Where the word lists are not loaded (the content script), the scan reads in passes: the
 * controls and the page's title, then (on a page that can matter) links, prose and masked
 * candidates, each pass's texts asked for at once before they are judged.
 */
export function* scan(doc: Document, url: string, earlier?: Signals, withFeatures = false): Generator<Step, Detection, void> {
  try {
    const col = yield* collect(doc);
    const base = pageView(doc, url, col);
    // The loose "ending" test comes with the first answers: the text walk then asks only about
    // the few texts with digits that may say "ending in", and never pauses for it.
    wantLooseEnding();
    wantTexts(col.controls, 0);
    want(base.text);
    want(base.headings);
    yield* settle();
    // Shadow roots are searched only when the light DOM gives no anchor: a web-component page
    // keeps its form there, and a page that already shows its form is spared a walk over
    // every element.
    let anchor = col.controls.some(isAnchor);
    if (!anchor) {
      const from = col.controls.length;
      yield* collectShadows(col);
      wantTexts(col.controls, from);
      yield* settle();
      anchor = col.controls.some((c, i) => i >= from && isAnchor(c));
    }
    // Most pages have no phone or code field and no account words: links, the text walk for
    // masked numbers and short texts, and the page signals are skipped there, which keeps the
    // common case near a bare query.
    const gated = anchor || says('phone', base.headings) || ACCOUNT_ROLES.some((r) => says(r, base.text));
    const from = col.controls.length;
    if (gated) {
      yield* collectLinks(col);
      yield* findMaskedText(col);
    }
    // Grouped once, after the links (if any) joined the controls.
    const anchored = yield* anchoredGroups(col);
    const views = anchored.map((controls) => ({ controls, g: groupView(controls) }));
    // One question for all of it: the links', the prose's, the candidates' and the groups' texts.
    if (asking()) {
      wantTexts(col.controls, from);
      for (const t of col.prose) want(t);
      for (const c of col.candidates) wantCandidate(c);
      for (const v of views) want(v.g.text);
    }
    yield* settle();
    keepCandidates(col);
    // Candidates kept on an answer ("ending in 34") get their surroundings asked about.
    if (asking()) {
      for (const c of col.candidates) if (c.ask) wantCandidate(c, true);
      yield* settle();
    }
    for (let read = 0; ; read++) {
      const found = yield* judge(col, { ...base }, gated, views, earlier, withFeatures);
      if (!hasPending() || read >= MAX_REREADS) return found;
      yield ASK;
    }
  } catch {
    return nothing();
  }
}

/** Note the texts of controls from index `from` on (a no-op where the word lists are loaded). */
function wantTexts(controls: readonly Control[], from: number): void {
  if (!asking()) return;
  for (let i = from; i < controls.length; i++) {
    want(controls[i]!.text);
    want(controls[i]!.own);
  }
}

/** `views`: the groups with an anchor; `gated`: the page can matter (links and prose were read). */
function* judge(
  col: Collected,
  page: PageView,
  gated: boolean,
  views: { controls: Control[]; g: GroupView }[],
  earlier: Signals | undefined,
  withFeatures: boolean,
): Generator<void, Detection, void> {
  // Each page signal is read once: the evidence test below and the full set share answers.
  const said = new Map<PageSignal, boolean>();
  const holds = (s: PageSignal): boolean => {
    let v = said.get(s);
    if (v === undefined) said.set(s, (v = s.page(page)));
    return v;
  };
  if (gated) {
    page.masked = maskedOnPage(col, page);
    page.prose = col.prose;
    page.password = col.controls.some((c) => isPassword(c) && visible(c));
    page.signedIn = holds(signedIn);
  }
  yield;
  if (!views.length && !page.masked.length && !(gated && PAGE_EVIDENCE.some(holds))) return nothing([], withFeatures ? new Set() : null);
  yield;
  const pageSignals = new Set(PAGE_SIGNALS.filter(holds).map((s) => s.id));
  const used = new Set(pageSignals);
  const features = withFeatures ? new Set([...pageSignals].map((s) => `page:${s}`)) : null;
  const forms: FormFinding[] = [];
  const kinds = new Set<Kind>();
  let anyLogin = !!page.password;
  // The phone of a later step was asked by an earlier one: its evidence is that step's.
  let laterStep = false;
  for (const { controls, g } of views) {
    yield;
    const fs = new Set(FORM_SIGNALS.filter((s) => s.form(g, page)).map((s) => s.id));
    const found = decideForm(fs, pageSignals);
    if (features) {
      for (const s of fs) features.add(`form:${s}`);
      features.add(`role:${formRole(fs, pageSignals)}`);
    }
    for (const k of earlier ? decideLaterStep(fs, earlier) : []) {
      laterStep = true;
      if (!found.includes(k)) found.push(k);
    }
    if (fs.has('form-login') || fs.has(PASSWORD)) anyLogin = true;
    if (!found.length) continue;
    for (const s of fs) used.add(s);
    for (const k of found) kinds.add(k);
    const account = found.filter((k) => ACCOUNT_KINDS.includes(k));
    if (account.length)
      forms.push({
        form: g.form,
        kinds: account,
        phoneInputs: controls.filter((c) => isPhoneField(c) || isPhoneIdentifier(c)).map((c) => c.el as HTMLInputElement),
        submitters: submitButtons(controls),
      });
  }
  for (const k of decidePage(pageSignals, kinds, anyLogin)) kinds.add(k);
  // contact-phone alone is the only kind a page gets when nothing ties a phone to an account.
  if ([...kinds].some((k) => ACCOUNT_KINDS.includes(k))) kinds.delete('contact-phone');
  // No phone field, no phone or SMS words, no masked number: no account kind, whatever else
  // the page shows (a plain "name, email, password" sign-up).
  if (!laterStep && ![...used].some((s) => PHONE_EVIDENCE.has(s))) for (const k of ACCOUNT_KINDS) kinds.delete(k);
  if (!kinds.size) return nothing(forms, features);
  const signals = [...used].sort();
  const finding: PageFinding = { kinds: [...kinds], confidence: confidence(signals), signals, masked: page.masked };
  if (pageSignals.has(SIGNED_IN) || (page.masked.length && pageSignals.has('page-settings'))) finding.signedIn = true;
  return { finding, forms, ...(features ? { features: [...features].sort() } : {}) };
}

// Controls by their form, or by the root formless ones sit in; only groups with an anchor.
function* anchoredGroups(col: Collected): Generator<void, Control[][], void> {
  const groups = new Map<Node, Control[]>();
  for (const c of col.controls) {
    const list = groups.get(c.group);
    if (list) list.push(c);
    else groups.set(c.group, [c]);
  }
  const anchored: Control[][] = [];
  let seen = 0;
  for (const list of groups.values()) {
    if (list.some(isAnchor)) anchored.push(list);
    if ((seen += list.length) > 128) {
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

function submitButtons(controls: readonly Control[]): HTMLElement[] {
  const buttons = controls.filter((c) => c.tag === 'button').map((c) => c.el);
  const submits = buttons.filter((el) => {
    const t = el.getAttribute('type')?.toLowerCase();
    return el.tagName === 'BUTTON' ? !t || t === 'submit' : t === 'submit';
  });
  return (submits.length ? submits : buttons).slice(0, 8);
}

/** The first four headings' texts under `root`, lower case. */
function headings(root: ParentNode, selector: string): string {
  let out = '';
  const hs = root.querySelectorAll(selector);
  for (let i = 0; i < hs.length && i < 4; i++) out += `${textOf(hs[i], 80)} | `;
  return out.toLowerCase();
}

function groupView(controls: Control[]): GroupView {
  const key = controls[0]!.group as Element;
  // tagName, not instanceof: a same-origin frame's form is another window's HTMLFormElement.
  const form = key.tagName === 'FORM' ? (key as HTMLFormElement) : null;
  const scope = form ?? scopeOf(controls);
  const members = form || !scope ? controls : controls.filter((c) => scope.contains(c.el));
  // "Forgot email?" is a link dressed as a button: questions do not name the form's purpose.
  const submitText = submitButtons(members.filter(visible))
    .map((b) => textOf(b, 60) || clip(b.getAttribute('value'), 60))
    .filter((t) => !/[?？]\s*$/.test(t))
    .join(' | ')
    .toLowerCase();
  const heads = scope ? headings(scope, 'h1,h2,h3,h4,legend,[role=heading]') : '';
  return { form, controls: members, text: `${submitText} | ${heads}` };
}

// Formless controls: the smallest ancestor of the first anchored field that also holds
// a button, at most five levels up. Keeps a header's "Sign up" out of a checkout block.
function scopeOf(controls: Control[]): Element | null {
  const anchor = controls.find((c) => c.tag === 'input' && isAnchor(c) && visible(c))?.el;
  if (!anchor) return null;
  const buttons = controls.filter((c) => c.tag === 'button');
  const inputs = controls.filter((c) => c.tag === 'input');
  let node: Element | null = anchor.parentElement;
  let block: Element | null = null;
  for (let i = 0; node && i < 10; i++, node = node.parentElement) {
    const holder = node;
    if (buttons.some((b) => holder.contains(b.el))) return i < 5 || !block ? holder : block;
    // No button near (a styled <div> submits it): the block holding the field and its peers.
    if (!block && inputs.filter((c) => holder.contains(c.el)).length >= 3) block = holder;
  }
  return block ?? anchor.parentElement;
}

function pageView(doc: Document, url: string, col: Collected): PageView {
  let path = '';
  try {
    // A page can push a megabyte URL: only its start names the page.
    const u = new URL(url.length > 2048 ? url.slice(0, 2048) : url);
    path = `${u.pathname} ${u.hash.split('?')[0]}`;
    path = decodeURIComponent(path); // a malformed escape keeps the path encoded
  } catch {
    // not a URL: no path
  }
  const heads = headings(doc, 'h1,h2');
  return {
    text: `${clip(doc.title).toLowerCase()} | ${heads}${words(clip(path))}`,
    headings: heads,
    controls: col.controls,
    masked: [],
    prose: [],
  };
}

/** A masked candidate's own text and the words around it: its element, or a parent when the element is tiny. */
function contextOf(c: MaskedCandidate): { own: string; around: string } {
  const own = textOf(c.el, 300);
  let around = own;
  for (let up = c.el.parentElement, i = 0; around.length < 40 && up && i < 2; up = up.parentElement, i++) around = textOf(up, 300);
  return { own, around };
}

/**
 * Note the texts maskedOnPage() and phoneMasked() will read for this candidate. One that waits
 * on an answer ("three 12 34": does it say "ending in"?) has only that asked until it is kept.
 */
function wantCandidate(c: MaskedCandidate, kept = false): void {
  if (c.ask && !kept) return want(c.ask);
  const { own, around } = contextOf(c);
  want(own.toLowerCase());
  want(around.toLowerCase());
  want(asciiDigits(c.text).toLowerCase());
}

function maskedOnPage(col: Collected, page: PageView): string[] {
  const out = new Set<string>();
  for (const c of col.candidates) {
    if (out.size >= MAX_MASKED) break;
    const { el, text } = c;
    const { own, around } = contextOf(c);
    // Card words count only in the number's own element: a page lists cards and phones.
    if (own !== text && says('card', own.toLowerCase())) continue;
    const found = phoneMasked(text, around);
    if (!found.length) {
      // Not phone-shaped, but a short tail where a code was sent ("••• 42").
      if (!page.maskedTail && maskedTail(text) && !says('card', around.toLowerCase()) && isShown(el)) page.maskedTail = true;
      continue;
    }
    if (!isShown(el)) continue;
    for (const d of found) if (d.length <= 32 && out.size < MAX_MASKED) out.add(d);
    if (says('mfa', around.toLowerCase())) page.maskedMfa = true;
  }
  return [...out];
}

/**
 * The masked numbers a page shows now, without judging the page: the guide overlay's
 * question ("does the settings page show another number?"), answered by the same code.
 */
export function maskedNumbersOn(doc: Document): string[] {
  const it = (function* () {
    const col = yield* collect(doc);
    yield* collectShadows(col);
    yield* findMaskedText(col);
    keepCandidates(col);
    return maskedOnPage(col, { text: '', headings: '', controls: col.controls, masked: [], prose: [] });
  })();
  try {
    for (;;) {
      const step = it.next();
      if (step.done) return step.value;
    }
  } catch {
    return [];
  }
}

export { collect, forgetScans, type Root } from './collect';
// For the eval, which runs the scan both ways in Chromium (scripts/eval-detector.ts).
export { answer, answerFromBackground, learn, takeAsk } from './lexicon';
export { ASK } from './step';

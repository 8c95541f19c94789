// The text walk: short texts of the page for the prose signals, and text that may hold a masked
// number, read on pages where one can matter (utils/detect/index.ts). A generator, sliced like
// collect.ts; where the content script must ask the background whether the rest of the page may
// hold a masked number, the walk pauses so that question goes with the scan's others.
import { LIMITS, type Collected, type Root } from './collect';
import { mayNameEnding, says } from './lexicon';
import { joinedProbe, probeMasked } from './masked';
import { ASK, type Step } from './step';
import { clip } from './text';

const TEXT_PARENT_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION']);

/**
 * Text that may hold a masked number: read only on pages where one can matter. Where the
 * background must say whether the rest of the page may hold one, the walk pauses (`out.rest`)
 * so that question goes with the scan's others; finishMaskedText() resumes it.
 */
export function* findMaskedText(out: Collected): Generator<void, void, void> {
  const walk = maskedWalk(out);
  for (let s = walk.next(); !s.done; s = walk.next()) {
    if (s.value === ASK) {
      out.rest = walk;
      return;
    }
    yield;
  }
}

/** The rest of a paused walk, once the background has answered; true if it found candidates. */
export function* finishMaskedText(out: Collected): Generator<Step, boolean, void> {
  const walk = out.rest;
  if (!walk) return false;
  out.rest = undefined;
  const before = out.candidates.length;
  yield* walk;
  return out.candidates.length > before;
}

function* maskedWalk(out: Collected): Generator<Step, void, void> {
  let seen = 0;
  // Candidates sure already; those waiting on an answer are counted apart (keepCandidates).
  let sure = 0;
  let asked = 0;
  const add = (text: string, el: Element, probe: boolean | string) => {
    if (probe === true) {
      if (sure >= LIMITS.maskedCandidates) return;
      sure++;
      out.candidates.push({ text, el });
    } else if (probe && asked < LIMITS.maskedAsked) {
      asked++;
      out.candidates.push({ text, el, ask: probe });
    }
  };
  for (const c of out.controls) {
    if (c.tag !== 'input' || !(c.el as HTMLInputElement).readOnly) continue;
    const v = clip((c.el as HTMLInputElement).value, 40);
    add(v, c.el, probeMasked(v));
  }
  for (let r = 0; r < out.roots.length; r++) {
    const root = out.roots[r]!;
    const doc = 'createTreeWalker' in root ? root : root.ownerDocument;
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    // Once the prose is full, the rest of the walk only looks for masked numbers: in the last
    // root, stop when its joined text (one native read) cannot hold one. Earlier roots walk
    // on: their node count decides how far the text-node cap lets later roots be read.
    let more: boolean | undefined = r === out.roots.length - 1 ? undefined : true;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (++seen > LIMITS.textNodes || (sure >= LIMITS.maskedCandidates && out.prose.length >= LIMITS.prose)) return;
      if (out.prose.length >= LIMITS.prose) {
        more ??= yield* mayHoldMaskedIn(root);
        if (!more) return;
      }
      if (seen % LIMITS.chunk === 0) yield;
      const data = (n as Text).data;
      if (data.length < 4) continue;
      // Short texts (a notice, an option's label, a total, a help sentence) feed the prose signals.
      const prose = data.length <= 300 && out.prose.length < LIMITS.prose && /\S\S/.test(data);
      const probe = probeMasked(data.length > 300 ? data.slice(0, 300) : data);
      if (!prose && !probe) continue;
      // The parent is read once, for either: every DOM read costs in a content script.
      const parent = n.parentElement;
      if (!parent || TEXT_PARENT_SKIP.has(parent.tagName)) continue;
      if (prose) out.prose.push(data.replace(/\s+/g, ' ').trim().toLowerCase());
      if (probe) add(clip(data, 300), parent, probe);
    }
  }
}

/**
 * After the background answered: the candidates that waited on it are kept when their text
 * names "ending in", in page order, within the cap.
 */
export function keepCandidates(out: Collected): void {
  if (!out.candidates.some((c) => c.ask)) return;
  out.candidates = out.candidates.filter((c) => !c.ask || says('ending', c.ask)).slice(0, LIMITS.maskedCandidates);
}

/** Longest joined text read for that test; a larger root is walked node by node. */
const MAX_JOINED = 4_000_000;

function* mayHoldMaskedIn(root: Root): Generator<Step, boolean, void> {
  const text = ('documentElement' in root ? root.documentElement : root)?.textContent ?? '';
  if (text.length > MAX_JOINED) return true;
  // masked.ts mayHoldMasked, with the lower-cased text made once across the question.
  const probe = joinedProbe(text);
  if (typeof probe === 'boolean') return probe;
  const may = mayNameEnding(probe);
  if (may !== undefined) return may;
  yield ASK;
  return mayNameEnding(probe) ?? true;
}

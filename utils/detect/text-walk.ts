// The text walk: short texts of the page for the prose signals, and text that may hold a masked
// number, read on pages where one can matter (utils/detect/index.ts). A generator, sliced like
// collect.ts. In the content script it runs after the first answers, which bring the loose
// "ending in" test (lexicon wantLooseEnding), so it never waits on the background.
import { LIMITS, type Collected, type Root } from './collect';
import { says } from './lexicon';
import { mayHoldMasked, probeMasked } from './masked';
import { clip } from './text';

const TEXT_PARENT_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION']);

/** Short texts for the prose signals, and text that may hold a masked number (`out.candidates`). */
export function* findMaskedText(out: Collected): Generator<void, void, void> {
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
        more ??= mayHoldMaskedIn(root);
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

/** Might the rest of this root hold a masked number? Read on its joined text; unknown reads as yes. */
function mayHoldMaskedIn(root: Root): boolean {
  const text = ('documentElement' in root ? root.documentElement : root)?.textContent ?? '';
  return text.length > MAX_JOINED || (mayHoldMasked(text) ?? true);
}

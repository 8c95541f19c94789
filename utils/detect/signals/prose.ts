// The page's short texts by the concepts they name, read once per page view: the prose signals
// each ask for a few concepts across hundreds of texts, and the texts are looked up once.
import { concepts, names, type Concept } from '../lexicon';
import type { PageView } from './types';

const masks = new WeakMap<PageView, number[]>();

/** Positions in `p.prose` of the texts that name the concept, in page order. */
export function proseNaming(p: PageView, concept: Concept): number[] {
  let m = masks.get(p);
  if (!m) masks.set(p, (m = p.prose.map(concepts)));
  const out: number[] = [];
  for (let i = 0; i < m.length; i++) if (names(m[i]!, concept)) out.push(i);
  return out;
}

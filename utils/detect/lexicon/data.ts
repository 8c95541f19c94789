// Every language's word lists, as data: the input of build.ts. The content script never
// carries them; it gets build.ts's output, made when the extension is built (wxt.config.ts).
import type { Lexicon } from './types';
import { ar } from './ar';
import { az } from './az';
import { bg } from './bg';
import { bn } from './bn';
import { ca } from './ca';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { et } from './et';
import { eu } from './eu';
import { fa } from './fa';
import { fi } from './fi';
import { fr } from './fr';
import { gl } from './gl';
import { he } from './he';
import { hi } from './hi';
import { hr } from './hr';
import { hu } from './hu';
import { hy } from './hy';
import { id } from './id';
import { is } from './is';
import { it } from './it';
import { ja } from './ja';
import { ka } from './ka';
import { kk } from './kk';
import { km } from './km';
import { ko } from './ko';
import { lt } from './lt';
import { lv } from './lv';
import { mn } from './mn';
import { ms } from './ms';
import { my } from './my';
import { ne } from './ne';
import { nl } from './nl';
import { no } from './no';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { ru } from './ru';
import { si } from './si';
import { sk } from './sk';
import { sl } from './sl';
import { sq } from './sq';
import { sr } from './sr';
import { sv } from './sv';
import { sw } from './sw';
import { ta } from './ta';
import { te } from './te';
import { th } from './th';
import { tl } from './tl';
import { tr } from './tr';
import { uk } from './uk';
import { ur } from './ur';
import { vi } from './vi';
import { zhHans } from './zh-Hans';
import { zhHant } from './zh-Hant';

export interface LexiconData {
  /** languages written with spaces between words: their words must start a word */
  spaced: Record<string, string>;
  /** Chinese, Japanese, Korean, Thai, and scripts outside the letter class (Arabic, Hebrew, Indic, Armenian, Georgian, Burmese, Khmer …): words match anywhere */
  unspaced: Record<string, string>;
}

const DATA: LexiconData = {
  spaced: { en, es, pt, fr, de, ru, it, nl, pl, cs, hu, da, sv, no, fi, tr, ro, sr, el, vi, id, uk, sk, hr, et, lt, ms, bg, ca, gl, eu, is, lv, sl, az, sw, tl, kk, mn, sq },
  unspaced: { 'zh-Hans': zhHans, 'zh-Hant': zhHant, ja, ko, th, ar, fa, he, hi, bn, hy, ka, ur, ne, ta, te, si, my, km },
};

export const lexiconData = (): LexiconData => DATA;

/** Each language's lines, one per concept (the tests read them). */
export function allLexicons(): Readonly<Record<string, Lexicon>> {
  const out: Record<string, Lexicon> = {};
  for (const langs of [DATA.spaced, DATA.unspaced]) for (const k in langs) out[k] = langs[k]!.split('\n') as unknown as Lexicon;
  return out;
}

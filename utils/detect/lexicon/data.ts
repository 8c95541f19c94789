// Every language's word lists, as data. Kept apart from the compiler (index.ts) so the
// content script's build can leave them out: there they arrive only on pages that have a
// candidate control (entrypoints/words.ts, injected on request), everywhere else this module
// is bundled as is.
import { ar } from './ar';
import { bg } from './bg';
import { bn } from './bn';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { et } from './et';
import { fa } from './fa';
import { fi } from './fi';
import { fr } from './fr';
import { he } from './he';
import { hi } from './hi';
import { hr } from './hr';
import { hu } from './hu';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { lt } from './lt';
import { ms } from './ms';
import { nl } from './nl';
import { no } from './no';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { ru } from './ru';
import { sk } from './sk';
import { sr } from './sr';
import { sv } from './sv';
import { th } from './th';
import { tr } from './tr';
import { uk } from './uk';
import { vi } from './vi';
import { zhHans } from './zh-Hans';
import { zhHant } from './zh-Hant';

export interface LexiconData {
  /** languages written with spaces between words: their words must start a word */
  spaced: Record<string, string>;
  /** Chinese, Japanese, Korean, Thai, Arabic, Persian, Hebrew, Hindi, Bengali: words match anywhere */
  unspaced: Record<string, string>;
}

const DATA: LexiconData = {
  spaced: { en, es, pt, fr, de, ru, it, nl, pl, cs, hu, da, sv, no, fi, tr, ro, sr, el, vi, id, uk, sk, hr, et, lt, ms, bg },
  unspaced: { 'zh-Hans': zhHans, 'zh-Hant': zhHant, ja, ko, th, ar, fa, he, hi, bn },
};

/** The word lists (null only in the content script's build before they are injected). */
export const lexiconData = (): LexiconData | null => DATA;

// Account settings that list a phone without an input: a "Phone number  Add" or
// "Change" row, or a notice that the phone is not verified yet. Read on settings pages only.
import { isAction, shownByWords } from '../fields';
import { says } from '../lexicon';
import { textOf } from '../text';
import { PHONE_ROW } from './ids';
import { proseNaming } from './prose';
import type { PageSignal } from './types';

export const phoneRow: PageSignal = {
  id: PHONE_ROW,
  page: (p) => {
    if (!says('settings', p.text) && !p.signedIn) return false;
    // A notice: "Your phone number is not verified yet", "手机号未验证".
    if (proseNaming(p, 'phone').some((i) => p.prose[i]!.length <= 100 && says('edit', p.prose[i]!) && !says('contact', p.prose[i]!))) return true;
    // A row: the action's own words say add/change, its row names a phone.
    const edit = (own: string) => own.length <= 24 && says('edit', own);
    return shownByWords(p.controls, edit, (c) => {
      if (!isAction(c)) return false;
      if (says('phone', c.own)) return true;
      // A grid or a definition list: the row's label is a cell before the action's
      // ("<dt>Mobile</dt><dd>Not added</dd><dd><a>Add</a></dd>").
      for (let cell = c.el.parentElement?.previousElementSibling, i = 0; cell && i < 2; cell = cell.previousElementSibling, i++) {
        const t = textOf(cell, 120).toLowerCase();
        if (t.length < 120 && says('phone', t)) return !says('contact', t);
      }
      let row = c.el.parentElement;
      for (let i = 0; row && i < 3; i++, row = row.parentElement) {
        const t = textOf(row, 120);
        if (t.length >= 120) return false;
        const low = t.toLowerCase();
        if (says('phone', low)) return !says('contact', low);
      }
      return false;
    });
  },
};

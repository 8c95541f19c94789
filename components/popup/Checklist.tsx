// "Before you cancel a number": the checklist (utils/inventory/checklist.ts) for the number
// being given up. The count reaches zero, then what to do next, for that number's country.
import { useState } from 'preact/hooks';
import type { NumberRow } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { Checklist as List, ChecklistItem } from '@/utils/inventory/checklist';
import { recyclingWindow } from '@/utils/inventory/recycling';
import { SiteActions } from '../common/SiteActions';
import { certaintyWord, formatDay, siteName, statusLine, tn } from '../common/words';
import { Item } from './Item';

export const PAGE = 25;

/** "3 of 9 done · 6 left": the same counts every screen and file shows. */
export function Progress({ list }: { list: List }) {
  const { done, total, open } = list.counts;
  if (!total) return <p class="muted">{t('ui_checklist_none')}</p>;
  const text = tn('cl_progress', total, [done, total, open]);
  return (
    <div class="progress-wrap">
      <p class="progress" role="status" data-open={open} data-done={done} data-total={total}>
        {text}
      </p>
      <progress max={total} value={done} aria-label={text} />
    </div>
  );
}

/** After the last item: cancel, and what the country's carriers do with the number. */
export function NextSteps({ number }: { number: NumberRow | undefined }) {
  const after = number?.cancelDate ? recyclingWindow(number.country, number.cancelDate) : null;
  return (
    <div class="next" role="status">
      <p>
        <strong>{t('ui_next_title')}</strong>
      </p>
      <p>{t('ui_next_cancel')}</p>
      <p>
        {after
          ? t(`cl_window_${after.rule.country}`, [formatDay(after.start), formatDay(after.end)])
          : t('cl_recycle_unknown')}
      </p>
    </div>
  );
}

export function OpenList({ items, showUnconfirmed }: { items: readonly ChecklistItem[]; showUnconfirmed: boolean }) {
  const [limit, setLimit] = useState(PAGE);
  if (!items.length) return null;
  return (
    <>
      <ul class="site-list" aria-label={t('popupSitesLabel')}>
        {items.slice(0, limit).map((item) => (
          <Item key={item.row.site} item={item} showUnconfirmed={showUnconfirmed} />
        ))}
      </ul>
      {items.length > limit ? (
        <button type="button" class="secondary more" onClick={() => setLimit(limit + PAGE * 2)}>
          {t('ui_showMore', [items.length - limit])}
        </button>
      ) : null}
    </>
  );
}

export function DoneList({ done }: { done: readonly ChecklistItem[] }) {
  const [limit, setLimit] = useState(PAGE);
  if (!done.length) return null;
  return (
    <details class="done">
      <summary>{t('ui_doneCount', [done.length])}</summary>
      <ul class="site-list">
        {done.slice(0, limit).map(({ row, certainty }) => (
          <li key={row.site} class="item done-item" data-site={row.site} data-certainty={certainty}>
            <div class="item-head">
              <span class="site-name">{siteName(row)}</span>
              <span class="status">{statusLine(row)}</span>
            </div>
            <div class="muted evidence">{certaintyWord(certainty)}</div>
            <SiteActions row={row} />
          </li>
        ))}
      </ul>
      {done.length > limit ? (
        <button type="button" class="secondary more" onClick={() => setLimit(limit + PAGE * 2)}>
          {t('ui_showMore', [done.length - limit])}
        </button>
      ) : null}
    </details>
  );
}

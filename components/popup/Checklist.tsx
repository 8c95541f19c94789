// "Before you cancel a number": the accounts that use it, riskiest first, each with where to go
// and what to say when done; a count that reaches zero, then what to do next.
import { useMemo, useState } from 'preact/hooks';
import type { NumberRow, SiteRow } from '@/utils/db';
import { t } from '@/utils/i18n';
import { freezeWindow } from '@/utils/inventory/reminders';
import { localDate } from '@/utils/inventory/reminders';
import { currentNumber } from '@/utils/inventory/status';
import { ACCOUNT_KINDS, type Status } from '@/utils/types';
import { riskTier } from '@/utils/inventory/risk';
import { SiteActions, Trust, guideOf } from '../common/SiteActions';
import { evidenceLine, formatDate, kindsInWords, numberLabel, siteName, statusWord, tierWord } from '../common/words';

export const PAGE = 25;

/** The accounts that concern a number ("" = all numbers): open first, riskiest first. */
export function checklistFor(sites: readonly SiteRow[], numberId: string) {
  const open: SiteRow[] = [];
  const done: SiteRow[] = [];
  for (const row of sites) {
    if (!row.kinds.some((k) => ACCOUNT_KINDS.includes(k))) continue;
    if (numberId && row.numberIds.length && !row.numberIds.includes(numberId)) continue;
    (row.status === 'todo' ? open : done).push(row);
  }
  const byRisk = (a: SiteRow, b: SiteRow) => b.risk - a.risk || b.lastSeen - a.lastSeen;
  return { open: open.sort(byRisk), done: done.sort((a, b) => (b.statusAt ?? 0) - (a.statusAt ?? 0)) };
}

function Item({ row }: { row: SiteRow }) {
  const tier = riskTier(row.risk);
  const guide = guideOf(row);
  return (
    <li class="item" data-site={row.site}>
      <div class="item-head">
        <span class="site-name">{siteName(row)}</span>
        <span class={`tier tier-${tier}`}>{tierWord(tier)}</span>
      </div>
      <div class="kinds">{kindsInWords(row.kinds)}</div>
      <div class="muted evidence">{evidenceLine(row)}</div>
      {guide.appFirst ? (
        <div class="app-path">
          {t('ui_guide_inApp')} {guide.app}
          <Trust basis={guide.appBasis} typical={guide.typical} />
        </div>
      ) : null}
      <SiteActions row={row} />
    </li>
  );
}

function NextSteps({ number }: { number: NumberRow | undefined }) {
  const freeze = number?.cancelDate ? freezeWindow(number.cancelDate) : null;
  return (
    <div class="next" role="status">
      <p>
        <strong>{t('ui_next_title')}</strong>
      </p>
      <p>{t('ui_next_cancel')}</p>
      <p>{freeze ? t('ui_next_freezeUntil', formatDate(new Date(`${freeze.end}T12:00:00`).getTime())) : t('ui_next_freeze')}</p>
    </div>
  );
}

export function Checklist({ sites, numbers }: { sites: readonly SiteRow[]; numbers: readonly NumberRow[] }) {
  const first = currentNumber(numbers, localDate(Date.now()));
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const numberId = picked ?? first?.id ?? '';
  const [limit, setLimit] = useState(PAGE);
  const { open, done } = useMemo(() => checklistFor(sites, numberId), [sites, numberId]);
  const total = open.length + done.length;
  const number = numbers.find((n) => n.id === numberId);
  return (
    <section class="checklist" aria-labelledby="checklist-h">
      <h2 id="checklist-h">{t('ui_checklist_title')}</h2>
      {numbers.length ? (
        <span class="field">
          <label for="checklist-number">{t('ui_checklist_number')}</label>
          <select id="checklist-number" value={numberId} onChange={(e) => setPicked((e.target as HTMLSelectElement).value)}>
            <option value="">{t('ui_checklist_allNumbers')}</option>
            {numbers.map((n) => (
              <option key={n.id} value={n.id}>
                {numberLabel(n)}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      {total === 0 ? (
        <p class="muted">{t('ui_checklist_none')}</p>
      ) : (
        <>
          <p class="progress" role="status" data-open={open.length}>
            {t('ui_progress', [done.length, total])} · {t('ui_progress_left', [open.length])}
          </p>
          <progress max={total} value={done.length} aria-label={t('ui_progress', [done.length, total])} />
        </>
      )}
      {total > 0 && open.length === 0 ? <NextSteps number={number} /> : null}
      {open.length ? (
        <ul class="site-list" aria-label={t('popupSitesLabel')}>
          {open.slice(0, limit).map((row) => (
            <Item key={row.site} row={row} />
          ))}
        </ul>
      ) : null}
      {open.length > limit ? (
        <button type="button" class="secondary more" onClick={() => setLimit(limit + PAGE * 2)}>
          {t('ui_showMore', [open.length - limit])}
        </button>
      ) : null}
      {done.length ? <DoneList done={done} /> : null}
    </section>
  );
}

function DoneList({ done }: { done: SiteRow[] }) {
  const [limit, setLimit] = useState(PAGE);
  return (
    <details class="done">
      <summary>{t('ui_doneCount', [done.length])}</summary>
      <ul class="site-list">
        {done.slice(0, limit).map((row) => (
          <li key={row.site} class="item done-item" data-site={row.site}>
            <div class="item-head">
              <span class="site-name">{siteName(row)}</span>
              <span class="status">{statusWord(row.status as Status)}</span>
            </div>
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

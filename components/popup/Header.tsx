// The popup's header: the number being given up, its date and the days left; or the question
// "which number, and when?" when none is set.
import type { NumberRow } from '@/utils/db';
import { t } from '@/utils/i18n';
import { daysUntil } from '@/utils/inventory/reminders';
import { formatDay, numberLabel, tn } from '../common/words';

export function NumberHeader({
  numbers,
  number,
  onPick,
  onAsk,
}: {
  numbers: readonly NumberRow[];
  /** The number whose checklist is shown; undefined = all numbers. */
  number: NumberRow | undefined;
  onPick: (id: string) => void;
  /** Opens the page that asks which number and when. */
  onAsk: () => void;
}) {
  const days = number?.cancelDate ? daysUntil(number.cancelDate, Date.now()) : null;
  return (
    <section class="number-head" aria-labelledby="number-h">
      <h2 id="number-h" class="visually-hidden">{t('ui_head_title')}</h2>
      {number ? (
        <p data-number={number.id}>
          <strong>{numberLabel(number)}</strong>
          {number.cancelDate ? (
            <>
              {' · '}
              {t('ui_head_cancel', formatDay(number.cancelDate))}
              {days !== null ? (
                <>
                  {' · '}
                  <span class="days-left">
                    {days > 0 ? tn('cl_daysLeft', days) : days === 0 ? t('ui_head_today') : t('ui_head_past')}
                  </span>
                </>
              ) : null}
            </>
          ) : (
            <> · {t('ui_head_noDate')}</>
          )}
        </p>
      ) : (
        <p>{numbers.length ? t('ui_head_all') : t('ui_head_ask')}</p>
      )}
      <div class="bar">
        {numbers.length > 1 ? (
          <span class="field inline-field">
            <label for="checklist-number">{t('ui_checklist_number')}</label>
            <select id="checklist-number" value={number?.id ?? ''} onChange={(e) => onPick((e.target as HTMLSelectElement).value)}>
              <option value="">{t('ui_checklist_allNumbers')}</option>
              {numbers.map((n) => (
                <option key={n.id} value={n.id}>
                  {numberLabel(n)}
                </option>
              ))}
            </select>
          </span>
        ) : null}
        {!numbers.some((n) => n.cancelDate) ? (
          <button type="button" class="secondary" onClick={onAsk}>
            {t('ui_head_set')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

// The first-run page (options.html#welcome, opened on install; the popup links to it while no
// number has a date): which number is being given up, and when. Skippable.
import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { recyclingRule } from '@/utils/inventory/recycling';
import { AddNumberForm } from '../inventory';
import { formatDay, numberLabel, tn } from '../common/words';
import { daysUntil } from '@/utils/inventory/reminders';
import { OneCardPanel } from '../onecard/OneCardPanel';
import { useLive } from '../useLive';

export function Welcome() {
  const numbers = useLive(() => getDb().numbers.toArray());
  const dated = (numbers ?? []).filter((n) => n.cancelDate);
  return (
    <section class="welcome prose" aria-labelledby="welcome-h">
      <h2 id="welcome-h">{t('ui_welcome_title')}</h2>
      <p>{t('ui_welcome_what')}</p>
      <p>{t('ui_welcome_ask')}</p>
      <p class="muted">{t('ui_welcome_private')}</p>
      {dated.length ? (
        <ul class="welcome-numbers" aria-label={t('inv_numbers_title')}>
          {dated.map((n) => {
            const days = daysUntil(n.cancelDate!, Date.now());
            const rule = recyclingRule(n.country);
            return (
              <li key={n.id} data-number={n.id}>
                <strong>{numberLabel(n)}</strong> · {t('ui_head_cancel', formatDay(n.cancelDate!))}
                {days !== null && days > 0 ? ` · ${tn('cl_daysLeft', days)}` : ''}
                <div class="muted">{rule ? t(`cl_recycle_${rule.country}`) : t('cl_recycle_unknown')}</div>
                {/* The check answers by SMS up to two days later: worth asking on the first day. */}
                <OneCardPanel number={n} />
              </li>
            );
          })}
        </ul>
      ) : null}
      <AddNumberForm />
      <p class="actions">
        <a class="button" href="#sites">
          {dated.length ? t('ui_welcome_next') : t('ui_welcome_skip')}
        </a>
      </p>
    </section>
  );
}

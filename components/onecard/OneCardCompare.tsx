// "It reports N accounts at its partner apps; your list has M of those apps", and the partner
// apps not in the list, each added with one tap (evidence `manual`, as the quick pick does).
import { useState } from 'preact/hooks';
import { entryForSite } from '@/utils/catalog/lookup';
import { getDb } from '@/utils/db';
import { t, uiLanguage } from '@/utils/i18n';
import { checklist } from '@/utils/inventory/checklist';
import { addManualSite } from '@/utils/inventory/manual';
import { compareOneCard } from '@/utils/onecard/compare';
import { ONE_CARD, ONE_CARD_APPS } from '@/utils/onecard/facts';
import { pluralKey } from '@/utils/plural';
import { siteName } from '../common/words';
import { errorText } from '../inventory/errors';
import { useLive } from '../useLive';

const COMPANY_ONLY = new Set(ONE_CARD.apps.filter((a) => a.named === 'company').map((a) => a.site));

export function OneCardCompare({ numberId, reported }: { numberId: string; reported: number }) {
  const rows = useLive(() => getDb().sites.toArray());
  const [error, setError] = useState('');
  if (!rows) return null;
  const lang = uiLanguage();
  const c = compareOneCard(reported, ONE_CARD_APPS, checklist(rows, { numberId }), entryForSite);
  const name = (site: string) => siteName({ site });
  const add = (site: string) =>
    addManualSite(getDb(), site, numberId).then(() => setError(''), (e: unknown) => setError(errorText(e)));

  return (
    <div class="onecard-compare" aria-live="polite">
      <p><strong>{t(pluralKey('onecard_compare', reported, lang), [reported, c.listed.length, ONE_CARD_APPS.length])}</strong></p>
      {c.listed.length > 0 && <p class="inv-hint">{t('onecard_in_list', c.listed.map(name).join(t('ui_listSep')))}</p>}
      {c.gap === 0 ? (
        <p>{t('onecard_no_gap')}</p>
      ) : c.missing.length ? (
        <>
          <p>{t(pluralKey('onecard_gap', c.gap, lang), [c.gap])}</p>
          <ul class="qp-list" aria-label={t('onecard_missing_label')}>
            {c.missing.map((site) => (
              <li key={site}>
                <button type="button" class="qp-item" onClick={() => void add(site)}>
                  {t('onecard_add', name(site))}
                  {COMPANY_ONLY.has(site) ? ` ${t('onecard_company')}` : ''}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t(pluralKey('onecard_gap_unnamed', c.gap, lang), [c.gap])}</p>
      )}
      {error && <p class="inv-error" role="alert">{error}</p>}
    </div>
  );
}

// China's One-Card Check (一证通查 2.0) beside Rebind's list, for one Chinese number: how to ask
// it, the count it returned, and the comparison. Shown on the Numbers screen and the first-run
// page; closed by default (a <details>, so it opens from the keyboard like any disclosure).
import type { NumberRow } from '@/utils/db/schema';
import { t, uiLanguage } from '@/utils/i18n';
import { ONE_CARD, ONE_CARD_APPS, oneCardApplies } from '@/utils/onecard/facts';
import type { OneCardFacts } from '@/utils/onecard/schema';
import { oneCardResults } from '@/utils/onecard/store';
import { safeWebUrl } from '@/utils/url';
import { formatDay } from '../common/words';
import { useStorageItem } from '../common/useStorageItem';
import { OneCardCompare } from './OneCardCompare';
import { OneCardCount } from './OneCardCount';
import { OneCardSteps } from './OneCardSteps';
import './onecard.css';

type Source = OneCardFacts['what']['sources'][number];

/** Every source the panel rests on, once each. */
function allSources(): Source[] {
  const list = [ONE_CARD.what, ONE_CARD.ask, ONE_CARD.reply, ONE_CARD.coverage, ...ONE_CARD.apps].flatMap((f) => f.sources);
  return [...new Map(list.map((s) => [s.url, s])).values()];
}

function Sources() {
  return (
    <details class="onecard-sources">
      <summary>{t('onecard_sources')}</summary>
      <ul>
        {allSources().map((s) => {
          const href = safeWebUrl(s.url);
          const label = s.title ?? s.url;
          return (
            <li key={s.url}>
              {href ? <a href={href} target="_blank" rel="noreferrer noopener">{label}</a> : label}
              {' '}({t(`onecard_src_${s.type.replaceAll('-', '_')}`)}, {t('onecard_src_read', formatDay(s.retrieved))})
            </li>
          );
        })}
      </ul>
    </details>
  );
}

export function OneCardPanel({ number }: { number: Pick<NumberRow, 'id' | 'country'> }) {
  const [results] = useStorageItem(oneCardResults);
  if (!oneCardApplies(number)) return null;
  const saved = results?.[number.id];
  const name = uiLanguage() === 'zh' ? ONE_CARD.name.zh : ONE_CARD.name.en;
  const { coverage } = ONE_CARD;
  return (
    <details class="onecard" data-onecard={number.id}>
      <summary>{t('onecard_title')}</summary>
      <p>{t('onecard_intro', [name, formatDay(ONE_CARD.what.launched)])}</p>
      <OneCardSteps />
      <OneCardCount numberId={number.id} saved={saved} />
      {saved ? (
        <OneCardCompare numberId={number.id} reported={saved.count} />
      ) : (
        <p class="inv-hint">{t('onecard_empty', [ONE_CARD.reply.withinHours])}</p>
      )}
      <p class="inv-hint">{t('onecard_partial', [coverage.apps, coverage.companies, ONE_CARD_APPS.length])}</p>
      <Sources />
    </details>
  );
}

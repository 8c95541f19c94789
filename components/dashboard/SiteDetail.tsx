// One site in full: what it uses the number for, where to change it, the catalog's facts and
// the evidence timeline (read per site through the [site+at] index, newest first, in pages).
import Dexie from 'dexie';
import { useState } from 'preact/hooks';
import { entryForSite } from '@/utils/catalog/lookup';
import { getDb, type EvidenceRow, type NumberRow, type SiteRow } from '@/utils/db';
import { safeWebUrl } from '@/utils/url';
import { t } from '@/utils/i18n';
import { itemOf } from '@/utils/inventory/checklist';
import { forgetSite } from '@/utils/inventory/forget';
import { ConfirmButton } from '../common/ConfirmButton';
import { GuideInfo, SiteActions } from '../common/SiteActions';
import {
  certaintyWord, formatDate, impactWord, kindsInWords, numberLabel, showMasked, siteName, statusLine, strengthWord,
} from '../common/words';
import { useLive } from '../useLive';

const EVIDENCE_PAGE = 20;

function evidenceFor(site: string) {
  return getDb().evidence.where('[site+at]').between([site, Dexie.minKey], [site, Dexie.maxKey]);
}

function Evidence({ ev }: { ev: EvidenceRow }) {
  const url = safeWebUrl(ev.url);
  return (
    <li>
      <time dateTime={new Date(ev.at).toISOString()}>{formatDate(ev.at)}</time>{' '}
      <span class="source">{t(`ui_source_${ev.source.replace('-', '_')}`)}</span>
      {' · '}
      {strengthWord(ev.strength)}
      {ev.kinds.length ? ` · ${kindsInWords(ev.kinds)}` : ''}
      {ev.masked?.length ? ` · ${ev.masked.map(showMasked).join(', ')}` : ''}
      {ev.detail ? <div class="muted">{ev.detail}</div> : null}
      {url ? <div class="muted url">{url}</div> : null}
    </li>
  );
}

export function SiteDetail({ row, numbers, onClose }: { row: SiteRow; numbers: readonly NumberRow[]; onClose: () => void }) {
  const [limit, setLimit] = useState(EVIDENCE_PAGE);
  const evidence = useLive(() => evidenceFor(row.site).reverse().limit(limit).toArray(), [row.site, limit]);
  const count = useLive(() => evidenceFor(row.site).count(), [row.site]);
  const entry = entryForSite(row.site);
  const item = itemOf(row, () => entry);
  const used = row.numberIds.map((id) => numbers.find((n) => n.id === id)).filter((n): n is NumberRow => !!n);
  return (
    <section class="detail" aria-labelledby="detail-h" data-detail={row.site}>
      <div class="bar">
        <h2 id="detail-h" tabIndex={-1}>{siteName(row, entry)}</h2>
        <button type="button" class="secondary" onClick={onClose}>
          {t('ui_close')}
        </button>
      </div>
      <dl class="facts">
        <dt>{t('ui_col_site')}</dt>
        <dd>{row.site}</dd>
        <dt>{t('ui_col_certainty')}</dt>
        <dd>{certaintyWord(item?.certainty ?? 'not-phone')}</dd>
        {item ? (
          <>
            <dt>{t('ui_col_impact')}</dt>
            <dd>{impactWord(item.impact)}</dd>
          </>
        ) : null}
        <dt>{t('colKinds')}</dt>
        <dd>{row.kinds.length ? kindsInWords(row.kinds) : '—'}</dd>
        <dt>{t('ui_col_status')}</dt>
        <dd>{statusLine(row)}</dd>
        <dt>{t('ui_col_number')}</dt>
        <dd>
          {used.length ? used.map(numberLabel).join(', ') : t('ui_number_unknown')}
          {row.numberAmbiguous ? ` (${t('ui_number_ambiguous')})` : ''}
        </dd>
        <dt>{t('ui_col_evidence')}</dt>
        <dd>{strengthWord(row.strength)}</dd>
        <dt>{t('ui_firstLast')}</dt>
        <dd>
          {formatDate(row.firstSeen)} – {formatDate(row.lastSeen)}
        </dd>
      </dl>
      <h3>{t('ui_detail_where')}</h3>
      <GuideInfo row={row} />
      <SiteActions row={row} />
      {entry ? (
        <>
          <h3>{t('ui_detail_catalog')}</h3>
          <dl class="facts">
            <dt>{t('ui_detail_category')}</dt>
            <dd>{t(`ui_cat_${entry.category}`)}</dd>
            {entry.kinds.length ? (
              <>
                <dt>{t('ui_detail_known')}</dt>
                <dd>{kindsInWords(entry.kinds)}</dd>
              </>
            ) : null}
            {entry.regions?.length ? (
              <>
                <dt>{t('ui_detail_regions')}</dt>
                <dd>{entry.regions.map((r) => r.toUpperCase()).join(', ')}</dd>
              </>
            ) : null}
            <dt>{t('ui_detail_source')}</dt>
            <dd>
              {entry.source}
              {entry.checked ? ` (${t('ui_detail_checked', entry.checked)})` : ''}
            </dd>
          </dl>
        </>
      ) : null}
      <h3>{t('ui_detail_timeline', [count ?? 0])}</h3>
      {evidence?.length ? (
        <ol class="timeline">
          {evidence.map((ev) => (
            <Evidence key={ev.id} ev={ev} />
          ))}
        </ol>
      ) : (
        <p class="muted">{t('ui_detail_noEvidence')}</p>
      )}
      {count !== undefined && count > limit ? (
        <button type="button" class="secondary" onClick={() => setLimit(limit + EVIDENCE_PAGE * 5)}>
          {t('ui_detail_older')}
        </button>
      ) : null}
      <h3>{t('safety_forget_title')}</h3>
      <ConfirmButton
        label={t('safety_forget_button')}
        question={t('safety_forget_question', siteName(row, entry))}
        confirm={t('safety_forget_yes')}
        onConfirm={async () => {
          await forgetSite(getDb(), row.site);
          onClose();
        }}
      />
    </section>
  );
}

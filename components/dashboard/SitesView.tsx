// All sites: search, filters, sort, a page of rows at a time, and one site's detail.
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { NumberRow, SiteRow } from '@/utils/db';
import { t } from '@/utils/i18n';
import { CERTAINTIES } from '@/utils/inventory/certainty';
import { KINDS, STATUSES } from '@/utils/types';
import { certaintyWord, formatDate, impactWord, kindsInWords, numberLabel, statusLine, statusWord, tn } from '../common/words';
import { applyQuery, countsFor, indexRows, NO_FILTERS, SORTS, type Filters } from './query';
import { SiteDetail } from './SiteDetail';

export const ROWS_PER_PAGE = 100;

function Select({ label, value, onChange, options }: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: [string, string][];
}) {
  const id = useId();
  return (
    <span class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}

export function SitesView({ sites, numbers }: { sites: readonly SiteRow[]; numbers: readonly NumberRow[] }) {
  const [f, setF] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  const indexed = useMemo(() => indexRows(sites), [sites]);
  const shown = useMemo(() => applyQuery(indexed, f, numbers), [indexed, f, numbers]);
  const counts = useMemo(() => countsFor(indexed, f.number), [indexed, f.number]);
  const pages = Math.max(1, Math.ceil(shown.length / ROWS_PER_PAGE));
  const current = Math.min(page, pages - 1);
  const slice = shown.slice(current * ROWS_PER_PAGE, (current + 1) * ROWS_PER_PAGE);
  const labels = useMemo(() => new Map(numbers.map((n) => [n.id, numberLabel(n)])), [numbers]);
  const selectedRow = selected ? sites.find((s) => s.site === selected) : undefined;
  const set = (patch: Partial<Filters>) => {
    setF({ ...f, ...patch });
    setPage(0);
  };
  useEffect(() => {
    if (selected) detailRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [selected]);

  return (
    <div class="sites-view">
      <div class="toolbar" role="search">
        <label class="field grow">
          {t('ui_search')}{' '}
          <input type="search" value={f.text} onInput={(e) => set({ text: (e.target as HTMLInputElement).value })} />
        </label>
        <Select label={t('ui_sortBy')} value={f.sort} onChange={(v) => set({ sort: v as Filters['sort'] })}
          options={SORTS.map((s) => [s, t(`ui_sort_${s}`)])} />
        <Select label={t('ui_col_status')} value={f.status} onChange={(v) => set({ status: v })}
          options={[['', t('ui_filter_all')], ['open', t('ui_filter_open')], ['done', t('ui_filter_done')],
            ...STATUSES.map((s): [string, string] => [s, statusWord(s)])]} />
        <Select label={t('ui_col_certainty')} value={f.certainty} onChange={(v) => set({ certainty: v as Filters['certainty'] })}
          options={[['', t('ui_filter_checklist')],
            ...CERTAINTIES.map((c): [string, string] => [c, c === 'not-phone' ? t('ui_filter_other') : certaintyWord(c)])]} />
        <Select label={t('colKinds')} value={f.kind} onChange={(v) => set({ kind: v as Filters['kind'] })}
          options={[['', t('ui_filter_all')], ...KINDS.map((k): [string, string] => [k, kindsInWords([k])])]} />
        {numbers.length ? (
          <Select label={t('ui_col_number')} value={f.number} onChange={(v) => set({ number: v })}
            options={[['', t('ui_filter_all')], ...numbers.map((n): [string, string] => [n.id, numberLabel(n)])]} />
        ) : null}
      </div>
      {counts.total ? (
        <p class="progress" data-open={counts.open} data-done={counts.done} data-total={counts.total}>
          {tn('cl_progress', counts.total, [counts.done, counts.total, counts.open])}
        </p>
      ) : null}
      <p class="muted" role="status" aria-live="polite">
        {t('ui_showing', [shown.length ? current * ROWS_PER_PAGE + 1 : 0, current * ROWS_PER_PAGE + slice.length, shown.length])}
      </p>
      {selectedRow ? (
        <div ref={detailRef}>
          <SiteDetail row={selectedRow} numbers={numbers} onClose={() => setSelected(null)} />
        </div>
      ) : null}
      <table class="sites">
        <caption class="visually-hidden">{t('popupSitesLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui_col_site')}</th>
            <th scope="col">{t('ui_col_impact')}</th>
            <th scope="col">{t('ui_col_certainty')}</th>
            <th scope="col">{t('colKinds')}</th>
            <th scope="col">{t('ui_col_status')}</th>
            <th scope="col">{t('ui_col_number')}</th>
            <th scope="col">{t('colLastSeen')}</th>
          </tr>
        </thead>
        <tbody>
          {slice.map(({ row, name, item }) => (
            <tr key={row.site} data-site={row.site} data-certainty={item?.certainty ?? 'not-phone'}
              class={row.status === 'todo' ? '' : 'is-done'}>
              <th scope="row">
                <button type="button" class="link" aria-expanded={selected === row.site} onClick={() => setSelected(row.site)}>
                  {name}
                </button>
                {name !== row.site ? <div class="muted small">{row.site}</div> : null}
              </th>
              <td>{item ? impactWord(item.impact) : '—'}</td>
              <td><span class={`certainty certainty-${item?.certainty ?? 'not-phone'}`}>{certaintyWord(item?.certainty ?? 'not-phone')}</span></td>
              <td>{kindsInWords(row.kinds)}</td>
              <td>{statusLine(row)}</td>
              <td>{row.numberIds.map((id) => labels.get(id) ?? '').filter(Boolean).join(', ') || '—'}</td>
              <td>{formatDate(row.lastSeen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav class="pager" aria-label={t('ui_pages')}>
          <button type="button" class="secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('ui_prev')}
          </button>
          <span>{t('ui_pageOf', [current + 1, pages])}</span>
          <button type="button" class="secondary" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('ui_next')}
          </button>
        </nav>
      ) : null}
    </div>
  );
}

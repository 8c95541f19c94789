// "Which of these do you use?": the services most used in the number's country and worldwide,
// by name (no logos: nothing is fetched), one tap each (evidence 'manual'), search for more.
// Self-contained so the first-run tab can embed it: <QuickPick /> or <QuickPick numberId=… />.
import { useState } from 'preact/hooks';
import quickPick from '../../data/quick-pick.json';
import { entryForSite, searchCatalog } from '@/utils/catalog/lookup';
import { getDb } from '@/utils/db';
import { t, uiLanguage } from '@/utils/i18n';
import { addManualSite } from '@/utils/inventory/manual';
import { useLive } from '../useLive';
import '../inventory/inventory.css';

const LISTS = quickPick as { countries: Record<string, string[]>; global: string[] };

/** The quick-pick sites for a country: its own list first, then the global one. */
export function quickPickSites(country: string | undefined): string[] {
  const own = (country && LISTS.countries[country.toUpperCase()]) || [];
  return [...new Set([...own, ...LISTS.global])].filter((s) => entryForSite(s));
}

export function QuickPick({ numberId: fixed }: { numberId?: string } = {}) {
  const data = useLive(async () => {
    const db = getDb();
    const [numbers, manual] = await Promise.all([
      db.numbers.toArray(),
      db.evidence.filter((e) => e.source === 'manual').toArray(),
    ]);
    return { numbers, manual };
  });
  const [chosen, setChosen] = useState('');
  const [query, setQuery] = useState('');
  const numberId = fixed ?? (chosen || data?.numbers[0]?.id || '');
  const number = data?.numbers.find((n) => n.id === numberId);
  const picked = new Set((data?.manual ?? []).filter((e) => !numberId || e.numberId === numberId).map((e) => e.site));
  const zh = uiLanguage() === 'zh';
  const nameOf = (site: string) => {
    const e = entryForSite(site);
    return (zh ? e?.name.zh : undefined) ?? e?.name.en ?? site;
  };
  const sites = quickPickSites(number?.country);
  const found = query.trim() ? searchCatalog(query, 10).map((e) => e.site) : [];

  const tap = (site: string) => {
    if (!picked.has(site)) void addManualSite(getDb(), site, numberId || undefined);
  };
  const button = (site: string) => (
    <li key={site}>
      <button type="button" class="qp-item" aria-pressed={picked.has(site)} onClick={() => tap(site)}>
        {nameOf(site)}
        {picked.has(site) ? ` ✓` : ''}
      </button>
    </li>
  );

  return (
    <section class="inv-section" aria-labelledby="qp-title" data-quick-pick>
      <h2 id="qp-title">{t('qp_title')}</h2>
      <p class="inv-hint">{t('qp_intro')}</p>
      {!fixed && (data?.numbers.length ?? 0) > 1 && (
        <label>
          {t('qp_number')}{' '}
          <select value={numberId} onChange={(e) => setChosen(e.currentTarget.value)}>
            {data!.numbers.map((n) => <option key={n.id} value={n.id}>{n.label} (…{n.suffix})</option>)}
          </select>
        </label>
      )}
      <ul class="qp-list" aria-label={t('qp_title')}>{sites.map(button)}</ul>
      <label>
        {t('qp_search')}{' '}
        <input type="search" value={query} maxLength={200} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      {query.trim() && (found.length ? (
        <ul class="qp-list" aria-label={t('qp_results')}>{found.map(button)}</ul>
      ) : (
        <p class="inv-hint">{t('qp_none')}</p>
      ))}
      <p class="inv-hint" aria-live="polite">{t('qp_count', [picked.size])}</p>
    </section>
  );
}

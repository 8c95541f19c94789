// Add a site or an app by hand: search the catalog by English or Chinese name, or type a domain.
import { useState } from 'preact/hooks';
import { searchCatalog } from '@/utils/catalog/lookup';
import { getDb } from '@/utils/db';
import { t, uiLanguage } from '@/utils/i18n';
import { addManualSite, siteFromInput } from '@/utils/inventory/manual';
import { errorText } from './errors';
import './inventory.css';

function typedDomain(query: string): string | null {
  try {
    return siteFromInput(query);
  } catch {
    return null;
  }
}

export function AddSite({ onAdded }: { onAdded?: (site: string) => void } = {}) {
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const zh = uiLanguage() === 'zh';
  const results = query.trim() ? searchCatalog(query, 8) : [];
  const domain = typedDomain(query);
  const showDomain = domain && !results.some((r) => r.site === domain);

  const add = async (key: string, label: string) => {
    setError('');
    try {
      const site = await addManualSite(getDb(), key);
      setMessage(t('inv_add_added', [label]));
      setQuery('');
      onAdded?.(site);
    } catch (e) {
      setMessage('');
      setError(errorText(e));
    }
  };

  return (
    <section class="inv-section" aria-labelledby="inv-add-title">
      <h2 id="inv-add-title">{t('inv_add_title')}</h2>
      <p class="inv-hint">{t('inv_add_intro')}</p>
      <form class="inv-form" onSubmit={(e) => {
        e.preventDefault();
        const first = results[0];
        if (first) void add(first.site, first.name.en);
        else void add(query, query.trim());
      }}>
        <label>
          {t('inv_add_search')}
          <input type="search" value={query} maxLength={200} placeholder={t('inv_add_placeholder')}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setMessage('');
              setError('');
            }} />
        </label>
      </form>
      {(results.length > 0 || showDomain) && (
        <ul class="inv-results" aria-label={t('inv_add_results')}>
          {results.map((r) => {
            const name = zh && r.name.zh ? r.name.zh : r.name.en;
            return (
              <li key={r.site}>
                <span>{name}</span>
                <span class="inv-hint">{r.site}</span>
                <button type="button" onClick={() => void add(r.site, name)}>{t('inv_add_button')}</button>
              </li>
            );
          })}
          {showDomain && (
            <li>
              <button type="button" onClick={() => void add(domain, domain)}>{t('inv_add_domain', [domain])}</button>
            </li>
          )}
        </ul>
      )}
      {query.trim() && !results.length && !showDomain && <p class="inv-hint">{t('inv_add_no_match')}</p>}
      {message && <p role="status">{message}</p>}
      {error && <p class="inv-error" role="alert">{error}</p>}
    </section>
  );
}

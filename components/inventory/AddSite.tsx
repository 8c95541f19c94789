// Add a site or an app by hand: search the catalog by English or Chinese name, type a domain,
// or add an app the catalog does not know by its name. A site already listed is named, not added.
import { useState } from 'preact/hooks';
import { searchCatalog } from '@/utils/catalog/lookup';
import { getDb } from '@/utils/db';
import { t, uiLanguage } from '@/utils/i18n';
import { addAppByName, addManualSite, manualKey, siteFromInput } from '@/utils/inventory/manual';
import { nameKey } from '@/utils/inventory/name-key';
import { siteName } from '../common/words';
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
  // Not a domain: the words may be an app's name the catalog does not know.
  const appName = !domain && nameKey(query) ? query.trim().replace(/\s+/g, ' ') : '';

  const add = async (key: string, label: string, byName = false) => {
    setError('');
    try {
      const db = getDb();
      const listed = await db.sites.get(byName ? (nameKey(key) ?? '') : manualKey(key));
      if (listed) {
        setMessage(t('add_already', [siteName(listed)]));
        return;
      }
      const site = byName ? await addAppByName(db, key) : await addManualSite(db, key);
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
        if (first) void add(first.site, zh && first.name.zh ? first.name.zh : first.name.en);
        else if (domain) void add(query, domain);
        else if (appName) void add(appName, appName, true);
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
      {(results.length > 0 || showDomain || appName) && (
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
          {appName && (
            <li>
              <button type="button" onClick={() => void add(appName, appName, true)}>{t('add_by_name', [appName])}</button>
            </li>
          )}
        </ul>
      )}
      {query.trim() && !results.length && !showDomain && !appName && <p class="inv-hint">{t('inv_add_no_match')}</p>}
      {message && <p role="status">{message}</p>}
      {error && <p class="inv-error" role="alert">{error}</p>}
    </section>
  );
}

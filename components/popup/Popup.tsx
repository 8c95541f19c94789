// The popup: one glance. The current site, then the checklist for the number being cancelled.
import { useLayoutEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { useLive } from '../useLive';
import { Checklist } from './Checklist';
import { CurrentSite, useCurrentSite } from './CurrentSite';

/** Opens a section of the dashboard (#sites, #import, #export ...). */
export function openDashboard(section = ''): void {
  const url = browser.runtime.getURL('/options.html') + (section ? `#${section}` : '');
  browser.tabs.create({ url }).catch(console.error);
}

function DashLink({ section, text }: { section: string; text: string }) {
  return (
    <a
      href={`/options.html#${section}`}
      onClick={(e) => {
        e.preventDefault();
        openDashboard(section);
      }}
    >
      {text}
    </a>
  );
}

function Empty() {
  return (
    <section class="empty" aria-labelledby="empty-h">
      <h2 id="empty-h">{t('ui_empty_title')}</h2>
      <p>{t('ui_empty_what')}</p>
      <p>{t('ui_empty_how')}</p>
      <ul>
        <li>{t('ui_empty_browse')}</li>
        <li>
          <DashLink section="import" text={t('ui_empty_history')} />
        </li>
        <li>
          <DashLink section="import" text={t('ui_empty_passwords')} />
        </li>
        <li>
          <DashLink section="import" text={t('ui_empty_add')} />
        </li>
      </ul>
      <p class="muted">{t('ui_privacy_short')}</p>
    </section>
  );
}

export function Popup() {
  const data = useLive(async () => {
    const db = getDb();
    const [sites, numbers] = await Promise.all([db.sites.orderBy('risk').reverse().toArray(), db.numbers.toArray()]);
    performance.mark('rebind:popup-data');
    return { sites, numbers };
  });
  const site = useCurrentSite();
  useLayoutEffect(() => {
    // For bench/ui.bench.ts: data arrived -> DOM committed and laid out.
    if (!data) return;
    void document.body.offsetHeight;
    performance.mark('rebind:popup-rendered');
  }, [data]);
  return (
    <main class="popup" aria-busy={!data}>
      <header class="bar">
        <h1>{t('extName')}</h1>
        <button type="button" class="secondary" onClick={() => openDashboard('sites')}>
          {t('ui_openDashboard')}
        </button>
      </header>
      {site !== undefined ? <CurrentSite site={site} /> : null}
      {!data ? null : data.sites.length === 0 ? (
        <Empty />
      ) : (
        <Checklist sites={data.sites} numbers={data.numbers} />
      )}
      {data?.sites.length ? (
        <footer class="bar">
          <DashLink section="export" text={t('ui_exportChecklist')} />
          <DashLink section="sites" text={t('ui_allSites')} />
        </footer>
      ) : null}
    </main>
  );
}

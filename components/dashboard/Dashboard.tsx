// The dashboard: every site, numbers, imports, export, settings and what is stored, one
// section at a time (the URL's #hash picks it, so the popup can link straight to one).
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { ExportPanel, ImportBackup } from '../export';
import { AddSite, HistoryImport, NumbersManager, PasswordImport } from '../inventory';
import '../inventory/inventory.css';
import { QuickPick } from '../quickpick/QuickPick';
import { SmsImport } from '../sms/SmsImport';
import { useLive } from '../useLive';
import { ConfirmChanged } from './ConfirmChanged';
import { PrivacyView, SettingsView } from './SettingsView';
import { SitesView } from './SitesView';
import { Welcome } from './Welcome';
import { UndoNotice } from '../common/Undo';
import { WriteProblemBanner } from '../common/WriteProblemBanner';

export const SECTIONS = ['sites', 'numbers', 'import', 'export', 'settings', 'privacy'] as const;
/** `welcome` is the first-run page: reached by its link, not listed in the navigation. */
export type Section = (typeof SECTIONS)[number] | 'welcome';

function fromHash(): Section {
  const h = location.hash.slice(1);
  if (h === 'welcome') return 'welcome';
  return (SECTIONS as readonly string[]).includes(h) ? (h as Section) : 'sites';
}

function Empty() {
  return (
    <div class="empty">
      <h2>{t('ui_empty_title')}</h2>
      <p>{t('ui_empty_what')}</p>
      <p>{t('ui_empty_how')}</p>
      <ul>
        <li>{t('ui_empty_browse')}</li>
        <li><a href="#import">{t('ui_empty_history')}</a></li>
        <li><a href="#import">{t('ui_empty_passwords')}</a></li>
        <li><a href="#import">{t('ui_empty_add')}</a></li>
      </ul>
    </div>
  );
}

export function Dashboard() {
  const [section, setSection] = useState<Section>(fromHash);
  useEffect(() => {
    const on = () => setSection(fromHash());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const data = useLive(async () => {
    const db = getDb();
    const [sites, numbers] = await Promise.all([db.sites.orderBy('risk').reverse().toArray(), db.numbers.toArray()]);
    performance.mark('rebind:dash-data');
    return { sites, numbers };
  });
  useLayoutEffect(() => {
    if (!data) return;
    void document.body.offsetHeight;
    performance.mark('rebind:dash-rendered');
  }, [data]);

  return (
    <div class="dashboard">
      <header>
        <h1>{t('dashboardTitle')}</h1>
        <nav aria-label={t('ui_nav_label')}>
          <ul class="tabs">
            {SECTIONS.map((s) => (
              <li key={s}>
                <a href={`#${s}`} aria-current={s === section ? 'page' : undefined}>
                  {t(`ui_nav_${s}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <WriteProblemBanner />
      <ConfirmChanged />
      <main id={`section-${section}`} aria-busy={!data}>
        {section === 'sites' ? (
          !data ? null : data.sites.length ? (
            <>
              <h2 class="visually-hidden">{t('ui_nav_sites')}</h2>
              <SitesView sites={data.sites} numbers={data.numbers} />
            </>
          ) : (
            <Empty />
          )
        ) : section === 'numbers' ? (
          <NumbersManager />
        ) : section === 'import' ? (
          <>
            <HistoryImport />
            <PasswordImport />
            <SmsImport />
            <QuickPick />
            <AddSite />
          </>
        ) : section === 'export' ? (
          <>
            <ExportPanel />
            <ImportBackup />
          </>
        ) : section === 'welcome' ? (
          <Welcome />
        ) : section === 'settings' ? (
          <SettingsView />
        ) : (
          <PrivacyView />
        )}
      </main>
      <UndoNotice />
    </div>
  );
}

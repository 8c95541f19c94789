// The popup: one glance, at most 600 px tall. The number being given up and its days left,
// progress, the current site, then the checklist (it scrolls; the header and Undo stay put).
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { checklist, currentNumber } from '@/utils/inventory/checklist';
import { localDate } from '@/utils/inventory/reminders';
import { UndoNotice } from '../common/Undo';
import { WriteProblemBanner } from '../common/WriteProblemBanner';
import { useLive } from '../useLive';
import { DoneList, NextSteps, OpenList, Progress } from './Checklist';
import { CurrentSite, useCurrentSite } from './CurrentSite';
import { NumberHeader } from './Header';

/** Opens a section of the dashboard (#sites, #import, #export, #welcome ...). */
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
    const [sites, numbers] = await Promise.all([db.sites.toArray(), db.numbers.toArray()]);
    performance.mark('rebind:popup-data');
    return { sites, numbers };
  });
  const site = useCurrentSite();
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const numbers = data?.numbers ?? [];
  const numberId = picked ?? currentNumber(numbers, localDate(Date.now()))?.id ?? '';
  const number = numbers.find((n) => n.id === numberId);
  const list = useMemo(() => (data ? checklist(data.sites, { numberId }) : null), [data, numberId]);
  useLayoutEffect(() => {
    // For bench/ui.bench.ts: data arrived -> DOM committed and laid out.
    if (!data) return;
    void document.body.offsetHeight;
    performance.mark('rebind:popup-rendered');
  }, [data]);
  const row = site && data ? data.sites.find((s) => s.site === site) : undefined;
  // The current site's item is shown above the list, never twice.
  const open = list ? list.open.filter((i) => i.row.site !== site) : [];
  return (
    <main class="popup" aria-busy={!data}>
      <header class="bar">
        <h1>{t('extName')}</h1>
        <button type="button" class="secondary" onClick={() => openDashboard('sites')}>
          {t('ui_openDashboard')}
        </button>
      </header>
      <WriteProblemBanner />
      {data ? (
        <NumberHeader numbers={numbers} number={number} onPick={setPicked} onAsk={() => openDashboard('welcome')} />
      ) : null}
      {!data || !list ? null : data.sites.length === 0 ? (
        <Empty />
      ) : (
        <>
          <Progress list={list} />
          <div class="scroll">
            {site !== undefined ? (
              <CurrentSite site={site} row={row} list={list} numbers={numbers} showUnconfirmed={!!numberId} />
            ) : null}
            <section class="checklist" aria-labelledby="checklist-h">
              <h2 id="checklist-h">{t('ui_checklist_title')}</h2>
              {list.counts.total > 0 && list.counts.open === 0 ? <NextSteps number={number} /> : null}
              <OpenList items={open} showUnconfirmed={!!numberId} />
              <DoneList done={list.done} />
            </section>
          </div>
        </>
      )}
      <UndoNotice />
      {data?.sites.length ? (
        <footer class="bar">
          <DashLink section="export" text={t('ui_exportChecklist')} />
          <DashLink section="sites" text={t('ui_allSites')} />
        </footer>
      ) : null}
    </main>
  );
}

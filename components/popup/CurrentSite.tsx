// The site of the active tab: is it on the checklist, and if so the item itself (the list below
// then leaves it out, so it is never shown twice); if not, why not.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { entryForSite, siteForHost } from '@/utils/catalog/lookup';
import { getDb, type NumberRow, type SiteRow } from '@/utils/db';
import { t } from '@/utils/i18n';
import { itemOf, type Checklist } from '@/utils/inventory/checklist';
import { addManualSite } from '@/utils/inventory/manual';
import { pausedSites } from '@/utils/settings';
import { isWebUrl } from '@/utils/url';
import { ACCOUNT_KINDS } from '@/utils/types';
import { useStorageItem } from '../common/useStorageItem';
import { kindsInWords, labelled, numberLabel, siteName, statusLine } from '../common/words';
import { SiteActions } from '../common/SiteActions';
import { Item } from './Item';

/**
 * The tab whose site is shown. Normally the active tab of the current window; `?tab=<id>` in the
 * popup's URL only chooses another tab to describe (tests open the popup as a tab of its own).
 */
async function currentTabUrl(): Promise<string | undefined> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) {
    return (await browser.tabs.get(asked).catch(() => undefined))?.url;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

export function useCurrentSite(): string | null | undefined {
  const [site, setSite] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    currentTabUrl()
      .then((url) => setSite(isWebUrl(url) ? siteForHost(url) : null))
      .catch(() => setSite(null));
  }, []);
  return site;
}

function Why({ row, numbers }: { row: SiteRow; numbers: readonly NumberRow[] }) {
  const item = itemOf(row);
  if (item) {
    // A checklist item, but of another number.
    const labels = row.numberIds.map((id) => numbers.find((n) => n.id === id)).filter((n): n is NumberRow => !!n);
    return <p class="muted">{t('ui_current_otherNumber', labels.map(numberLabel).join(t('ui_listSep')))}</p>;
  }
  const contactOnly = row.kinds.includes('contact-phone') && !row.kinds.some((k) => ACCOUNT_KINDS.includes(k));
  return (
    <>
      <p>{t(contactOnly ? 'ui_current_notChecklist' : 'ui_current_notPhone')}</p>
      <p class="muted">{t('ui_current_otherSites')}</p>
    </>
  );
}

export function CurrentSite({
  site,
  row,
  list,
  numbers,
  showUnconfirmed,
}: {
  site: string | null;
  row: SiteRow | undefined;
  list: Checklist;
  numbers: readonly NumberRow[];
  showUnconfirmed: boolean;
}) {
  const [paused, setPaused] = useStorageItem(pausedSites);
  if (!site) return null;
  const entry = entryForSite(site);
  const name = row ? siteName(row, entry) : siteName({ site }, entry);
  const item = row ? list.items.find((i) => i.row.site === row.site) : undefined;
  const isPaused = !!paused?.includes(site);
  const togglePause = () =>
    setPaused(isPaused ? (paused ?? []).filter((s) => s !== site) : [...(paused ?? []), site]);
  const canUse = (entry?.kinds ?? []).filter((k) => ACCOUNT_KINDS.includes(k));
  return (
    <section class="current" aria-labelledby="current-h" data-current-site={site}>
      <h2 id="current-h">{t('ui_current_titleFor', name)}</h2>
      {item && row ? (
        row.status === 'todo' ? (
          <ul class="site-list">
            <Item item={item} showUnconfirmed={showUnconfirmed} />
          </ul>
        ) : (
          <>
            <p>{t('ui_current_inChecklist', statusLine(row))}</p>
            <SiteActions row={row} />
          </>
        )
      ) : row ? (
        <Why row={row} numbers={numbers} />
      ) : canUse.length ? (
        <>
          <p>{labelled('cl_canUseFor', kindsInWords(canUse))}</p>
          <p class="muted">{t('ui_current_notSeen')}</p>
          <div class="actions">
            <button type="button" class="secondary" onClick={() => addManualSite(getDb(), site).catch(console.error)}>
              {t('ui_current_add')}
            </button>
          </div>
        </>
      ) : (
        <p class="muted">{t('ui_current_unknown')}</p>
      )}
      {paused ? (
        <label class="check">
          <input type="checkbox" checked={isPaused} onChange={togglePause} /> {t('ui_current_pause')}
        </label>
      ) : null}
    </section>
  );
}

// The site of the active tab: does it use a phone number, for what, is it in the checklist.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { entryForSite, siteForHost } from '@/utils/catalog/lookup';
import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { addManualSite } from '@/utils/inventory/manual';
import { pausedSites } from '@/utils/settings';
import { isWebUrl } from '@/utils/url';
import { ACCOUNT_KINDS } from '@/utils/types';
import { SiteActions, Trust, guideOf } from '../common/SiteActions';
import { useStorageItem } from '../common/useStorageItem';
import { evidenceLine, kindsInWords, siteName, statusWord } from '../common/words';
import { useLive } from '../useLive';

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

export function CurrentSite({ site }: { site: string | null }) {
  const row = useLive(() => (site ? getDb().sites.get(site) : undefined), [site]);
  const [paused, setPaused] = useStorageItem(pausedSites);
  if (!site) {
    return (
      <section class="current" aria-labelledby="current-h">
        <h2 id="current-h">{t('ui_current_title')}</h2>
        <p class="muted">{t('ui_current_notWeb')}</p>
      </section>
    );
  }
  const entry = entryForSite(site);
  const name = row ? siteName(row, entry) : siteName({ site }, entry);
  const inChecklist = !!row && row.kinds.some((k) => ACCOUNT_KINDS.includes(k));
  const isPaused = !!paused?.includes(site);
  const togglePause = () =>
    setPaused(isPaused ? (paused ?? []).filter((s) => s !== site) : [...(paused ?? []), site]);
  return (
    <section class="current" aria-labelledby="current-h" data-current-site={site}>
      <h2 id="current-h">{t('ui_current_titleFor', name)}</h2>
      {row ? (
        <>
          <p>
            {row.kinds.length ? t('ui_current_uses', kindsInWords(row.kinds)) : t('ui_current_noKinds')}
          </p>
          <p class="muted evidence">{evidenceLine(row)}</p>
          <p>
            {inChecklist ? t('ui_current_inChecklist', statusWord(row.status)) : t('ui_current_notChecklist')}
          </p>
          {guideOf(row).appFirst ? (
            <p class="app-path">
              {t('ui_guide_inApp')} {guideOf(row).app}
              <Trust basis={guideOf(row).appBasis} typical={guideOf(row).typical} />
            </p>
          ) : null}
          {inChecklist ? <SiteActions row={row} compact /> : null}
        </>
      ) : entry?.kinds.length ? (
        <>
          <p>{t('ui_current_catalogUses', kindsInWords(entry.kinds))}</p>
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

// The question the settings-page overlay hands over: "mark this site changed?", asked here in
// Rebind's own page, which no web page can script. The overlay's button alone changes nothing.
import { useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { setStatus } from '@/utils/inventory/status';
import { useLive } from '../useLive';
import { siteName } from '../common/words';

const PARAM = 'confirm-changed';

/** The site the dashboard was opened to confirm, from its address. */
export function siteToConfirm(search: string): string | null {
  return new URLSearchParams(search).get(PARAM);
}

function clearParam(): void {
  const url = new URL(location.href);
  url.searchParams.delete(PARAM);
  history.replaceState(null, '', url.href);
}

export function ConfirmChanged() {
  const [site, setSite] = useState(() => siteToConfirm(location.search));
  const [done, setDone] = useState<string | null>(null);
  const row = useLive(async () => (site ? ((await getDb().sites.get(site)) ?? null) : null), [site]);
  if (done) return <p role="status" class="notice">{t('safety_confirm_done', done)}</p>;
  if (!site || !row) return null;
  const name = siteName(row);
  const close = () => {
    clearParam();
    setSite(null);
  };
  const yes = () =>
    setStatus(getDb(), row.site, 'changed').then(() => {
      close();
      setDone(name);
    }, console.error);
  return (
    <section class="notice confirm" role="alertdialog" aria-labelledby="confirm-changed-q">
      <p id="confirm-changed-q">{t('safety_confirm_question', name)}</p>
      <button type="button" onClick={yes} autoFocus>
        {t('guide_overlay_mark')}
      </button>{' '}
      <button type="button" class="secondary" onClick={close}>
        {t('guide_overlay_notNow')}
      </button>
    </section>
  );
}

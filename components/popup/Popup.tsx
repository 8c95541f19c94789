import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { useLive } from '../useLive';

export function Popup() {
  const sites = useLive(() => getDb().sites.orderBy('risk').reverse().toArray());
  if (!sites) return <main class="popup" aria-busy="true" />;
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      {sites.length === 0 ? (
        <p class="empty">{t('popupEmpty')}</p>
      ) : (
        <ul class="site-list" aria-label={t('popupSitesLabel')}>
          {sites.map((s) => (
            <li key={s.site} data-site={s.site}>
              <span class="site-name">{s.site}</span>{' '}
              <span class="site-kinds">{s.kinds.map((k) => t(`kind_${k.replace('-', '_')}`)).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

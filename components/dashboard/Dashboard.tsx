import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { useLive } from '../useLive';

export function Dashboard() {
  const sites = useLive(() => getDb().sites.orderBy('risk').reverse().toArray());
  return (
    <main class="dashboard">
      <h1>{t('dashboardTitle')}</h1>
      {!sites ? null : sites.length === 0 ? (
        <p class="empty">{t('popupEmpty')}</p>
      ) : (
        <table class="sites">
          <thead>
            <tr>
              <th scope="col">{t('colSite')}</th>
              <th scope="col">{t('colKinds')}</th>
              <th scope="col">{t('colLastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((s) => (
              <tr key={s.site} data-site={s.site}>
                <td>{s.site}</td>
                <td>{s.kinds.map((k) => t(`kind_${k.replace('-', '_')}`)).join(', ')}</td>
                <td>{new Date(s.lastSeen).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

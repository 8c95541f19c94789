// Wraps a screen: shows it once the database opened, or says that it could not be opened.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getDb, type RebindDB } from '@/utils/db';
import { databaseProblem, type DbProblem } from '@/utils/db/health';
import { t } from '@/utils/i18n';

export function DbError({ problem }: { problem: DbProblem }) {
  return (
    <div class="db-error" role="alert">
      <strong>{t('safety_db_title')}</strong>
      <p>{t('safety_db_what')}</p>
      <p class="muted small">{t('safety_db_detail', problem.name)}</p>
    </div>
  );
}

export function DbGuard({ children, db = getDb }: { children: ComponentChildren; db?: () => RebindDB }) {
  const [state, setState] = useState<'checking' | 'ok' | DbProblem>('checking');
  useEffect(() => {
    let live = true;
    void databaseProblem(db()).then((p) => live && setState(p ?? 'ok'));
    return () => {
      live = false;
    };
  }, []);
  if (state === 'checking') return null;
  if (state !== 'ok') return <DbError problem={state} />;
  return <>{children}</>;
}

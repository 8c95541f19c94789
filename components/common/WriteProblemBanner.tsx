// What the background could not write (utils/db/health.ts), said on the popup and the
// dashboard until the person dismisses it: what was lost, why, and what to do.
import { dismissWriteProblem, writeProblem, type WriteProblem } from '@/utils/db/health';
import { t } from '@/utils/i18n';
import { useStorageItem } from './useStorageItem';

export function writeProblemText(p: WriteProblem): string {
  if (p.task === 'removeWhole') return t(p.cause === 'quota' ? 'health_whole_quota' : 'health_whole_failed');
  return t(p.cause === 'quota' ? 'health_save_quota' : 'health_save_failed', p.sites.join(t('ui_listSep')));
}

export function WriteProblemBanner() {
  const [problem] = useStorageItem(writeProblem);
  if (!problem) return null;
  return (
    <div class="db-error write-problem" role="alert">
      <strong>{t('health_title')}</strong>
      <p>{writeProblemText(problem)}</p>
      <p class="muted small">{t('safety_db_detail', problem.name)}</p>
      <button type="button" class="secondary" aria-label={t('health_dismiss_label')}
        onClick={() => void dismissWriteProblem().catch((e: unknown) => console.error('[rebind] could not dismiss', e))}>
        {t('health_dismiss')}
      </button>
    </div>
  );
}

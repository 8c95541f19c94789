// What a person reads about a backup that could not be read, or rows left out of it: what is
// wrong, where, and that nothing changed. The codes come from backup-read.ts.
import type { ImportError, Skipped } from './backup-read';
import { BACKUP_VERSION, MAX_BACKUP_BYTES } from './backup-schema';
import type { Translate } from './types';

/** The message shown to the person: what is wrong, where, and that nothing changed. */
export function importErrorMessage(err: ImportError, t: Translate): string {
  const mb = String(Math.round(MAX_BACKUP_BYTES / 1024 / 1024));
  const what = ((): string => {
    switch (err.code) {
      case 'tooLarge':
        return t('export_err_tooLarge', mb);
      case 'notJson':
        return err.detail ? t('export_err_notJsonAt', err.detail.split(':')) : t('export_err_notJson');
      case 'newer':
        return t('export_err_newer', [err.detail ?? '?', BACKUP_VERSION]);
      case 'badVersion':
        return t('export_err_badVersion', err.detail ?? '?');
      case 'tooDeep':
        return t('export_err_tooDeep', err.detail ?? '');
      case 'invalid':
        return problemText({ path: err.path ?? '', problem: err.problem ?? 'type', ...(err.detail ? { detail: err.detail } : {}) }, t);
      default:
        return t(`export_err_${err.code}`);
    }
  })();
  const where = err.path ? t('export_err_where', err.path) : '';
  return [what, where, t('export_err_nothing')].filter(Boolean).join(' ');
}

/** What is wrong with one row or field, in the person's language (without the place). */
export function problemText(s: Skipped, t: Translate): string {
  switch (s.problem) {
    case 'type':
      return t('export_err_type', s.detail ?? '');
    case 'duplicate':
    case 'unknownRef':
    case 'foreignUrl':
      return t(`export_err_${s.problem}`, s.detail ?? '');
    default:
      return t(`export_err_${s.problem}`);
  }
}

/** One line per row left out: "sites[3].status: …; the row was left out." */
export function skippedLines(list: readonly Skipped[], t: Translate, max = 20): string[] {
  const lines = list
    .slice(0, max)
    .map((s) => t(s.fieldOnly ? 'export_skip_field' : 'export_skip_row', [s.path, problemText(s, t)]));
  if (list.length > max) lines.push(t('export_skip_more', String(list.length - max)));
  return lines;
}

// Import a password-manager CSV export: only site and username are read; the report says
// what was imported and what was skipped, and a bad file changes nothing.
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { importPasswords, type PasswordImportReport, type SkipReason } from '@/utils/imports/passwords';
import { markBeforeImport, type ImportMark } from '@/utils/inventory/undo';
import { errorText } from './errors';
import { ImportAdded } from './ImportAdded';
import './inventory.css';

type State =
  | { step: 'idle' }
  | { step: 'reading'; fraction: number }
  | { step: 'done'; report: PasswordImportReport; mark: ImportMark }
  | { step: 'error'; message: string };

const SKIP_KEYS: Record<SkipReason, string> = {
  'no-url': 'inv_skip_no_url',
  'not-web': 'inv_skip_not_web',
  'bad-url': 'inv_skip_bad_url',
  local: 'inv_skip_local',
  'not-login': 'inv_skip_not_login',
  'too-long': 'inv_skip_too_long',
  malformed: 'inv_skip_malformed',
};

export function PasswordImport({ onDone }: { onDone?: (r: PasswordImportReport) => void } = {}) {
  const [state, setState] = useState<State>({ step: 'idle' });

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setState({ step: 'reading', fraction: 0 });
    try {
      const mark = await markBeforeImport(getDb());
      const report = await importPasswords(getDb(), file, {
        onProgress: (fraction) => setState({ step: 'reading', fraction }),
      });
      setState({ step: 'done', report, mark });
      onDone?.(report);
    } catch (e) {
      setState({ step: 'error', message: errorText(e) });
    } finally {
      // The same file can be chosen again, and the browser forgets this one.
      input.value = '';
    }
  };

  const skipped =
    state.step === 'done'
      ? (Object.entries(state.report.skipped) as [SkipReason, number][]).filter(([, n]) => n > 0)
      : [];

  return (
    <section class="inv-section" aria-labelledby="inv-pw-title">
      <h2 id="inv-pw-title">{t('inv_pw_title')}</h2>
      <p class="inv-hint">{t('inv_pw_intro')}</p>
      <p class="inv-hint">{t('inv_pw_privacy')}</p>
      <label>
        {t('inv_pw_choose')}{' '}
        <input type="file" accept=".csv,text/csv" disabled={state.step === 'reading'}
          onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      {state.step === 'reading' && (
        <progress class="inv-progress" max={1} value={state.fraction} aria-label={t('inv_pw_title')} />
      )}
      {state.step === 'error' && <p class="inv-error" role="alert">{state.message}</p>}
      {state.step === 'done' && (
        <div class="inv-report" role="status">
          <p>
            {t('inv_pw_done', [state.report.formatName, state.report.rows, state.report.sites, state.report.added])}
          </p>
          {state.report.numberLogins > 0 && <p>{t('inv_pw_number_logins', [state.report.numberLogins])}</p>}
          {skipped.length > 0 && (
            <>
              <p>{t('inv_pw_skipped')}</p>
              <dl>
                {skipped.map(([reason, n]) => (
                  <Fragment key={reason}>
                    <dt>{t(SKIP_KEYS[reason])}</dt>
                    <dd>{n}</dd>
                  </Fragment>
                ))}
              </dl>
            </>
          )}
        </div>
      )}
      {state.step === 'done' && <ImportAdded mark={state.mark} />}
    </section>
  );
}

// Fill the inventory from browser history: asks for the optional permission on the click,
// shows progress, can be cancelled, and can be run again without adding duplicates.
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { scanHistory, type HistorySearch, type ScanProgress, type ScanResult } from '@/utils/imports/history';
import { markBeforeImport, type ImportMark } from '@/utils/inventory/undo';
import { errorText } from './errors';
import { ImportAdded } from './ImportAdded';
import './inventory.css';

type State =
  | { step: 'idle' }
  | { step: 'asking' }
  | { step: 'running'; progress: ScanProgress }
  | { step: 'done'; result: ScanResult; mark: ImportMark }
  | { step: 'denied' }
  | { step: 'error'; message: string };

export function HistoryImport({ onDone }: { onDone?: (r: ScanResult) => void } = {}) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const start = () => {
    // The request must be the first thing the click does: it needs the user gesture.
    const asked = browser.permissions.request({ permissions: ['history'] });
    setState({ step: 'asking' });
    void asked
      .then(async (granted) => {
        if (!granted) {
          setState({ step: 'denied' });
          return;
        }
        setState({ step: 'running', progress: { scanned: 0, sites: 0 } });
        const ctl = new AbortController();
        abort.current = ctl;
        const search: HistorySearch = (q) => browser.history.search(q);
        const mark = await markBeforeImport(getDb());
        const result = await scanHistory(getDb(), {
          search,
          signal: ctl.signal,
          onProgress: (progress) => setState({ step: 'running', progress }),
        }).finally(() => {
          // Held only for the scan: released when it ends (done, cancelled or failed).
          void browser.permissions.remove({ permissions: ['history'] }).catch(() => undefined);
        });
        setState({ step: 'done', result, mark });
        if (!result.cancelled) onDone?.(result);
      })
      .catch((e: unknown) => setState({ step: 'error', message: errorText(e) }))
      .finally(() => {
        abort.current = null;
      });
  };

  return (
    <section class="inv-section" aria-labelledby="inv-history-title">
      <h2 id="inv-history-title">{t('inv_history_title')}</h2>
      <p class="inv-hint">{t('inv_history_intro')}</p>
      {state.step === 'asking' ? (
        <p role="status">{t('inv_history_asking')}</p>
      ) : state.step === 'running' ? (
        <div>
          <progress class="inv-progress" aria-label={t('inv_history_title')} />
          <p role="status">{t('inv_history_progress', [state.progress.scanned, state.progress.sites])}</p>
          <button type="button" onClick={() => abort.current?.abort()}>{t('inv_cancel')}</button>
        </div>
      ) : (
        <button type="button" onClick={start}>
          {state.step === 'done' ? t('inv_history_again') : t('inv_history_start')}
        </button>
      )}
      {state.step === 'done' && (
        <p role="status">
          {state.result.cancelled
            ? t('inv_history_cancelled')
            : t('inv_history_done', [state.result.scanned, state.result.sites, state.result.added])}
        </p>
      )}
      {state.step === 'done' && <ImportAdded mark={state.mark} />}
      {state.step === 'denied' && <p role="alert">{t('inv_history_denied')}</p>}
      {state.step === 'error' && <p class="inv-error" role="alert">{state.message}</p>}
    </section>
  );
}

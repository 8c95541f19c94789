// Import a JSON backup: the file is checked whole before anything is written; merge is the
// default, replace asks to confirm first. Every refusal says what is wrong and where.
import { useRef, useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { applyBackup, type ImportMode } from '@/utils/export/backup-apply';
import { importErrorMessage, parseBackup, type ParseResult } from '@/utils/export/backup-import';
import { BACKUP_VERSION, MAX_BACKUP_BYTES } from '@/utils/export/backup-schema';
import { t } from '@/utils/i18n';
import { markBeforeImport, type ImportMark } from '@/utils/inventory/undo';
import { ImportAdded } from '../inventory/ImportAdded';
import './export.css';

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'confirm'; parsed: Extract<ParseResult, { ok: true }> }
  | { step: 'done'; text: string; mark?: ImportMark }
  | { step: 'error'; text: string };

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Reads and checks the file; nothing is written here. */
export async function readBackupFile(file: File): Promise<ParseResult> {
  // A size check first: a 100 MB file is refused without reading it into memory.
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, error: { code: 'tooLarge' } };
  return parseBackup(await file.text());
}

export function ImportBackup() {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [state, setState] = useState<State>({ step: 'idle' });
  const fileRef = useRef<HTMLInputElement>(null);

  const write = async (parsed: Extract<ParseResult, { ok: true }>, how: ImportMode) => {
    setState({ step: 'busy' });
    try {
      // Undo covers a merge (site rows and evidence); a replace was confirmed as such.
      const mark = how === 'merge' ? await markBeforeImport(getDb()) : undefined;
      const s = await applyBackup(getDb(), parsed.backup, how);
      const upgraded = parsed.fromVersion < BACKUP_VERSION ? ` ${t('export_importUpgraded')}` : '';
      setState({ step: 'done', text: t('export_importDone', [s.sites, s.evidence, s.numbers]) + upgraded, ...(mark ? { mark } : {}) });
      if (fileRef.current) fileRef.current.value = '';
    } catch (e) {
      setState({ step: 'error', text: t('export_err_write', reason(e)) });
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return;
    setState({ step: 'busy' });
    let parsed: ParseResult;
    try {
      parsed = await readBackupFile(file);
    } catch (err) {
      setState({ step: 'error', text: t('export_err_read', reason(err)) });
      return;
    }
    if (!parsed.ok) setState({ step: 'error', text: importErrorMessage(parsed.error, t) });
    else if (mode === 'replace') setState({ step: 'confirm', parsed });
    else await write(parsed, 'merge');
  };

  return (
    <section class="import-backup" aria-labelledby="import-backup-h">
      <h2 id="import-backup-h">{t('export_importTitle')}</h2>
      <form onSubmit={submit}>
        <label class="field">
          {t('export_importFile')}
          <input ref={fileRef} type="file" name="backup" accept=".json,application/json"
            onChange={() => setState({ step: 'idle' })} />
        </label>
        <fieldset class="choices">
          <legend class="visually-hidden">{t('export_importTitle')}</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <label key={m} class="check">
              <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              {t(m === 'merge' ? 'export_importMerge' : 'export_importReplace')}
            </label>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit" disabled={state.step === 'busy' || state.step === 'confirm'}>
            {t('export_importButton')}
          </button>
        </div>
      </form>
      {state.step === 'busy' ? <p role="status">{t('export_importReading')}</p> : null}
      {state.step === 'confirm' ? (
        <div role="alertdialog" aria-labelledby="import-confirm-text" class="detail">
          <p id="import-confirm-text">{t('export_importConfirm')}</p>
          <div class="actions">
            <button type="button" onClick={() => write(state.parsed, 'replace')}>{t('export_importConfirmYes')}</button>
            <button type="button" class="secondary" onClick={() => setState({ step: 'idle' })}>
              {t('export_importCancel')}
            </button>
          </div>
        </div>
      ) : null}
      {state.step === 'done' ? <p role="status">{state.text}</p> : null}
      {state.step === 'done' && state.mark ? <ImportAdded mark={state.mark} /> : null}
      {state.step === 'error' ? <p role="alert" class="error">{state.text}</p> : null}
    </section>
  );
}

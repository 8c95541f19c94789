// Import a JSON backup (plain or encrypted). The file is checked before anything is written;
// rows it can't take are listed, and the settings it would change are shown, before the person
// says yes (replace always asks; merge asks when the file changes settings or leaves rows out).
// Every refusal says what is wrong and where; a failed write changes nothing.
import { useRef, useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { isQuotaError } from '@/utils/db/health';
import {
  applyBackup,
  readSettings,
  settingsAfter,
  settingsChanges,
  type ImportMode,
  type SettingChange,
} from '@/utils/export/backup-apply';
import { decryptBackup, DecryptError, isEncryptedBackup } from '@/utils/export/backup-crypto';
import { importErrorMessage, skippedLines } from '@/utils/export/backup-messages';
import { parseBackup, type ParseResult } from '@/utils/export/backup-read';
import { BACKUP_VERSION, MAX_BACKUP_BYTES } from '@/utils/export/backup-schema';
import { t } from '@/utils/i18n';
import { EncodingError, readText } from '@/utils/imports/encoding';
import { markBeforeImport, type ImportMark } from '@/utils/inventory/undo';
import { ImportAdded } from '../inventory/ImportAdded';
import './export.css';

type Parsed = Extract<ParseResult, { ok: true }>;

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'passphrase'; text: string; error?: string }
  | { step: 'confirm'; parsed: Parsed; mode: ImportMode; changes: SettingChange[] }
  | { step: 'done'; text: string; skipped: string[]; mark?: ImportMark }
  | { step: 'error'; text: string };

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A full disk (or storage quota) is the one write failure a person can act on: say so. */
export function writeErrorText(e: unknown): string {
  if (isQuotaError(e)) return t('export_err_quota');
  return t('export_err_write', reason(e));
}

export type FileText = { ok: true; text: string; encrypted: boolean } | { ok: false; error: string };

/** Reads the file's text (UTF-8 or UTF-16, BOM or not); nothing is written here. */
export async function readBackupFile(file: File): Promise<FileText> {
  // A size check first: a 100 MB file is refused without reading it into memory.
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, error: importErrorMessage({ code: 'tooLarge' }, t) };
  try {
    const text = await readText(file);
    return { ok: true, text, encrypted: isEncryptedBackup(text) };
  } catch (e) {
    if (e instanceof EncodingError) return { ok: false, error: importErrorMessage({ code: 'encoding' }, t) };
    return { ok: false, error: t('export_err_read', reason(e)) };
  }
}

function changeText(c: SettingChange): string {
  if (c.key === 'pausedSites') return t('export_settings_paused', [c.added, c.removed]);
  const word = (on: boolean) => t(on ? 'export_settings_on' : 'export_settings_off');
  return t(`export_settings_${c.key}`, [word(c.from), word(c.to)]);
}

export function ImportBackup() {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [state, setState] = useState<State>({ step: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  const write = async (parsed: Parsed, how: ImportMode) => {
    setState({ step: 'busy' });
    try {
      // Undo covers a merge (site rows and evidence); a replace was confirmed as such.
      const mark = how === 'merge' ? await markBeforeImport(getDb()) : undefined;
      const s = await applyBackup(getDb(), parsed.backup, how, parsed.settingsInFile);
      const upgraded = parsed.fromVersion < BACKUP_VERSION ? ` ${t('export_importUpgraded')}` : '';
      setState({
        step: 'done',
        text: t('export_importDone', [s.sites, s.evidence, s.numbers]) + upgraded,
        skipped: skippedLines(parsed.skipped, t),
        ...(mark ? { mark } : {}),
      });
      if (fileRef.current) fileRef.current.value = '';
    } catch (e) {
      setState({ step: 'error', text: writeErrorText(e) });
    }
  };

  /** The file is read: show what it would change, or write at once when there is nothing to show. */
  const proceed = async (text: string) => {
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      setState({ step: 'error', text: importErrorMessage(parsed.error, t) });
      return;
    }
    const current = await readSettings();
    const changes = parsed.settingsInFile
      ? settingsChanges(current, settingsAfter(mode, current, parsed.backup.settings))
      : [];
    if (mode === 'replace' || changes.length || parsed.skipped.length) {
      setState({ step: 'confirm', parsed, mode, changes });
    } else await write(parsed, mode);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return;
    setState({ step: 'busy' });
    const read = await readBackupFile(file);
    if (!read.ok) setState({ step: 'error', text: read.error });
    else if (read.encrypted) setState({ step: 'passphrase', text: read.text });
    else await proceed(read.text);
  };

  const unlock = async (e: Event) => {
    e.preventDefault();
    if (state.step !== 'passphrase') return;
    const { text } = state;
    setState({ step: 'busy' });
    try {
      const plain = await decryptBackup(text, passphrase);
      setPassphrase('');
      await proceed(plain);
    } catch (err) {
      const code = err instanceof DecryptError ? err.code : 'badEnvelope';
      setState({ step: 'passphrase', text, error: t(`export_enc_err_${code}`) });
    }
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
          <button type="submit" disabled={state.step === 'busy' || state.step === 'confirm' || state.step === 'passphrase'}>
            {t('export_importButton')}
          </button>
        </div>
      </form>
      {state.step === 'busy' ? <p role="status">{t('export_importReading')}</p> : null}
      {state.step === 'passphrase' ? (
        <form class="detail" onSubmit={unlock} aria-labelledby="import-pass-h">
          <p id="import-pass-h">{t('export_enc_importAsk')}</p>
          <label class="field">
            {t('export_enc_passphrase')}
            <input type="password" name="passphrase" autoComplete="off" value={passphrase} required
              onInput={(e) => setPassphrase(e.currentTarget.value)} />
          </label>
          <div class="actions">
            <button type="submit">{t('export_enc_unlock')}</button>
            <button type="button" class="secondary" onClick={() => setState({ step: 'idle' })}>
              {t('export_importCancel')}
            </button>
          </div>
          {state.error ? <p role="alert" class="error">{state.error}</p> : null}
        </form>
      ) : null}
      {state.step === 'confirm' ? (
        <div role="alertdialog" aria-labelledby="import-confirm-text" class="detail">
          <p id="import-confirm-text">
            {t(state.mode === 'replace' ? 'export_importConfirm' : 'export_importConfirmMerge')}
          </p>
          {state.changes.length ? (
            <>
              <p>{t('export_settings_title')}</p>
              <ul class="import-changes">
                {state.changes.map((c) => <li key={c.key}>{changeText(c)}</li>)}
              </ul>
            </>
          ) : null}
          {state.parsed.skipped.length ? (
            <>
              <p>{t('export_skip_title', String(state.parsed.skipped.length))}</p>
              <ul class="import-skipped">
                {skippedLines(state.parsed.skipped, t).map((line, i) => <li key={i}>{line}</li>)}
              </ul>
            </>
          ) : null}
          <div class="actions">
            <button type="button" onClick={() => write(state.parsed, state.mode)}>
              {t(state.mode === 'replace' ? 'export_importConfirmYes' : 'export_importConfirmMergeYes')}
            </button>
            <button type="button" class="secondary" onClick={() => setState({ step: 'idle' })}>
              {t('export_importCancel')}
            </button>
          </div>
        </div>
      ) : null}
      {state.step === 'done' ? (
        <div role="status">
          <p>{state.text}</p>
          {state.skipped.length ? (
            <ul class="import-skipped">
              {state.skipped.map((line, i) => <li key={i}>{line}</li>)}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.step === 'done' && state.mark ? <ImportAdded mark={state.mark} /> : null}
      {state.step === 'error' ? <p role="alert" class="error">{state.text}</p> : null}
    </section>
  );
}

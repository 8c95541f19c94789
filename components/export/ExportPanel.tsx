// Export the checklist: pick which sites (number, status, risk) and a format, then save a file
// (Blob + <a download>, no permission needed) or open the printable page in a tab.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db';
import { readSettings } from '@/utils/export/backup-apply';
import { exportCsv } from '@/utils/export/csv';
import { downloadText, MIME } from '@/utils/export/download';
import { filtersToQuery } from '@/utils/export/filter';
import { exportIcs } from '@/utils/export/ics';
import { encryptBackup, MIN_PASSPHRASE } from '@/utils/export/backup-crypto';
import { skippedLines } from '@/utils/export/backup-messages';
import { writeBackupText } from '@/utils/export/backup-write';
import { buildBackup } from '@/utils/export/json';
import { exportMarkdown } from '@/utils/export/markdown';
import { loadIcsNumbers, loadInventory, loadItems } from '@/utils/export/source';
import { certaintyWord, exportFileName, statusWord } from '@/utils/export/text';
import { CERTAINTIES, type ExportContext, type ExportFilters, type ListedCertainty } from '@/utils/export/types';
import { t, uiLanguage } from '@/utils/i18n';
import { STATUSES, type Status } from '@/utils/types';
import { useLive } from '../useLive';
import './export.css';

export const FORMATS = ['md', 'csv', 'html', 'json', 'ics'] as const;
const LISTED = CERTAINTIES.filter((c): c is ListedCertainty => c !== 'not-phone');
export type Format = (typeof FORMATS)[number];

const context = (): ExportContext => ({ t, lang: uiLanguage(), now: Date.now() });

/** Builds and saves one format; returns the line to show the person. A passphrase encrypts the backup. */
export async function runExport(format: Format, filters: ExportFilters, passphrase = ''): Promise<string> {
  const db = getDb();
  const ctx = context();
  if (format === 'html') {
    const query = filtersToQuery(filters);
    const url = browser.runtime.getURL('/print.html' as never) + (query ? `?${query}` : '');
    await browser.tabs.create({ url });
    return '';
  }
  let name: string;
  let text: string;
  if (format === 'json') {
    const [inv, settings] = await Promise.all([loadInventory(db), readSettings()]);
    // Read back with the import's own rules before saving: what is saved always imports.
    const written = writeBackupText(buildBackup(inv, settings, ctx.now));
    text = passphrase ? await encryptBackup(written.text, passphrase) : written.text;
    name = exportFileName(passphrase ? 'backup-encrypted' : 'backup', ctx, 'json');
    downloadText(name, text, MIME[format]);
    const left = written.left.length
      ? ` ${t('export_leftOut', String(written.left.length))} ${skippedLines(written.left, t, 5).join(' ')}`
      : '';
    return t('export_saved', name) + left;
  } else if (format === 'ics') {
    const numbers = await loadIcsNumbers(db, filters);
    if (!numbers.length) return t('export_icsNone');
    text = exportIcs(numbers, ctx);
    name = exportFileName('dates', ctx, 'ics');
  } else {
    const list = await loadItems(db, filters, ctx.lang);
    // Nothing to save: say so instead of writing a file with no item in it.
    if (!list.items.length) return t('export_nothing');
    text = format === 'md' ? exportMarkdown(list, ctx) : exportCsv(list, ctx);
    name = exportFileName('checklist', ctx, format);
  }
  downloadText(name, text, MIME[format]);
  return t('export_saved', name);
}

function toggle<T>(list: readonly T[], x: T, on: boolean): T[] {
  return on ? [...list.filter((y) => y !== x), x] : list.filter((y) => y !== x);
}

export function ExportPanel() {
  const numbers = useLive(() => getDb().numbers.toArray());
  const [numberId, setNumberId] = useState('');
  const [statuses, setStatuses] = useState<Status[]>([]);
  const [certainties, setCertainties] = useState<ListedCertainty[]>([]);
  const [format, setFormat] = useState<Format>('md');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [encrypt, setEncrypt] = useState(false);
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');

  const submit = async (e: Event) => {
    e.preventDefault();
    setMessage('');
    setError('');
    const secret = format === 'json' && encrypt ? pass : '';
    if (format === 'json' && encrypt) {
      if (pass.length < MIN_PASSPHRASE) return setError(t('export_enc_err_short', String(MIN_PASSPHRASE)));
      if (pass !== pass2) return setError(t('export_enc_err_mismatch'));
    }
    setBusy(true);
    try {
      setMessage(await runExport(format, { ...(numberId ? { numberId } : {}), statuses, certainties }, secret));
    } catch (err) {
      setError(String(err instanceof Error ? err.message : err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="export-panel" aria-labelledby="export-h">
      <h2 id="export-h">{t('export_panelTitle')}</h2>
      <form onSubmit={submit}>
        <fieldset disabled={format === 'json'}>
          <label class="field">
            {t('export_filterNumber')}
            <select name="number" value={numberId} onChange={(e) => setNumberId((e.target as HTMLSelectElement).value)}>
              <option value="">{t('export_allNumbers')}</option>
              {(numbers ?? []).map((n) => (
                <option key={n.id} value={n.id}>
                  {n.suffix ? `${n.label} (…${n.suffix})` : n.label}
                </option>
              ))}
            </select>
          </label>
          <fieldset class="choices">
            <legend>{t('export_filterStatus')}</legend>
            {STATUSES.map((s) => (
              <label key={s} class="check">
                <input type="checkbox" name="status" value={s} checked={statuses.includes(s)}
                  onChange={(e) => setStatuses(toggle(statuses, s, (e.target as HTMLInputElement).checked))} />
                {statusWord(t, s)}
              </label>
            ))}
          </fieldset>
          <fieldset class="choices">
            <legend>{t('export_filterCertainty')}</legend>
            {LISTED.map((c) => (
              <label key={c} class="check">
                <input type="checkbox" name="certainty" value={c} checked={certainties.includes(c)}
                  onChange={(e) => setCertainties(toggle(certainties, c, (e.target as HTMLInputElement).checked))} />
                {certaintyWord(t, c)}
              </label>
            ))}
          </fieldset>
        </fieldset>
        <fieldset class="choices">
          <legend>{t('export_format')}</legend>
          {FORMATS.map((f) => (
            <label key={f} class="check">
              <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              {t(`export_format_${f}`)}
            </label>
          ))}
        </fieldset>
        {format === 'json' ? (
          <>
            <p class="muted">{t('export_jsonAll')}</p>
            <p>{t('export_enc_warning')}</p>
            <label class="check">
              <input type="checkbox" name="encrypt" checked={encrypt} onChange={(e) => setEncrypt(e.currentTarget.checked)} />
              {t('export_enc_choice')}
            </label>
            {encrypt ? (
              <>
                <label class="field">
                  {t('export_enc_passphrase')}
                  <input type="password" name="passphrase" autoComplete="new-password" value={pass}
                    onInput={(e) => setPass(e.currentTarget.value)} />
                </label>
                <label class="field">
                  {t('export_enc_repeat')}
                  <input type="password" name="passphrase2" autoComplete="new-password" value={pass2}
                    onInput={(e) => setPass2(e.currentTarget.value)} />
                </label>
                <p class="muted">{t('export_enc_forget')}</p>
              </>
            ) : null}
          </>
        ) : null}
        <div class="actions">
          <button type="submit" disabled={busy}>
            {format === 'html' ? t('export_openPrint') : t('export_button')}
          </button>
        </div>
        <p role="status" class="muted">{message}</p>
        {error ? <p role="alert" class="error">{error}</p> : null}
      </form>
    </section>
  );
}

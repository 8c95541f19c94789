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
import { buildBackup, serializeBackup } from '@/utils/export/json';
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

/** Builds and saves one format; returns the line to show the person. */
export async function runExport(format: Format, filters: ExportFilters): Promise<string> {
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
    text = serializeBackup(buildBackup(inv, settings, ctx.now));
    name = exportFileName('backup', ctx, 'json');
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

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setMessage('');
    setError('');
    try {
      setMessage(await runExport(format, { ...(numberId ? { numberId } : {}), statuses, certainties }));
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
        {format === 'json' ? <p class="muted">{t('export_jsonAll')}</p> : null}
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

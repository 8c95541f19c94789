// CSV for spreadsheets: one row per site, UTF-8 with a BOM (Excel then reads Chinese right),
// CRLF line ends (RFC 4180), and no cell a spreadsheet would run as a formula.
import Papa from 'papaparse';
import { certaintyLine, impactWord, kindsInWords, listSep, statusLine } from './text';
import { whereTrustText } from '../guide/where';
import { localDate } from '../inventory/reminders';
import type { ExportContext, ExportList } from './types';

export const BOM = '\uFEFF';

/**
 * A cell starting with = + - @ (or their full-width forms ＝ ＋ － ＠), tab or CR is a formula (or
 * becomes one) in Excel, LibreOffice and Sheets: prefix it with an apostrophe, which they show as
 * text. A spreadsheet opened in another locale may split at `;` or tab instead of `,`, and one
 * that ignores the quotes splits anywhere: so every piece a `,` `;` tab or line break could start
 * is defused too ("https://e.example/a;=HYPERLINK(…)" -> "…/a;'=HYPERLINK(…)"). Papa's own
 * escapeFormulae is not used: it looks at the cell's start only.
 */
export function defuseCell(value: string): string {
  return value.replace(/(^|[,;\t\r\n])(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r])/g, "$1'");
}

/** One row per checklist item, in checklist order (utils/inventory/checklist.ts). */
export function exportCsv(list: ExportList, ctx: ExportContext): string {
  const { t } = ctx;
  const { items } = list;
  const header = [
    t('export_col_site'),
    t('export_col_name'),
    t('export_col_impact'),
    t('export_col_certainty'),
    t('export_col_usedFor'),
    t('export_col_url'),
    t('export_col_app'),
    t('ui_trust_column'),
    t('export_col_status'),
    t('export_col_numbers'),
    t('export_col_lastSeen'),
    t('export_col_note'),
  ];
  const rows = items.map((i) => [
    i.site,
    i.name,
    impactWord(t, i.impact),
    certaintyLine(t, i),
    kindsInWords(ctx, i.kinds),
    i.where.url ?? '',
    i.where.app ?? '',
    whereTrustText(i.where, t),
    statusLine(t, i.status, i.proof),
    i.numbers.join(listSep(ctx.lang)),
    localDate(i.lastSeen),
    i.note ?? '',
  ]);
  const data = [header, ...rows].map((r) => r.map(defuseCell));
  return BOM + Papa.unparse(data, { newline: '\r\n', quotes: true }) + '\r\n';
}

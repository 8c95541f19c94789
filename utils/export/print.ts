// The printable checklist: one table per impact group, in checklist order. Everything interpolated is escaped; the
// print page (entrypoints/print) shows these parts, and "Save HTML" writes printHtml().
import { IMPACTS, type ExportContext, type ExportItem, type ExportList } from './types';
import {
  certaintyLine,
  escapeHtml,
  impactWord,
  isDone,
  kindsInWords,
  labelled,
  listSep,
  oneLine,
  statusLine,
  usesKey,
} from './text';
import { whereTrustText } from '../guide/where';
import { progressLine } from './markdown';
import { localDate } from '../inventory/reminders';
import { safeWebUrl } from '../url';

export type Paper = 'auto' | 'A4' | 'letter';

/**
 * Fits both A4 (210 x 297 mm) and Letter (216 x 279 mm): 12 mm margins leave 186 mm of width on
 * either; rows never split across pages and the table header repeats on each page.
 */
export const PRINT_CSS = `
@page { margin: 12mm; }
:root { color-scheme: light; }
body { font: 10.5pt/1.35 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif;
  color: #000; background: #fff; margin: 0 auto; max-width: 186mm; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
h2 { font-size: 12.5pt; margin: 14pt 0 4pt; break-after: avoid; page-break-after: avoid; }
p.meta { margin: 0 0 8pt; color: #333; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.5pt solid #777; padding: 3pt 4pt; vertical-align: top; text-align: start;
  overflow-wrap: anywhere; }
th { background: #eee; font-weight: 600; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
/* Fixed widths but the last column, which takes what is left. */
col.c-box { width: 8mm; } col.c-site { width: 26%; } col.c-use { width: 22%; } col.c-where { width: 34%; }
.box { display: inline-block; width: 3.2mm; height: 3.2mm; border: 0.6pt solid #000;
  text-align: center; line-height: 3.2mm; font-size: 8pt; }
.domain, .app, .certainty { display: block; color: #444; font-size: 9pt; }
a { color: inherit; text-decoration: none; }
.toolbar { display: flex; gap: 8px; align-items: center; margin: 0 0 12px; }
@media screen { body { padding: 16px; } }
@media print { .toolbar { display: none; } a { color: #000; } }
`;

export const paperCss = (paper: Paper): string =>
  paper === 'auto' ? '' : `@page { size: ${paper === 'A4' ? 'A4' : 'letter'}; }`;

function row(item: ExportItem, ctx: ExportContext): string {
  const { t } = ctx;
  const url = safeWebUrl(item.where.url);
  const link = url ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : '';
  const app = item.where.app
    ? `<span class="app">${escapeHtml(labelled(ctx, 'export_inApp', oneLine(item.where.app)))}</span>`
    : '';
  // App-only services: the in-app path is the way, so it comes first.
  const words = whereTrustText(item.where, t);
  const trust = words ? `<span class="domain trust">${escapeHtml(words)}</span>` : '';
  const where = (item.where.appFirst ? app + link : link + app) + trust;
  const domain = item.name === item.site ? '' : `<span class="domain">${escapeHtml(item.site)}</span>`;
  const numbers = item.numbers.length
    ? `<span class="domain">${escapeHtml(item.numbers.join(listSep(ctx.lang)))}</span>`
    : '';
  const note = item.note ? `<span class="domain">${escapeHtml(oneLine(item.note))}</span>` : '';
  return (
    `<tr data-site="${escapeHtml(item.site)}">` +
    `<td><span class="box" aria-hidden="true">${isDone(item.status) ? '✓' : ''}</span></td>` +
    `<td><strong>${escapeHtml(oneLine(item.name))}</strong>${domain}` +
    `<span class="certainty">${escapeHtml(certaintyLine(t, item))}</span></td>` +
    `<td>${item.kinds.length ? escapeHtml(labelled(ctx, usesKey(item), kindsInWords(ctx, item.kinds))) : ''}</td>` +
    `<td>${where}</td>` +
    `<td>${escapeHtml(statusLine(t, item.status, item.proof))}${numbers}${note}</td>` +
    '</tr>'
  );
}

export interface PrintParts {
  lang: string;
  title: string;
  /** Safe HTML: every value in it was escaped. */
  body: string;
}

export function printParts(list: ExportList, ctx: ExportContext): PrintParts {
  const { t } = ctx;
  const { items } = list;
  const title = `${t('export_checklistTitle')} (${localDate(ctx.now)})`;
  const head =
    `<thead><tr><th scope="col"><span class="box"></span></th>` +
    `<th scope="col">${escapeHtml(t('export_col_site'))}</th>` +
    `<th scope="col">${escapeHtml(t('export_col_usedFor'))}</th>` +
    `<th scope="col">${escapeHtml(t('export_whereToChange'))}</th>` +
    `<th scope="col">${escapeHtml(t('export_col_status'))}</th></tr></thead>`;
  const cols =
    '<colgroup><col class="c-box"><col class="c-site"><col class="c-use"><col class="c-where">' +
    '<col class="c-status"></colgroup>';
  const sections = IMPACTS.map((impact) => {
    const group = items.filter((i) => i.impact === impact);
    if (!group.length) return '';
    return (
      `<section class="impact impact-${impact}"><h2>${escapeHtml(impactWord(t, impact))} (${group.length})</h2>` +
      `<table>${cols}${head}<tbody>${group.map((i) => row(i, ctx)).join('')}</tbody></table></section>`
    );
  }).join('');
  const body =
    `<h1>${escapeHtml(title)}</h1>` +
    `<p class="meta">${escapeHtml(progressLine(list, ctx))}</p>` +
    (items.length ? sections : `<p>${escapeHtml(t('export_nothing'))}</p>`);
  return { lang: ctx.lang === 'zh' ? 'zh-CN' : 'en', title, body };
}

/** A standalone document (saved as a file): same parts, stylesheet inline. */
export function printHtml(list: ExportList, ctx: ExportContext, paper: Paper = 'auto'): string {
  const p = printParts(list, ctx);
  return (
    `<!doctype html>\n<html lang="${p.lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(p.title)}</title><style>${PRINT_CSS}${paperCss(paper)}</style></head>` +
    `<body>${p.body}</body></html>\n`
  );
}

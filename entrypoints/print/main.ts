// The printable checklist, opened in a tab by the ExportPanel with its filters in the query.
// The table comes from utils/export/print.ts, where every value is escaped.
import { getDb } from '@/utils/db';
import { databaseProblem } from '@/utils/db/health';
import { downloadText, MIME } from '@/utils/export/download';
import { filtersFromQuery } from '@/utils/export/filter';
import { PRINT_CSS, paperCss, printHtml, printParts, type Paper } from '@/utils/export/print';
import { loadItems } from '@/utils/export/source';
import { exportFileName } from '@/utils/export/text';
import type { ExportContext } from '@/utils/export/types';
import { t, uiLanguage } from '@/utils/i18n';

function style(id: string, css: string): HTMLStyleElement {
  const el = document.createElement('style');
  el.id = id;
  el.textContent = css;
  document.head.append(el);
  return el;
}

/** The same words as the popup and dashboard (components/common/DbGuard.tsx), as plain DOM. */
function showDbProblem(name: string): void {
  document.title = t('safety_db_title');
  const root = document.getElementById('checklist')!;
  const box = document.createElement('div');
  box.className = 'db-error';
  box.setAttribute('role', 'alert');
  for (const [tag, text] of [['strong', t('safety_db_title')], ['p', t('safety_db_what')], ['p', t('safety_db_detail', name)]] as const) {
    const e = document.createElement(tag);
    e.textContent = text;
    box.append(e);
  }
  root.replaceChildren(box);
  root.removeAttribute('aria-busy');
}

async function main(): Promise<void> {
  const ctx: ExportContext = { t, lang: uiLanguage(), now: Date.now() };
  const problem = await databaseProblem(getDb());
  if (problem) return showDbProblem(problem.name);
  const list = await loadItems(getDb(), filtersFromQuery(location.search), ctx.lang);
  const parts = printParts(list, ctx);
  document.documentElement.lang = parts.lang;
  document.title = parts.title;
  style('print-css', PRINT_CSS);
  const paperStyle = style('paper-css', '');
  let paper: Paper = 'auto';

  const bar = document.getElementById('toolbar')!;
  const print = document.createElement('button');
  print.type = 'button';
  print.textContent = t('export_printButton');
  print.addEventListener('click', () => window.print());
  const label = document.createElement('label');
  label.textContent = `${t('export_printPaper')} `;
  const select = document.createElement('select');
  select.name = 'paper';
  for (const p of ['auto', 'A4', 'letter'] as const) select.add(new Option(t(`export_paper_${p}`), p));
  select.addEventListener('change', () => {
    paper = select.value as Paper;
    paperStyle.textContent = paperCss(paper);
  });
  label.append(select);
  const save = document.createElement('button');
  save.type = 'button';
  save.textContent = t('export_printSave');
  save.addEventListener('click', () =>
    downloadText(exportFileName('checklist', ctx, 'html'), printHtml(list, ctx, paper), MIME.html),
  );
  bar.append(print, label, save);

  const root = document.getElementById('checklist')!;
  // Safe: printParts escapes every value it interpolates (tests/unit/export/print.test.ts); the
  // same markup is the downloadable page, so it is parsed once here rather than built twice.
  const parsed = new DOMParser().parseFromString(`<body>${parts.body}</body>`, 'text/html');
  root.replaceChildren(...Array.from(parsed.body.childNodes));
  root.removeAttribute('aria-busy');
}

void main();

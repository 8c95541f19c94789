// Markdown checklist: one "- [ ]" item per site, grouped by what the account protects, in the
// checklist's order (utils/inventory/checklist.ts).
import { whereTrustText } from '../guide/where';
import { IMPACTS, type ExportContext, type ExportItem, type ExportList } from './types';
import { safeWebUrl } from '../url';
import { pluralKey } from '../plural';
import { certaintyLine, impactWord, isDone, kindsInWords, labelled, listSep, oneLine, statusLine, usesKey } from './text';
import { localDate } from '../inventory/reminders';

/**
 * Page-derived text is data: the characters that start markup inside a line are
 * backslash-escaped (emphasis, code, links, autolinks and HTML, strikethrough, tables) and an
 * "&" only where it would start an entity, so "<script>" and "[x](javascript:...)" stay literal
 * while "Taobao & Tmall" and "Settings (gear)" read as written. Line breaks are flattened so a
 * name cannot start a new list item or heading (items never begin a line).
 */
export function escapeMarkdown(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** An autolink for http(s) URLs only; URL.href already percent-encodes spaces, < and >. */
function link(url: string | undefined): string | null {
  const safe = safeWebUrl(url);
  return safe ? `<${safe.replace(/[<>\s]/g, encodeURIComponent)}>` : null;
}

export function itemMarkdown(item: ExportItem, ctx: ExportContext): string {
  const { t } = ctx;
  const box = isDone(item.status) ? '[x]' : '[ ]';
  const name = escapeMarkdown(item.name);
  const site = item.name === item.site ? '' : ` (${escapeMarkdown(item.site)})`;
  const lines = [`- ${box} **${name}**${site}`, `  - ${escapeMarkdown(certaintyLine(t, item))}`];
  if (item.kinds.length) {
    lines.push(`  - ${labelled(ctx, usesKey(item), escapeMarkdown(kindsInWords(ctx, item.kinds)))}`);
  }
  const url = link(item.where.url);
  const app = item.where.app ? escapeMarkdown(item.where.app) : null;
  const inApp = app ? labelled(ctx, 'export_inApp', app) : null;
  const places = [
    ...(inApp && item.where.appFirst ? [inApp] : []),
    ...(url ? [url] : []),
    ...(inApp && !item.where.appFirst ? [inApp] : []),
  ];
  const trust = whereTrustText(item.where, t);
  if (places.length) {
    lines.push(`  - ${labelled(ctx, 'export_whereToChange', places.join(' · '))}${trust ? ` (${escapeMarkdown(trust)})` : ''}`);
  }
  lines.push(`  - ${labelled(ctx, 'export_statusLabel', escapeMarkdown(statusLine(t, item.status, item.proof)))}`);
  if (item.numbers.length) {
    lines.push(`  - ${labelled(ctx, 'export_numberLabel', item.numbers.map(escapeMarkdown).join(listSep(ctx.lang)))}`);
  }
  if (item.note) lines.push(`  - ${labelled(ctx, 'export_noteLabel', escapeMarkdown(item.note))}`);
  return lines.join('\n');
}

/** "3 of 7 done, 4 left": the whole checklist's counts, the same the popup shows. */
export function progressLine(list: ExportList, ctx: ExportContext): string {
  const { done, total, open } = list.counts;
  return ctx.t(pluralKey('cl_progress', total, ctx.lang), [done, total, open]);
}

export function exportMarkdown(list: ExportList, ctx: ExportContext): string {
  const { t } = ctx;
  const { items } = list;
  const out = [`# ${t('export_checklistTitle')} (${localDate(ctx.now)})`, '', progressLine(list, ctx)];
  if (!items.length) out.push('', t('export_nothing'));
  for (const impact of IMPACTS) {
    const group = items.filter((i) => i.impact === impact);
    if (!group.length) continue;
    out.push('', `## ${impactWord(t, impact)} (${group.length})`, '');
    for (const item of group) out.push(itemMarkdown(item, ctx));
  }
  return `${out.join('\n')}\n`;
}

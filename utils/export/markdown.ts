// Markdown checklist: one "- [ ]" item per site, grouped by risk tier, riskiest first.
import { whereTrustText } from '../guide/where';
import { RISK_TIERS, type ExportContext, type ExportItem } from './types';
import { safeWebUrl } from '../url';
import { isDone, kindsInWords, oneLine, statusWord, tierWord } from './text';
import { localDate } from '../inventory/reminders';

/**
 * Page-derived text is data: every CommonMark-significant character is backslash-escaped
 * (so "<script>" and "[x](javascript:...)" stay literal) and line breaks are flattened so a
 * name cannot start a new list item or heading.
 */
export function escapeMarkdown(s: string): string {
  return oneLine(s).replace(/[\\`*_{}[\]()<>#+!|~&"$]/g, '\\$&');
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
  const lines = [`- ${box} **${name}**${site}`];
  if (item.kinds.length) {
    lines.push(`  - ${t('export_usedFor')}: ${escapeMarkdown(kindsInWords(t, item.kinds))}`);
  }
  const url = link(item.where.url);
  const app = item.where.app ? escapeMarkdown(item.where.app) : null;
  const places = [
    ...(app && item.where.appFirst ? [`${t('export_inApp')}: ${app}`] : []),
    ...(url ? [url] : []),
    ...(app && !item.where.appFirst ? [`${t('export_inApp')}: ${app}`] : []),
  ];
  const trust = whereTrustText(item.where, t);
  if (places.length) {
    lines.push(`  - ${t('export_whereToChange')}: ${places.join(' · ')}${trust ? ` (${escapeMarkdown(trust)})` : ''}`);
  }
  lines.push(`  - ${t('export_statusLabel')}: ${escapeMarkdown(statusWord(t, item.status))}`);
  if (item.numbers.length) {
    lines.push(`  - ${t('export_numberLabel')}: ${item.numbers.map(escapeMarkdown).join(', ')}`);
  }
  if (item.note) lines.push(`  - ${t('export_noteLabel')}: ${escapeMarkdown(item.note)}`);
  return lines.join('\n');
}

export function exportMarkdown(items: readonly ExportItem[], ctx: ExportContext): string {
  const { t } = ctx;
  const done = items.filter((i) => isDone(i.status)).length;
  const out = [
    `# ${t('export_checklistTitle')} (${localDate(ctx.now)})`,
    '',
    t('export_progress', [done, items.length]),
  ];
  if (!items.length) out.push('', t('export_nothing'));
  for (const tier of RISK_TIERS) {
    const group = items.filter((i) => i.tier === tier);
    if (!group.length) continue;
    out.push('', `## ${tierWord(t, tier)} (${group.length})`, '');
    for (const item of group) out.push(itemMarkdown(item, ctx));
  }
  return `${out.join('\n')}\n`;
}

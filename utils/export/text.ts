// Small helpers every exporter shares: words for kinds and statuses, dates, escaping.
import { OPEN_STATUSES, type Kind, type Status } from '../types';
import { localDate } from '../inventory/reminders';
import type { ExportContext, RiskTier, Translate } from './types';

export const kindWord = (t: Translate, k: Kind): string => t(`kind_${k.replaceAll('-', '_')}`);
export const kindsInWords = (t: Translate, kinds: readonly Kind[]): string =>
  kinds.map((k) => kindWord(t, k)).join(', ');
export const statusWord = (t: Translate, s: Status): string =>
  t(`export_status_${s.replaceAll('-', '_')}`);
export const tierWord = (t: Translate, tier: RiskTier): string => t(`export_tier_${tier}`);
export const isDone = (s: Status): boolean => !OPEN_STATUSES.includes(s);

/** rebind-checklist-2025-03-01.md */
export const exportFileName = (base: string, ctx: Pick<ExportContext, 'now'>, ext: string) =>
  `rebind-${base}-${localDate(ctx.now)}.${ext}`;

/** Control characters and line breaks become spaces: one item stays on one line. */
export const oneLine = (s: string): string =>
  s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

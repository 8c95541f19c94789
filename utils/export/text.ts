// Small helpers every exporter shares: risk tiers, words for kinds and statuses, dates, escaping.
import { OPEN_STATUSES, type Kind, type Status } from '../types';
import type { ExportContext, RiskTier, Translate } from './types';

/**
 * Tiers of utils/inventory/risk.ts riskScore. Category weighs 30..100 and the worst kind 1..40,
 * so: critical = payment, banking, crypto, or email/government with SMS sign-in or recovery;
 * high = SMS sign-in or recovery anywhere (>= 38); medium = number as login, SMS 2FA, number
 * asked at sign-up; low = only shown or contact data.
 */
export function riskTier(score: number): RiskTier {
  if (score >= 90) return 'critical';
  if (score >= 38) return 'high';
  if (score >= 15) return 'medium';
  return 'low';
}

export const kindWord = (t: Translate, k: Kind): string => t(`kind_${k.replaceAll('-', '_')}`);
export const kindsInWords = (t: Translate, kinds: readonly Kind[]): string =>
  kinds.map((k) => kindWord(t, k)).join(', ');
export const statusWord = (t: Translate, s: Status): string =>
  t(`export_status_${s.replaceAll('-', '_')}`);
export const tierWord = (t: Translate, tier: RiskTier): string => t(`export_tier_${tier}`);
export const isDone = (s: Status): boolean => !OPEN_STATUSES.includes(s);

/** YYYY-MM-DD in local time (what the person's calendar says). */
export function localDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** rebind-checklist-2025-03-01.md */
export const exportFileName = (base: string, ctx: Pick<ExportContext, 'now'>, ext: string) =>
  `rebind-${base}-${localDate(ctx.now)}.${ext}`;

/** Control characters and line breaks become spaces: one item stays on one line. */
export const oneLine = (s: string): string =>
  s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Plain words for the inventory's vocabulary, and dates, in the person's language.
import { entryForSite } from '@/utils/catalog/lookup';
import type { NumberRow, SiteRow } from '@/utils/db';
import { t, uiLanguage } from '@/utils/i18n';
import type { RiskTier } from '@/utils/inventory/risk';
import { showMasked } from '@/utils/numbers/show';
import type { Kind, Status, Strength } from '@/utils/types';

const key = (s: string) => s.replaceAll('-', '_');
export const kindWord = (k: Kind) => t(`kind_${key(k)}`);
export const kindsInWords = (kinds: readonly Kind[]) => kinds.map(kindWord).join(t('ui_listSep'));
export const statusWord = (s: Status) => t(`ui_status_${key(s)}`);
export const strengthWord = (s: Strength) => t(`ui_strength_${key(s)}`);
export const tierWord = (tier: RiskTier) => t(`ui_tier_${tier}`);

export function siteName(row: Pick<SiteRow, 'site' | 'name'>, entry = entryForSite(row.site)): string {
  return (uiLanguage() === 'zh' ? entry?.name.zh : undefined) ?? entry?.name.en ?? row.name ?? row.site;
}

let dateFmt: Intl.DateTimeFormat | undefined;
export function formatDate(ms: number): string {
  dateFmt ??= new Intl.DateTimeFormat(uiLanguage() === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium' });
  return Number.isFinite(ms) ? dateFmt.format(ms) : '';
}

export { showMasked } from '@/utils/numbers/show';

/** "Work phone (…5678)". */
export function numberLabel(n: Pick<NumberRow, 'label' | 'suffix'>): string {
  return n.suffix ? `${n.label} (…${n.suffix})` : n.label;
}

/** One line of evidence for a site: the strongest proof, the number shown, when. */
export function evidenceLine(row: Pick<SiteRow, 'strength' | 'masked' | 'lastSeen'>): string {
  const parts = [strengthWord(row.strength)];
  if (row.masked?.length) parts.push(row.masked.slice(0, 2).map(showMasked).join(', '));
  parts.push(t('ui_lastSeenOn', formatDate(row.lastSeen)));
  return parts.join(' · ');
}

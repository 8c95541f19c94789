// Plain words for the inventory's vocabulary, and dates, in the person's language. The same
// message keys the exports use (utils/export/text.ts): one word for one thing.
import { entryForSite } from '@/utils/catalog/lookup';
import type { NumberRow, SiteRow } from '@/utils/db';
import { t, uiLanguage } from '@/utils/i18n';
import type { Certainty } from '@/utils/inventory/certainty';
import type { ChecklistItem } from '@/utils/inventory/checklist';
import type { Impact } from '@/utils/inventory/impact';
import { proofWord, statusLine as exportStatusLine } from '@/utils/export/text';
import { currentProof } from '@/utils/inventory/proof';
import { pluralKey } from '@/utils/plural';
import { ACCOUNT_KINDS, type Kind, type Status, type Strength } from '@/utils/types';
import { showMasked } from '@/utils/numbers/show';

const key = (s: string) => s.replaceAll('-', '_');
export const kindWord = (k: Kind) => t(`kind_${key(k)}`);
export const kindsInWords = (kinds: readonly Kind[]) => kinds.map(kindWord).join(t('ui_listSep'));
export const statusWord = (s: Status) => t(`ui_status_${key(s)}`);
export const strengthWord = (s: Strength) => t(`ui_strength_${key(s)}`);
export const certaintyWord = (c: Certainty) => t(`cl_certainty_${key(c)}`);
export const impactWord = (i: Impact) => t(`cl_impact_${i}`);

/** A message that counts: "1 account", "2 accounts". */
export const tn = (k: string, n: number, subs: (string | number)[] = [n]) => t(pluralKey(k, n, uiLanguage()), subs);

/** "Status: x" / "状态：x". */
export const labelled = (k: string, value: string) => `${t(k)}${uiLanguage() === 'zh' ? '：' : ': '}${value}`;

export function siteName(row: Pick<SiteRow, 'site' | 'name'>, entry = entryForSite(row.site)): string {
  return (uiLanguage() === 'zh' ? entry?.name.zh : undefined) ?? entry?.name.en ?? row.name ?? row.site;
}

let dateFmt: Intl.DateTimeFormat | undefined;
export function formatDate(ms: number): string {
  dateFmt ??= new Intl.DateTimeFormat(uiLanguage() === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium' });
  return Number.isFinite(ms) ? dateFmt.format(ms) : '';
}

/** A YYYY-MM-DD day in the person's date format. */
export const formatDay = (day: string) => formatDate(new Date(`${day}T12:00:00`).getTime());

export { showMasked } from '@/utils/numbers/show';

/** "Work phone (…5678)". */
export function numberLabel(n: Pick<NumberRow, 'label' | 'suffix'>): string {
  return n.suffix ? `${n.label} (…${n.suffix})` : n.label;
}

/** Why the item is as sure as it is: the number the site showed, or the strongest evidence. */
export function whyLine(row: Pick<SiteRow, 'strength' | 'masked'>): string {
  if (row.masked?.length) return t('cl_why_shown', row.masked.slice(0, 2).map(showMasked).join(t('ui_listSep')));
  return strengthWord(row.strength);
}

/** One line of evidence for a site (dashboard): the proof, when it was last seen. */
export function evidenceLine(row: Pick<SiteRow, 'strength' | 'masked' | 'lastSeen'>): string {
  return [whyLine(row), t('ui_lastSeenOn', formatDate(row.lastSeen))].join(' · ');
}

/**
 * Words follow certainty: evidence "uses your number for …"; otherwise what the catalog says
 * the site "can use a number for …". Null when no way of using a phone is known.
 */
export function usesLine(item: Pick<ChecklistItem, 'row' | 'certainty'>): string | null {
  const { row } = item;
  const kinds =
    item.certainty === 'confirmed'
      ? row.kinds.filter((k) => ACCOUNT_KINDS.includes(k) && k !== 'bound-number')
      : [...new Set([...row.kinds, ...(entryForSite(row.site)?.kinds ?? [])])].filter(
          (k) => ACCOUNT_KINDS.includes(k) && k !== 'bound-number',
        );
  if (!kinds.length) return null;
  return labelled(item.certainty === 'confirmed' ? 'cl_usesFor' : 'cl_canUseFor', kindsInWords(kinds));
}

/** The status and what the site showed since the person's change: "Changed · Verified: now shows …1234". */
export const statusLine = (row: Pick<SiteRow, 'status' | 'proof' | 'statusAt'>) =>
  exportStatusLine(t, row.status, currentProof(row));

/** What the site showed since the person's change, alone (an open item shows no status word). */
export function proofLine(row: Pick<SiteRow, 'proof' | 'statusAt'>): string | null {
  const proof = currentProof(row);
  return proof ? proofWord(t, proof) : null;
}

// Small helpers every exporter shares: words for kinds, statuses, certainty and impact (the
// same message keys the screens use), the language's list separator and label colon, dates,
// escaping.
import { OPEN_STATUSES, type Kind, type Status } from '../types';
import { localDate } from '../inventory/reminders';
import type { Proof } from '../inventory/proof';
import type { ExportContext, ExportItem, Impact, ListedCertainty, Translate } from './types';

type Lang = ExportContext['lang'];

/** "、" in Chinese, ", " in English. */
export const listSep = (lang: Lang): string => (lang === 'zh' ? '、' : ', ');
/** "Status: x" / "状态：x". */
export const labelled = (ctx: Pick<ExportContext, 't' | 'lang'>, key: string, value: string): string =>
  `${ctx.t(key)}${ctx.lang === 'zh' ? '：' : ': '}${value}`;

export const kindWord = (t: Translate, k: Kind): string => t(`kind_${k.replaceAll('-', '_')}`);
export const kindsInWords = (ctx: Pick<ExportContext, 't' | 'lang'>, kinds: readonly Kind[]): string =>
  kinds.map((k) => kindWord(ctx.t, k)).join(listSep(ctx.lang));
export const statusWord = (t: Translate, s: Status): string => t(`ui_status_${s.replaceAll('-', '_')}`);
export const certaintyWord = (t: Translate, c: ListedCertainty | 'not-phone'): string =>
  t(`cl_certainty_${c.replaceAll('-', '_')}`);
export const impactWord = (t: Translate, i: Impact): string => t(`cl_impact_${i}`);
export const isDone = (s: Status): boolean => !OPEN_STATUSES.includes(s);

/** "Still on your old number", "Verified: now shows …1234" (utils/inventory/proof.ts). */
export function proofWord(t: Translate, proof: Pick<Proof, 'state' | 'tail'>): string {
  if (proof.state === 'new') return t('proof_new', proof.tail);
  if (proof.state === 'unclear') return t('proof_unclear', proof.tail);
  return proof.tail ? t('proof_oldShown', proof.tail) : t('proof_old');
}

/** The status as every list shows it: its word, then what the site showed since, if anything. */
export const statusLine = (t: Translate, s: Status, proof?: Pick<Proof, 'state' | 'tail'>): string =>
  proof ? `${statusWord(t, s)} · ${proofWord(t, proof)}` : statusWord(t, s);

/** Words follow certainty: evidence "uses your number for", the catalog "can use a number for". */
export const usesKey = (item: Pick<ExportItem, 'certainty'>): string =>
  item.certainty === 'confirmed' ? 'cl_usesFor' : 'cl_canUseFor';

/** "Confirmed" or "Likely · number not confirmed". */
export function certaintyLine(t: Translate, item: Pick<ExportItem, 'certainty' | 'numberUnconfirmed'>): string {
  const word = certaintyWord(t, item.certainty);
  return item.numberUnconfirmed ? `${word} · ${t('cl_numberUnconfirmed')}` : word;
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

// Calendar (.ics, RFC 5545): for each number with a planned cancellation date, an all-day
// event on that date and, where the number's country has a known rule (utils/inventory/
// recycling.ts), one when the number may go to someone else. CRLF line ends, lines folded at
// 75 octets, text escaped.
import { pluralKey } from '../plural';
import { recyclingRule } from '../inventory/recycling';
import type { ExportContext } from './types';

export interface IcsNumber {
  id: string;
  label: string;
  /** ISO 3166 alpha-2: which recycling rule applies. */
  country: string;
  /** YYYY-MM-DD */
  cancelDate: string;
  /** Open items of this number's checklist (utils/inventory/checklist.ts). */
  openSites: number;
}

/** Escapes TEXT values: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function icsText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Folds a content line into chunks of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = out.length ? 74 : 75;
    if (bytes + n > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

/** YYYY-MM-DD plus days, as YYYYMMDD (calendar arithmetic in UTC: no daylight-saving shifts). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10).replaceAll('-', '');
}

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function event(uid: string, day: string, summary: string, description: string, now: number): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${icsText(uid)}@rebind.local`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${addDays(day, 0)}`,
    `DTEND;VALUE=DATE:${addDays(day, 1)}`,
    `SUMMARY:${icsText(summary)}`,
    `DESCRIPTION:${icsText(description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function exportIcs(numbers: readonly IcsNumber[], ctx: ExportContext): string {
  const { t } = ctx;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rebind//Rebind checklist//EN', 'CALSCALE:GREGORIAN'];
  for (const n of numbers) {
    const rule = recyclingRule(n.country);
    const open = t(pluralKey('cl_openAccounts', n.openSites, ctx.lang), [n.openSites]);
    const after = rule ? t(`cl_recycle_${rule.country}`) : t('cl_recycle_unknown');
    lines.push(
      ...event(
        `${n.id}-cancel`,
        n.cancelDate,
        t('export_ics_cancel', n.label),
        `${t('export_ics_cancelDesc', [open])} ${after}`,
        ctx.now,
      ),
    );
    if (!rule) continue;
    const endDay = addDays(n.cancelDate, rule.days);
    const day = `${endDay.slice(0, 4)}-${endDay.slice(4, 6)}-${endDay.slice(6)}`;
    lines.push(
      ...event(
        `${n.id}-reassign`,
        day,
        t(`export_ics_end_${rule.country}`, n.label),
        `${t(`export_ics_endDesc_${rule.country}`)} ${t('export_ics_openAtExport', [open])}`,
        ctx.now,
      ),
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

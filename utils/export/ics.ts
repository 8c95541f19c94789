// Calendar (.ics, RFC 5545): for each number with a planned cancellation date, an all-day
// event on that date and one when the carrier's freeze ends and the number may be given to
// someone else. CRLF line ends, lines folded at 75 octets, text escaped.
import { FREEZE_DAYS } from '../inventory/reminders';
import type { ExportContext } from './types';

export { FREEZE_DAYS };

export interface IcsNumber {
  id: string;
  label: string;
  /** YYYY-MM-DD */
  cancelDate: string;
  /** Sites still to change for this number. */
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
    const freezeEnd = addDays(n.cancelDate, FREEZE_DAYS);
    const freezeDay = `${freezeEnd.slice(0, 4)}-${freezeEnd.slice(4, 6)}-${freezeEnd.slice(6)}`;
    lines.push(
      ...event(
        `${n.id}-cancel`,
        n.cancelDate,
        t('export_ics_cancel', n.label),
        t('export_ics_cancelDesc', [n.openSites, FREEZE_DAYS]),
        ctx.now,
      ),
      ...event(
        `${n.id}-freeze-end`,
        freezeDay,
        t('export_ics_freezeEnd', n.label),
        t('export_ics_freezeEndDesc', [n.openSites]),
        ctx.now,
      ),
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

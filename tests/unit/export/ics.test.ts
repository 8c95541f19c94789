import { describe, expect, it } from 'vitest';
import { addDays, exportIcs, foldLine, icsText } from '@/utils/export/ics';
import { ctxEn, ctxZh } from './helpers';

/** Undo RFC 5545 folding: CRLF followed by one space joins lines. */
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('calendar export', () => {
  const numbers = [{ id: 'n1', label: 'Work; old, SIM', country: 'CN', cancelDate: '2025-03-10', openSites: 4 }];

  it('for a Chinese number: an all-day event on the cancellation date and at the end of the 90-day freeze', () => {
    const ics = unfold(exportIcs(numbers, ctxEn));
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(2);
    expect(events[0]).toContain('DTSTART;VALUE=DATE:20250310\r\n');
    expect(events[0]).toContain('DTEND;VALUE=DATE:20250311\r\n');
    expect(events[0]).toContain('SUMMARY:Cancel number: Work\\; old\\, SIM\r\n');
    expect(events[0]).toContain('At export: 4 accounts still to change.');
    expect(events[0]).toContain('about 90 days');
    // 2025-03-10 + 90 days = 2025-06-08
    expect(events[1]).toContain('DTSTART;VALUE=DATE:20250608\r\n');
    expect(events[1]).toContain('SUMMARY:Freeze ends\\, number may be reassigned: Work\\; old\\, SIM');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(new Set(ics.match(/^UID:.*$/gm)).size).toBe(2);
    expect(ics).toContain('DTSTAMP:20250301T100000Z');
  });

  it('for a US number: the FCC minimum of 45 days, never the Chinese freeze; elsewhere no promise', () => {
    const us = unfold(exportIcs([{ id: 'u', label: 'US cell', country: 'US', cancelDate: '2025-03-10', openSites: 1 }], ctxEn));
    const events = us.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(2);
    expect(events[0]).toContain('At export: 1 account still to change.');
    expect(events[0]).toContain('at least 45 days');
    // 2025-03-10 + 45 days = 2025-04-24
    expect(events[1]).toContain('DTSTART;VALUE=DATE:20250424\r\n');
    expect(us).not.toMatch(/90|freeze/i);
    const de = unfold(exportIcs([{ id: 'd', label: 'DE', country: 'DE', cancelDate: '2025-03-10', openSites: 2 }], ctxEn));
    expect(de.split('BEGIN:VEVENT')).toHaveLength(2);
    expect(de).toContain('knows no rule');
  });

  it('uses CRLF only and folds every line at 75 octets without splitting a character', () => {
    const ics = exportIcs([{ id: 'n2', label: '中国移动老号码'.repeat(8), country: 'CN', cancelDate: '2024-12-31', openSites: 1 }], ctxZh);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const enc = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(enc.encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(unfold(ics)).toContain(`SUMMARY:注销号码：${'中国移动老号码'.repeat(8)}`);
    // Across a year end
    expect(unfold(ics)).toContain('DTSTART;VALUE=DATE:20250331');
  });

  it('escapes text values', () => {
    expect(icsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(addDays('2024-02-28', 1)).toBe('20240229');
  });

  it('has no events when no number has a date', () => {
    expect(exportIcs([], ctxEn)).not.toContain('VEVENT');
  });
});

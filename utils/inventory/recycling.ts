// What is known about when a cancelled number goes to someone else, per country. Promise only
// what is known: a country missing here gets no date. Sources and wording: docs/CHECKLIST.md.
import { localDate } from './reminders';

export interface RecyclingRule {
  /** ISO 3166 alpha-2, upper case. */
  country: string;
  /**
   * `frozen`: the carrier holds the number and the former owner can still get it back;
   * `aging`: the number may not be given to anyone else for at least `days`.
   */
  kind: 'frozen' | 'aging';
  /** Days after cancellation. */
  days: number;
  /** Where the fact comes from. */
  source: string;
}

export const RECYCLING_RULES: readonly RecyclingRule[] = [
  {
    country: 'CN',
    kind: 'frozen',
    days: 90,
    source:
      'Carrier practice of China Mobile, China Unicom and China Telecom (a cancelled number is frozen about 90 days and can be restored by its former owner); no published MIIT rule fixes the period.',
  },
  {
    country: 'US',
    kind: 'aging',
    days: 45,
    source:
      'FCC, Second Report and Order FCC 18-177 (CG Docket 17-59), 47 CFR 52.15(f)(1)(ii): permanently disconnected numbers are aged at least 45 days before reassignment (required since 2020-07-27).',
  },
];

export function recyclingRule(country: string | undefined): RecyclingRule | undefined {
  const c = country?.toUpperCase();
  return RECYCLING_RULES.find((r) => r.country === c);
}

export interface RecyclingWindow {
  rule: RecyclingRule;
  /** The cancellation date, YYYY-MM-DD. */
  start: string;
  /** The last day covered by the rule, YYYY-MM-DD (local calendar). */
  end: string;
}

/** The window after a cancellation the number's country promises, or null when none is known. */
export function recyclingWindow(country: string | undefined, cancelDate: string): RecyclingWindow | null {
  const rule = recyclingRule(country);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cancelDate);
  if (!rule || !m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  if (Number.isNaN(d.getTime())) return null;
  d.setDate(d.getDate() + rule.days);
  return { rule, start: cancelDate, end: localDate(d) };
}

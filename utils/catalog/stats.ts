// Counts over the catalog, for `npm run catalog -- stats` and other tools.
import type { CatalogEntry, Fact, SiteNumber } from './types';

type AnyFact = Pick<Fact<unknown>, 'status' | 'sources'>;

/** The facts that say where the number is changed (web page, in-app path). */
const whereFacts = (n: SiteNumber): AnyFact[] => [n.web, n.app].filter((f) => !!f);
const allFacts = (e: CatalogEntry): AnyFact[] =>
  [
    e.kindsFact,
    ...(e.numbers ?? []).flatMap((n) => [n.web, n.app, n.removable, n.delay, n.lostNumber]),
  ].filter((f) => !!f);

/** A curated entry counts as sourced when a where-to-change fact of it has a source. */
export const whereSourced = (e: CatalogEntry): boolean =>
  (e.numbers ?? []).some((n) => whereFacts(n).some((f) => f.status === 'sourced'));

export interface CatalogStats {
  sites: number;
  /** Sites whose entry names at least one way the account uses a phone number. */
  withPhoneUse: number;
  byKind: Record<string, number>;
  /** Region code -> sites; "global" counts sites with no region. */
  byRegion: Record<string, number>;
  byCategory: Record<string, number>;
  withWebUrl: number;
  withAppPath: number;
  withSecurityUrl: number;
  withDeletion: number;
  curated: number;
  generated: number;
  /** Curated entries whose where-to-change fact has a source; the rest are unverified. */
  sourced: number;
  unverified: number;
  /** Every curated fact (kinds, web, app, removable, delay, lost number) by status. */
  facts: { sourced: number; unverified: number };
  /** Curated numbers (an account may keep several), those with a delay or a lost-number path. */
  numbers: number;
  withDelay: number;
  withLostNumber: number;
  /** In-app paths that are a shared template, not the app's own menu. */
  typicalAppPaths: number;
  /** Entries offering a two-step help page (never as where to change). */
  withTwoStepHelp: number;
  domains: number;
}

const bump = (o: Record<string, number>, k: string) => {
  o[k] = (o[k] ?? 0) + 1;
};
const sorted = (o: Record<string, number>) =>
  Object.fromEntries(Object.entries(o).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)));

export function catalogStats(entries: readonly CatalogEntry[]): CatalogStats {
  const byKind: Record<string, number> = {};
  const byRegion: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  let withPhoneUse = 0, withWebUrl = 0, withAppPath = 0, withSecurityUrl = 0, withDeletion = 0;
  let curated = 0, domains = 0, sourced = 0, numbers = 0, withDelay = 0, withLostNumber = 0, typical = 0;
  let withTwoStepHelp = 0;
  const facts = { sourced: 0, unverified: 0 };
  for (const e of entries) {
    if (e.kinds.length) withPhoneUse++;
    for (const k of e.kinds) bump(byKind, k);
    for (const r of e.regions?.length ? e.regions : ['global']) bump(byRegion, r);
    bump(byCategory, e.category);
    const ns = e.numbers ?? [];
    if (ns.some((n) => n.web)) withWebUrl++;
    if (ns.some((n) => n.app)) withAppPath++;
    if (e.twoStepHelp) withTwoStepHelp++;
    if (e.origin === 'curated' && whereSourced(e)) sourced++;
    numbers += ns.length;
    withDelay += ns.filter((n) => n.delay).length;
    withLostNumber += ns.filter((n) => n.lostNumber).length;
    typical += ns.filter((n) => n.app?.typical).length;
    for (const f of allFacts(e)) facts[f.status]++;
    if (e.securityUrl) withSecurityUrl++;
    if (e.deletion) withDeletion++;
    if (e.origin === 'curated') curated++;
    domains += e.domains.length;
  }
  return {
    sites: entries.length,
    curated,
    generated: entries.length - curated,
    sourced,
    unverified: curated - sourced,
    facts,
    withPhoneUse,
    byKind: sorted(byKind),
    byRegion: sorted(byRegion),
    byCategory: sorted(byCategory),
    withWebUrl,
    withAppPath,
    withSecurityUrl,
    withDeletion,
    numbers,
    withDelay,
    withLostNumber,
    typicalAppPaths: typical,
    withTwoStepHelp,
    domains,
  };
}

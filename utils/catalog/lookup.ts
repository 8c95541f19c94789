// Hostname -> site -> catalog entry, for the background and extension pages.
// Never import this from the content script: it carries the whole catalog
// (tests/unit/catalog/boundary.test.ts enforces it).
import { KINDS, type Kind } from '../types';
import { hostnameOf } from '../url';
import curatedJson from './curated.json';
import generatedJson from './generated.json';
import { catalogKeys, identify } from './identity';
import type { CatalogEntry, CuratedSite, GeneratedFile, GeneratedSite } from './types';

/** utils/catalog/curated.json: data/catalog/sites/*.json, checked by `npm run catalog:build`. */
export interface CuratedFile {
  format: 1;
  sites: CuratedSite[];
}

interface Catalog {
  entries: CatalogEntry[];
  /** Every domain (and the few host-level keys such as v.qq.com) -> its entry. */
  byDomain: Map<string, CatalogEntry>;
  /** Domains that two curated entries both claim; must stay empty (tested). */
  conflicts: string[];
}

const SOURCE_NAMES: Record<string, string> = {
  t: '2fa.directory',
  a: 'Apple password-manager-resources',
  j: 'JustDeleteMe',
};

export function describeSources(src: string): string {
  const names = [...src].map((c) => SOURCE_NAMES[c]).filter(Boolean);
  return `Public data (MIT): ${names.join(', ')}`;
}

function expand(g: GeneratedSite): CatalogEntry {
  const e: CatalogEntry = {
    site: g.site,
    domains: [g.site, ...(g.domains ?? [])],
    name: { en: g.name ?? g.site },
    kinds: g.kinds ?? [],
    category: g.category ?? 'other',
    origin: 'generated',
    source: describeSources(g.src),
  };
  if (g.regions) e.regions = g.regions;
  if (g.securityUrl) e.securityUrl = g.securityUrl;
  if (g.twoStepHelp) e.twoStepHelp = g.twoStepHelp;
  if (g.deletion) e.deletion = g.deletion;
  return e;
}

const byKindOrder = (kinds: Iterable<Kind>): Kind[] => {
  const set = new Set(kinds);
  return KINDS.filter((k) => set.has(k));
};

/**
 * A curated entry, with the domains of the public-data groups it absorbs. Facts (methods,
 * regions, two-step help, deletion) come only from the public record of the curated site
 * itself: a group may hold another product's domain (nest.com with google.com), and that
 * product's documentation and regions are not this account's.
 */
function mergeCurated(c: CuratedSite, gen: CatalogEntry[]): CatalogEntry {
  const domains = [...new Set([...c.domains, ...gen.flatMap((g) => g.domains)])];
  const own = gen.find((g) => g.site === c.site);
  const e: CatalogEntry = {
    site: c.site,
    domains: [c.site, ...domains.filter((d) => d !== c.site).sort()],
    name: { ...c.name },
    kinds: byKindOrder([...c.kinds.value, ...(own?.kinds ?? [])]),
    kindsFact: c.kinds,
    category: c.category,
    numbers: c.numbers,
    origin: 'curated',
    source: own ? own.source : 'Curated (data/catalog/sites)',
  };
  const regions = c.regions ?? own?.regions;
  if (regions) e.regions = regions;
  // A change-password page of any domain of the same account is this account's page.
  const securityUrl = c.securityUrl ?? own?.securityUrl ?? gen.find((g) => g.securityUrl)?.securityUrl;
  if (securityUrl) e.securityUrl = securityUrl;
  const twoStepHelp = c.twoStepHelp ?? own?.twoStepHelp;
  if (twoStepHelp) e.twoStepHelp = twoStepHelp;
  const deletion = c.deletion?.url ? c.deletion : (own?.deletion ?? c.deletion);
  if (deletion) e.deletion = { ...deletion, ...(c.deletion?.difficulty ? { difficulty: c.deletion.difficulty } : {}) };
  if (c.checked) e.checked = c.checked;
  return e;
}

/** Build the catalog from its parts; exported for tests, the CLI and the generator check. */
export function buildCatalog(generated: GeneratedFile, curated: readonly CuratedSite[]): Catalog {
  const gen = generated.sites.map(expand);
  const genByDomain = new Map<string, CatalogEntry>();
  for (const g of gen) for (const d of g.domains) genByDomain.set(d, g);

  const absorbed = new Set<CatalogEntry>();
  const entries: CatalogEntry[] = [];
  const owner = new Map<string, string>();
  const conflicts: string[] = [];
  for (const c of curated) {
    const mine = [...new Set(c.domains.map((d) => genByDomain.get(d)).filter((g) => !!g))].filter(
      (g) => !absorbed.has(g),
    );
    for (const g of mine) absorbed.add(g);
    const e = mergeCurated(c, mine);
    for (const d of e.domains) {
      const prev = owner.get(d);
      if (prev && prev !== e.site) conflicts.push(`${d}: ${prev} and ${e.site}`);
      else owner.set(d, e.site);
    }
    entries.push(e);
  }
  for (const g of gen) if (!absorbed.has(g)) entries.push(g);
  entries.sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));

  const byDomain = new Map<string, CatalogEntry>();
  // Curated first: when data disagree, the reviewed entry owns the domain.
  for (const e of [...entries.filter((x) => x.origin === 'curated'), ...entries]) {
    for (const d of e.domains) if (!byDomain.has(d)) byDomain.set(d, e);
  }
  return { entries, byDomain, conflicts };
}

let catalog: Catalog | null = null;
/** Built once, on first use, so importing this module costs nothing until a lookup. */
function get(): Catalog {
  catalog ??= buildCatalog(generatedJson as unknown as GeneratedFile, (curatedJson as unknown as CuratedFile).sites);
  return catalog;
}

/**
 * The inventory key for a hostname or URL: the one function that decides which site a page
 * speaks for. identity.ts gives the site before grouping (user-content hosts and platform
 * tenants are their own sites); the catalog then maps it, or a host-level key above it
 * (v.qq.com, wx.qq.com), to its account's primary site. Hosts without a public suffix
 * (localhost, an IP address) stand for themselves; a bare public suffix likewise.
 */
export function siteForHost(hostOrUrl: string): string | null {
  const host = hostnameOf(hostOrUrl);
  const id = host ? identify(host) : null;
  if (!id) return null;
  const { byDomain } = get();
  for (const k of catalogKeys(id)) {
    const hit = byDomain.get(k);
    if (hit) return hit.site;
  }
  return id.key;
}

/** The entry for a site key (or any of its domains). */
export function entryForSite(site: string): CatalogEntry | undefined {
  return get().byDomain.get(site.toLowerCase());
}

/** Whether the catalog says the site ties a phone number to the account. */
export const usesPhone = (e: CatalogEntry | undefined): boolean => !!e && e.kinds.length > 0;

export function allEntries(): readonly CatalogEntry[] {
  return get().entries;
}

export function catalogConflicts(): readonly string[] {
  return get().conflicts;
}

/**
 * Sites matching a query typed by a person (English or Chinese name, or domain),
 * case-insensitive: exact matches first, then prefixes, then substrings; curated and
 * phone-using sites before the rest.
 */
export function searchCatalog(query: string, limit = 20): CatalogEntry[] {
  const q = query.trim().toLowerCase();
  if (!q || limit <= 0) return [];
  const scored: { e: CatalogEntry; score: number }[] = [];
  for (const e of get().entries) {
    const fields = [e.name.en.toLowerCase(), e.name.zh ?? '', ...e.domains];
    let best = 3;
    for (const f of fields) {
      if (f === q) best = 0;
      else if (f.startsWith(q)) best = Math.min(best, 1);
      else if (f.includes(q)) best = Math.min(best, 2);
    }
    if (best === 3) continue;
    const score = best * 4 + (e.origin === 'curated' ? 0 : 2) + (e.kinds.length ? 0 : 1);
    scored.push({ e, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.e.site < b.e.site ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.e);
}

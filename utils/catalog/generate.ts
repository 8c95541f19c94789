// Derives the generated catalog from three public data sets (see docs/CATALOG.md).
// Pure: takes the parsed files, returns sites and the records it had to skip.
// Only facts are kept (domains, methods, URLs, categories); free-text notes never are.
// Domains reduce to sites with utils/catalog/identity.ts, the rule visited hosts follow, and
// an entry's facts come only from records about the entry's own site (no lending between
// products that happen to share a registrable domain or a group). A curated entry's `notOurs`
// domains are cut out of its group here, the one place groups are made.
import { Groups } from './groups';
import { identify } from './identity';
import { CATEGORIES, DIFFICULTIES } from './types';
import type { Category, CuratedSite, Difficulty, GeneratedFile, GeneratedSite } from './types';
import type { Kind } from '../types';

export const SOURCE_FILES = {
  tfa: 'twofactorauth/entries.json',
  changePassword: 'apple-password-manager-resources/quirks/change-password-URLs.json',
  shared: 'apple-password-manager-resources/quirks/shared-credentials.json',
  jdm: 'justdeleteme/sites.json',
} as const;
export type SourceKey = keyof typeof SOURCE_FILES;
export type Sources = Record<SourceKey, unknown>;

export interface Problem {
  file: string;
  record: string;
  reason: string;
}

/** 2fa.directory categories -> ours. Unlisted ones become "other". */
const CATEGORY_MAP: Record<string, Category> = {
  payments: 'payment',
  banking: 'banking',
  finance: 'banking',
  investing: 'banking',
  cryptocurrencies: 'crypto',
  government: 'government',
  email: 'email',
  social: 'social',
  communication: 'messaging',
  retail: 'shopping',
  travel: 'travel',
  transport: 'transport',
  food: 'food',
  entertainment: 'entertainment',
  tickets: 'entertainment',
  cloud: 'cloud',
  backup: 'cloud',
  remote: 'cloud',
  developer: 'developer',
  hosting: 'developer',
  domains: 'developer',
  utilities: 'telecom',
  health: 'health',
  education: 'education',
  universities: 'education',
  gaming: 'games',
  betting: 'games',
};

/** Normalised hostname from the data, or null if it is not a host name. */
function hostOf(host: unknown): string | null {
  if (typeof host !== 'string') return null;
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(h) ? h : null;
}

/**
 * The site a hostname from the data stands for (identity.ts), or null when it is not one
 * account's: a public suffix (co.no, square.site) or no public host at all.
 */
export function registrable(host: unknown): string | null {
  const h = hostOf(host);
  const id = h ? identify(h) : null;
  return id && id.kind !== 'suffix' && id.kind !== 'local' ? id.key : null;
}

/** The record is about the site itself (its key or www), not a product on a host below it. */
function isOwnHost(host: unknown, key: string): boolean {
  const h = hostOf(host);
  return h === key || h === `www.${key}`;
}

export function httpsUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' && u.hostname.includes('.') ? u.href : null;
  } catch {
    return null;
  }
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] | null =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : null;

/** Tags for Groups: each curated entry's own domains and the group domains it says are not. */
function apartTags(curated: readonly CuratedSite[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  const tag = (d: string, t: string) => tags.set(d, [...(tags.get(d) ?? []), t]);
  curated.forEach((c, i) => {
    if (!c.notOurs?.length) return;
    // Host-level keys (v.qq.com) are not nodes of the groups; their domain may be shared.
    for (const d of c.domains) if (registrable(d) === d) tag(d, `${i}+`);
    for (const n of c.notOurs) tag(n.domain, `${i}-`);
  });
  return tags;
}

interface TfaFact {
  domain: string;
  name: string;
  phone: boolean;
  docUrl?: string;
  categories: Category[];
  regions: string[];
}
interface JdmFact {
  domain: string;
  name: string;
  url?: string;
  difficulty: Difficulty;
}

/** Priority of a domain as the group's primary site: lower wins. */
const RANK = { tfaPhone: 0, tfa: 1, sharedTo: 2, jdm: 3, changePassword: 4, other: 5 } as const;

/**
 * `curated` (data/catalog/sites) only cuts groups: a domain an entry lists in `notOurs` never
 * joins that entry's domains, so it becomes its own site from its own records. `errors` name a
 * curated file and field whose `notOurs` domain is not in the entry's public-data group.
 */
export function generate(
  src: Sources,
  curated: readonly CuratedSite[] = [],
): { file: GeneratedFile; problems: Problem[]; errors: string[] } {
  const problems: Problem[] = [];
  const report = (key: SourceKey, record: string, reason: string) =>
    problems.push({ file: SOURCE_FILES[key], record, reason });
  const groups = new Groups(apartTags(curated));
  // The same links without the cuts: what the public data alone groups (checks notOurs).
  const whole = new Groups();
  const link = (key: SourceKey, record: string, a: string, b: string) => {
    whole.union(a, b);
    const apart = groups.union(a, b);
    if (apart) report(key, record, `${b} not joined with ${a}: ${curated[parseInt(apart, 10)]!.site}.json lists it in notOurs`);
  };
  const appleShared = new Set<string>();
  const rank = new Map<string, number>();
  const claim = (d: string, r: number) => {
    groups.add(d);
    rank.set(d, Math.min(rank.get(d) ?? RANK.other, r));
  };

  // 2fa.directory: phone methods, documentation, categories, regions, additional domains.
  const tfa: TfaFact[] = [];
  if (!isObj(src.tfa)) report('tfa', '(file)', 'expected an object of entries');
  else
    for (const [path, wrapper] of Object.entries(src.tfa)) {
      const names = isObj(wrapper) ? Object.keys(wrapper) : [];
      const v = isObj(wrapper) && names.length === 1 ? wrapper[names[0]!] : undefined;
      if (!isObj(v)) {
        report('tfa', path, 'expected one named entry');
        continue;
      }
      const domain = registrable(v.domain);
      if (!domain) {
        report('tfa', path, `bad domain ${JSON.stringify(v.domain)}`);
        continue;
      }
      const cats = strings(v.categories);
      const methods = v.tfa === undefined ? [] : strings(v.tfa);
      if (!cats || !methods) {
        report('tfa', path, 'categories or tfa is not a list of strings');
        continue;
      }
      const phone = methods.includes('sms') || methods.includes('call');
      const extra = v['additional-domains'] === undefined ? [] : strings(v['additional-domains']);
      if (!extra) report('tfa', path, 'additional-domains is not a list; ignored');
      const own = isOwnHost(v.domain, domain);
      claim(domain, own ? (phone ? RANK.tfaPhone : RANK.tfa) : RANK.other);
      for (const raw of extra ?? []) {
        const d = registrable(raw);
        if (!d) report('tfa', path, `additional domain ${JSON.stringify(raw)} is not one site (public suffix or bad host); not merged`);
        else link('tfa', path, domain, d);
      }
      // A product on a host below the domain (cloud.baidu.com, artists.spotify.com, fi.google.com)
      // is not the domain's own account page: its methods, documentation and regions stay out.
      if (!own) {
        report('tfa', path, `about ${String(v.domain)}, a product below ${domain}; facts not given to ${domain}`);
        continue;
      }
      let docUrl: string | undefined;
      if (phone && v.documentation !== undefined) {
        docUrl = httpsUrl(v.documentation) ?? undefined;
        if (!docUrl) report('tfa', path, 'documentation is not an https URL; ignored');
      }
      const regions = (strings(v.regions) ?? []).filter((r) => /^[a-z]{2}$/.test(r));
      const categories = cats.map((c) => CATEGORY_MAP[c] ?? 'other');
      tfa.push({ domain, name: names[0]!, phone, docUrl, categories, regions });
    }

  // Apple: domains that share one account backend. "shared" lists are one account both ways.
  // "from"/"to" is one-way (a credential saved for `from` also works on `to`): the two are one
  // account only when the `from` domains are obsolete names of `to` (discordapp.com ->
  // discord.com); otherwise (heroku.com -> verify.salesforce.com) each stays its own site.
  if (!Array.isArray(src.shared)) report('shared', '(file)', 'expected a list of groups');
  else
    src.shared.forEach((g, i) => {
      const shared = isObj(g) ? strings(g.shared) : null;
      const from = isObj(g) ? strings(g.from) : null;
      const to = isObj(g) ? strings(g.to) : null;
      const list = shared ?? (from && to ? [...to, ...from] : null);
      const domains = list?.map(registrable);
      if (!domains?.length || domains.some((d) => !d)) {
        report('shared', `#${i}`, 'expected "shared" or "from"/"to" lists of hostnames of sites');
        return;
      }
      const ds = domains as string[];
      for (const d of ds) {
        groups.add(d);
        appleShared.add(d);
      }
      for (const d of to?.map(registrable) ?? []) claim(d!, RANK.sharedTo);
      const oneAccount = !!shared || (isObj(g) && g.fromDomainsAreObsoleted === true);
      if (oneAccount) for (const d of ds.slice(1)) link('shared', `#${i}`, ds[0]!, d);
    });

  // Apple: change-password / account-security pages.
  const changePw = new Map<string, string>();
  if (!isObj(src.changePassword)) report('changePassword', '(file)', 'expected an object');
  else
    for (const host of Object.keys(src.changePassword).sort()) {
      const d = registrable(host);
      const url = httpsUrl(src.changePassword[host]);
      if (!d || !url) {
        report('changePassword', host, d ? 'URL is not https' : 'bad hostname');
        continue;
      }
      claim(d, RANK.changePassword);
      // The page for the bare domain wins over a subdomain's.
      if (!changePw.has(d) || host === d) changePw.set(d, url);
    }

  // JustDeleteMe: deletion page and difficulty for the record's first domain.
  const jdm: JdmFact[] = [];
  if (!Array.isArray(src.jdm)) report('jdm', '(file)', 'expected a list of services');
  else
    src.jdm.forEach((s, i) => {
      const label = isObj(s) && typeof s.name === 'string' ? s.name : `#${i}`;
      const ds = isObj(s) ? strings(s.domains) : null;
      const difficulty = isObj(s) ? s.difficulty : undefined;
      const first = registrable(ds?.[0]);
      if (!isObj(s) || typeof s.name !== 'string' || !first) {
        report('jdm', label, 'missing name or valid first domain');
        return;
      }
      if (!DIFFICULTIES.includes(difficulty as Difficulty)) {
        report('jdm', label, `unknown difficulty ${JSON.stringify(difficulty)}`);
        return;
      }
      const url = httpsUrl(s.url) ?? undefined;
      if (!url) report('jdm', label, 'deletion URL is not https; kept difficulty only');
      claim(first, RANK.jdm);
      // Country variants of the same brand (ebay.de, ebay.co.jp) are one account; other
      // listed domains may be unrelated (JDM lists whole platforms), so they are not grouped.
      const brand = first.split('.')[0];
      const own = isOwnHost(ds![0], first);
      for (const raw of ds!.slice(1)) {
        const d = registrable(raw);
        if (d && d.split('.')[0] === brand) link('jdm', label, first, d);
      }
      // A record about a host below the site (a product there) lends the site nothing.
      if (own) jdm.push({ domain: first, name: s.name, url, difficulty: difficulty as Difficulty });
    });

  const errors = curated.flatMap((c) =>
    (c.notOurs ?? []).flatMap((n, i) =>
      c.domains.some((d) => registrable(d) !== null && whole.find(registrable(d)!) === whole.find(n.domain))
        ? []
        : [`${c.site}.json: notOurs[${i}].domain: "${n.domain}" is not in this entry's public-data group; nothing to keep apart`],
    ),
  );
  return { file: assemble(groups, rank, tfa, changePw, jdm, appleShared), problems, errors };
}

function pickPrimary(members: string[], rank: Map<string, number>): string {
  const score = (d: string) => rank.get(d) ?? RANK.other;
  return [...members].sort(
    (a, b) =>
      score(a) - score(b) ||
      Number(!a.endsWith('.com')) - Number(!b.endsWith('.com')) ||
      a.length - b.length ||
      (a < b ? -1 : a > b ? 1 : 0),
  )[0]!;
}

function assemble(
  groups: Groups,
  rank: Map<string, number>,
  tfa: TfaFact[],
  changePw: Map<string, string>,
  jdm: JdmFact[],
  appleShared: Set<string>,
): GeneratedFile {
  const byRoot = new Map<string, { tfa: TfaFact[]; jdm: JdmFact[] }>();
  const bucket = (d: string) => {
    const r = groups.find(d);
    let b = byRoot.get(r);
    if (!b) byRoot.set(r, (b = { tfa: [], jdm: [] }));
    return b;
  };
  for (const f of tfa) bucket(f.domain).tfa.push(f);
  for (const f of jdm) bucket(f.domain).jdm.push(f);

  const sites: GeneratedSite[] = [];
  for (const [root, members] of groups.members()) {
    const site = pickPrimary(members, rank);
    const b = byRoot.get(root) ?? { tfa: [], jdm: [] };
    // Only records about the primary site itself: another member's name, documentation and
    // regions belong to that member's product (Google Nest is not Google).
    const onSite = <T extends { domain: string }>(xs: T[]) => xs.filter((x) => x.domain === site);
    const phoneFacts = onSite(b.tfa.filter((f) => f.phone));
    const tfaFacts = onSite(b.tfa);
    const jdmFact = onSite(b.jdm)[0];
    const securityUrl = changePw.get(site) ?? members.map((d) => changePw.get(d)).find(Boolean);
    if (!tfaFacts.length && !jdmFact && !securityUrl) continue; // grouping alone says nothing
    const apple = !!securityUrl || members.some((d) => appleShared.has(d));
    const src = (tfaFacts.length ? 't' : '') + (apple ? 'a' : '') + (jdmFact ? 'j' : '');
    const name = phoneFacts[0]?.name ?? tfaFacts[0]?.name ?? jdmFact?.name;
    const cats = tfaFacts.flatMap((f) => f.categories);
    const category = CATEGORIES.find((c) => cats.includes(c));
    const regions = [...new Set(tfaFacts.flatMap((f) => f.regions))].sort();
    const twoStepHelp = phoneFacts.find((f) => f.docUrl)?.docUrl;
    const kinds: Kind[] = phoneFacts.length ? ['mfa-sms'] : [];
    // Fixed key order so the output is byte-stable.
    const entry: Omit<GeneratedSite, 'src'> & { src?: string } = { site };
    if (members.length > 1) entry.domains = members.filter((d) => d !== site);
    if (name && name !== site) entry.name = name;
    if (kinds.length) entry.kinds = kinds;
    if (category && category !== 'other') entry.category = category;
    if (regions.length) entry.regions = regions;
    if (securityUrl) entry.securityUrl = securityUrl;
    if (twoStepHelp) entry.twoStepHelp = twoStepHelp;
    if (jdmFact) {
      entry.deletion = jdmFact.url
        ? { url: jdmFact.url, difficulty: jdmFact.difficulty }
        : { difficulty: jdmFact.difficulty };
    }
    entry.src = src;
    sites.push({ ...entry, src });
  }
  sites.sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
  return { format: 1, sources: {}, sites };
}

/** One site per line: small diffs when the data changes, same input same bytes. */
export function serialize(file: GeneratedFile): string {
  const head = JSON.stringify({ format: file.format, sources: sortKeys(file.sources) });
  const lines = file.sites.map((s) => JSON.stringify(s));
  return `${head.slice(0, -1)},"sites":[\n${lines.join(',\n')}\n]}\n`;
}

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}

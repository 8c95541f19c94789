// The format of data/catalog/sites/<site>.json, checked by `npm run catalog:build` and the unit
// tests: a bad file is named with the field at fault, and nothing is written.
import * as v from 'valibot';
import { KINDS } from '../types';
import { identify } from './identity';
import { CATEGORIES, DIFFICULTIES, FACT_STATUSES, SOURCE_TYPES, type CuratedSite } from './types';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => DATE_RE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const date = v.pipe(v.string(), v.check(validDate, 'expected a date YYYY-MM-DD'));
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const localized = v.strictObject({ en: text, zh: text });
/** Links a person opens: https only. */
const httpsUrl = v.pipe(v.string(), v.url('expected a URL'), v.startsWith('https://', 'expected an https URL'));
const sourceUrl = v.pipe(v.string(), v.url('expected a URL'), v.regex(/^https?:\/\//, 'expected an http(s) URL'));
const host = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'expected a lower-case host name'),
  v.check((d) => {
    const id = identify(d);
    return !!id && id.kind !== 'suffix' && id.kind !== 'local';
  }, 'is a public suffix or not a public host, so it cannot be one account'),
);

/** A registrable domain (example.co.uk): public-data groups are made of these, not of hosts. */
const registrableDomain = v.pipe(
  host,
  v.check((d) => identify(d)?.key === d, 'expected a registrable domain (example.com), not a host below one'),
);

export const NotOursSchema = v.strictObject({ domain: registrableDomain, reason: text });

export const SourceSchema = v.strictObject({
  url: sourceUrl,
  type: v.picklist(SOURCE_TYPES),
  retrieved: date,
  title: v.optional(text),
});

const factEntries = <T extends v.GenericSchema>(value: T) => ({
  value,
  status: v.picklist(FACT_STATUSES),
  sources: v.optional(v.pipe(v.array(SourceSchema), v.minLength(1, 'leave "sources" out rather than empty'))),
});
interface FactShape {
  status: string;
  sources?: unknown[];
}
const sourcedIff = v.check(
  (f: FactShape) => (f.status === 'sourced') === !!f.sources?.length,
  'status must be "sourced" if and only if the fact has sources',
);
// Typed loosely: the checked output is cast to CuratedSite once, at the end.
const fact = <T extends v.GenericSchema>(value: T) =>
  v.pipe(v.strictObject(factEntries(value)) as v.GenericSchema<FactShape>, sourcedIff);

export const NumberSchema = v.strictObject({
  role: v.optional(localized),
  web: v.optional(fact(httpsUrl)),
  app: v.optional(
    v.pipe(
      v.strictObject({ ...factEntries(localized), typical: v.optional(v.literal(true)) }) as v.GenericSchema<FactShape>,
      sourcedIff,
    ),
  ),
  removable: fact(v.picklist(['yes', 'replace-only', 'unknown'])),
  delay: v.optional(fact(localized)),
  lostNumber: v.optional(fact(localized)),
});

export const CuratedSiteSchema = v.pipe(
  v.strictObject({
    site: host,
    domains: v.pipe(
      v.array(host),
      v.minLength(1, 'must list at least the site'),
      v.check((ds) => new Set(ds).size === ds.length, 'lists a domain twice'),
    ),
    name: localized,
    category: v.picklist(CATEGORIES),
    regions: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'expected an ISO 3166 alpha-2 code, lower case'))), v.minLength(1, 'leave "regions" out for worldwide'))),
    kinds: fact(v.pipe(v.array(v.picklist(KINDS)), v.minLength(1, 'a curated site uses the phone in at least one way'))),
    numbers: v.pipe(v.array(NumberSchema), v.minLength(1, 'expected at least one number')),
    securityUrl: v.optional(httpsUrl),
    twoStepHelp: v.optional(httpsUrl),
    deletion: v.optional(v.strictObject({ url: v.optional(httpsUrl), difficulty: v.optional(v.picklist(DIFFICULTIES)) })),
    checked: v.optional(date),
    notOurs: v.optional(
      v.pipe(
        v.array(NotOursSchema),
        v.minLength(1, 'leave "notOurs" out rather than empty'),
        v.check((xs) => new Set(xs.map((x) => x.domain)).size === xs.length, 'lists a domain twice'),
      ),
    ),
  }),
  v.forward(
    v.check((s) => s.domains[0] === s.site, 'must start with the site itself'),
    ['domains'],
  ),
  v.forward(
    v.check((s) => s.numbers.length === 1 || s.numbers.every((n) => !!n.role), 'each of several numbers needs a "role"'),
    ['numbers'],
  ),
);

/** "numbers.0.web.status" -> "numbers[0].web.status" */
function fieldOf(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((p) => p.key) ?? [];
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '') || '(file)';
}

export type CuratedResult = { ok: true; site: CuratedSite } | { ok: false; errors: string[] };

/** Checks one parsed file; `file` is its name (<site>.json), which must match the site. */
export function checkCuratedFile(file: string, data: unknown): CuratedResult {
  const r = v.safeParse(CuratedSiteSchema, data);
  if (!r.success) return { ok: false, errors: r.issues.map((i) => `${file}: ${fieldOf(i)}: ${i.message}`) };
  const site = r.output as CuratedSite;
  if (file !== `${site.site}.json`) return { ok: false, errors: [`${file}: site: "${site.site}" does not match the file name`] };
  const both = (site.notOurs ?? []).flatMap((n, i) =>
    site.domains.includes(n.domain) ? [`${file}: notOurs[${i}].domain: "${n.domain}" is also in "domains"; a domain is ours or not`] : [],
  );
  if (both.length) return { ok: false, errors: both };
  return { ok: true, site };
}

/** Checks every file and the set as a whole (no domain claimed by two sites). */
export function checkCuratedSet(files: readonly { file: string; text: string }[]): { sites: CuratedSite[]; errors: string[] } {
  const sites: CuratedSite[] = [];
  const errors: string[] = [];
  const owner = new Map<string, string>();
  for (const { file, text: body } of files) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (e) {
      errors.push(`${file}: (file): not JSON: ${(e as Error).message}`);
      continue;
    }
    const r = checkCuratedFile(file, data);
    if (!r.ok) {
      errors.push(...r.errors);
      continue;
    }
    r.site.domains.forEach((d, i) => {
      const prev = owner.get(d);
      if (prev) errors.push(`${file}: domains[${i}]: "${d}" is already claimed by ${prev}.json`);
      else owner.set(d, r.site.site);
    });
    sites.push(r.site);
  }
  sites.sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
  return { sites, errors };
}

// The format of data/one-card-check.json, checked by the unit tests: a bad file is named with the
// field at fault. Sources use the catalog's own source schema (one rule for what a source is).
import * as v from 'valibot';
import { SourceSchema } from '../catalog/curated-schema';
import type { CatalogEntry } from '../catalog/types';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const localized = v.strictObject({ en: text, zh: text });
const sources = v.pipe(v.array(SourceSchema), v.minLength(1, 'a fact needs at least one source'));
const whole = v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(0));

export const OneCardFactsSchema = v.strictObject({
  about: text,
  /** ISO 3166 alpha-2: the numbers the service answers for. */
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 code, upper case')),
  name: localized,
  what: v.strictObject({
    launched: v.pipe(v.string(), v.isoDate('expected a date YYYY-MM-DD')),
    operator: localized,
    asks: v.array(v.picklist(['phone-number', 'id-last-six', 'verification-code'])),
    answer: v.literal('count-only'),
    sources,
  }),
  ask: v.strictObject({
    routes: v.pipe(
      v.array(
        v.strictObject({
          id: v.picklist(['wechat', 'alipay']),
          accounts: v.pipe(v.array(text), v.minLength(1)),
          path: v.optional(localized),
        }),
      ),
      v.minLength(1, 'at least one way to ask'),
    ),
    sources,
  }),
  reply: v.strictObject({
    sender: v.pipe(v.string(), v.regex(/^\d{3,20}$/, 'expected the digits of the sending number')),
    withinHours: whole,
    retryAfterHours: whole,
    sources,
  }),
  coverage: v.strictObject({
    companies: whole,
    apps: whole,
    asOf: v.pipe(v.string(), v.isoDate('expected a date YYYY-MM-DD')),
    /** Whether an official, complete list of the covered apps is published. */
    published: v.boolean(),
    sources,
  }),
  apps: v.pipe(
    v.array(
      v.strictObject({
        /** A catalog site key (utils/catalog/lookup.ts entryForSite), not a domain table of our own. */
        site: text,
        /** `app`: the app itself is named; `company`: only its company is named as a partner. */
        named: v.picklist(['app', 'company']),
        sources,
      }),
    ),
    v.minLength(1),
  ),
  /** What was looked for and not found: said, not guessed. */
  notFound: v.array(text),
});

export type OneCardFacts = v.InferOutput<typeof OneCardFactsSchema>;

/** Problems with the facts file, as "field: message"; [] when it is sound. */
export function checkOneCardFacts(data: unknown, entryOf: (site: string) => CatalogEntry | undefined): string[] {
  const r = v.safeParse(OneCardFactsSchema, data);
  if (!r.success) {
    return r.issues.map((i) => `${(i.path ?? []).map((p) => String(p.key)).join('.') || '(file)'}: ${i.message}`);
  }
  const errors: string[] = [];
  const seen = new Set<string>();
  r.output.apps.forEach((a, i) => {
    const entry = entryOf(a.site);
    // The primary key, so a row in the inventory (always keyed by the primary site) matches.
    if (entry?.site !== a.site) errors.push(`apps.${i}.site: "${a.site}" is not a catalog site key`);
    if (seen.has(a.site)) errors.push(`apps.${i}.site: "${a.site}" is listed twice`);
    seen.add(a.site);
  });
  if (r.output.apps.length > r.output.coverage.apps) errors.push('apps: more apps than the coverage says');
  return errors;
}

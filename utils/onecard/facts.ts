// The One-Card Check facts (data/one-card-check.json, checked by utils/onecard/schema.ts in the
// unit tests) and which numbers they apply to.
import data from '../../data/one-card-check.json';
import type { NumberRow } from '../db/schema';
import type { OneCardFacts } from './schema';

export const ONE_CARD: OneCardFacts = data as OneCardFacts;

/** The partner apps known by name or by company, as catalog site keys. */
export const ONE_CARD_APPS: readonly string[] = ONE_CARD.apps.map((a) => a.site);

/**
 * Whether the check answers for this number: the country parseNumber (libphonenumber) decided
 * for the row when it was added, against the country the service covers (a fact in the data).
 */
export const oneCardApplies = (n: Pick<NumberRow, 'country'>): boolean => n.country.toUpperCase() === ONE_CARD.country;

import type { Kind } from '../types';

export const CATEGORIES = [
  'payment',
  'banking',
  'crypto',
  'government',
  'email',
  'social',
  'messaging',
  'shopping',
  'travel',
  'transport',
  'food',
  'entertainment',
  'cloud',
  'developer',
  'telecom',
  'health',
  'education',
  'games',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Localized {
  en: string;
  zh: string;
}

export const DIFFICULTIES = ['easy', 'medium', 'hard', 'impossible', 'limited'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** What Rebind knows about one site (one account) before any visit. */
export interface CatalogEntry {
  /** Primary registrable domain; the inventory's key for this account. */
  site: string;
  /** Every registrable domain that signs in to the same account (site included). */
  domains: string[];
  name: { en: string; zh?: string };
  /** How the site uses a phone number; empty when the catalog only knows pages (settings, deletion). */
  kinds: Kind[];
  category: Category;
  /** ISO 3166 alpha-2 codes, lower case; absent means worldwide. */
  regions?: string[];
  /** Where the phone number is changed: a web page, and/or the path in the app. */
  phone?: { url?: string; app?: Localized };
  /** Whether the number can be removed, or only replaced by another. */
  removable?: 'yes' | 'replace-only' | 'unknown';
  /** Account security or change-password page (public data). */
  securityUrl?: string;
  /** Documentation of the site's SMS / 2FA (2fa.directory). */
  docUrl?: string;
  deletion?: { url?: string; difficulty?: Difficulty };
  origin: 'curated' | 'generated';
  /** Honest statement of what the facts rest on. */
  source: string;
  /** When a person last checked a curated entry, YYYY-MM (curated only). */
  checked?: string;
}

/** A curated entry as written in utils/catalog/curated/*.ts (origin is implied). */
export interface CuratedEntry {
  site: string;
  domains: string[];
  name: Localized;
  kinds: Kind[];
  category: Category;
  regions?: string[];
  phone: { url?: string; app?: Localized };
  removable: 'yes' | 'replace-only' | 'unknown';
  securityUrl?: string;
  deletion?: { url?: string; difficulty?: Difficulty };
  source: string;
  checked?: string;
}

/**
 * One line of generated.json: compact, defaults left out (domains lists only the
 * domains besides `site`, name defaults to the site, category to "other").
 * `src` letters: t = 2fa.directory, a = Apple password-manager-resources, j = JustDeleteMe.
 */
export interface GeneratedSite {
  site: string;
  domains?: string[];
  name?: string;
  kinds?: Kind[];
  category?: Category;
  regions?: string[];
  securityUrl?: string;
  docUrl?: string;
  deletion?: { url?: string; difficulty?: Difficulty };
  src: string;
}

export interface GeneratedFile {
  format: 1;
  sources: Record<string, string>;
  sites: GeneratedSite[];
}

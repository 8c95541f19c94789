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

export const SOURCE_TYPES = ['official', 'official-mirror', 'third-party', 'observed'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Where a fact comes from: a page and when it was read (YYYY-MM-DD). */
export interface Source {
  url: string;
  type: SourceType;
  retrieved: string;
  title?: string;
}

export const FACT_STATUSES = ['sourced', 'unverified'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** A fact that guides a person: "sourced" if and only if it has at least one source. */
export interface Fact<T> {
  value: T;
  status: FactStatus;
  sources?: Source[];
}

export type Removable = 'yes' | 'replace-only' | 'unknown';

/** One number the account keeps (QQ: the sign-in number and the security phone 密保手机). */
export interface SiteNumber {
  role?: Localized;
  /** Web page where this number is changed. */
  web?: Fact<string>;
  /** In-app path; `typical` = a path shared by many apps, not this app's own menu. */
  app?: Fact<Localized> & { typical?: true };
  removable: Fact<Removable>;
  /** How long a change takes, or what is restricted after it. */
  delay?: Fact<Localized>;
  /** What to do when the old number is already gone. */
  lostNumber?: Fact<Localized>;
}

/** One file of data/catalog/sites/ (validated by curated-schema.ts). */
export interface CuratedSite {
  site: string;
  domains: string[];
  name: Localized;
  category: Category;
  regions?: string[];
  kinds: Fact<Kind[]>;
  numbers: SiteNumber[];
  securityUrl?: string;
  twoStepHelp?: string;
  deletion?: { url?: string; difficulty?: Difficulty };
  checked?: string;
  /**
   * Domains the public data groups with this entry that are another product's or another
   * country's company (99app.com with DiDi): the generator keeps them their own sites.
   */
  notOurs?: NotOurs[];
}

/** A domain of the entry's public-data group that is not this account, and why. */
export interface NotOurs {
  domain: string;
  reason: string;
}

/** What Rebind knows about one site (one account) before any visit. */
export interface CatalogEntry {
  /** Primary site key; the inventory's key for this account. */
  site: string;
  /** Every key that signs in to the same account (site included; a few are hosts, e.g. v.qq.com). */
  domains: string[];
  name: { en: string; zh?: string };
  /** How the site uses a phone number; empty when the catalog only knows pages (settings, deletion). */
  kinds: Kind[];
  /** Curated: the sources of `kinds`. */
  kindsFact?: Fact<Kind[]>;
  category: Category;
  /** ISO 3166 alpha-2 codes, lower case; absent means worldwide. */
  regions?: string[];
  /** Curated: each number the account keeps, the main one first. */
  numbers?: SiteNumber[];
  /** Account security or change-password page (public data). */
  securityUrl?: string;
  /** A help page about turning on two-step verification: never offered as where to change. */
  twoStepHelp?: string;
  deletion?: { url?: string; difficulty?: Difficulty };
  origin: 'curated' | 'generated';
  /** Credits of the public data the entry draws on. */
  source: string;
  /** When a person last checked a curated entry, YYYY-MM-DD. */
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
  /** 2fa.directory `documentation`: about turning on two-step verification. */
  twoStepHelp?: string;
  deletion?: { url?: string; difficulty?: Difficulty };
  src: string;
}

export interface GeneratedFile {
  format: 1;
  sources: Record<string, string>;
  sites: GeneratedSite[];
}

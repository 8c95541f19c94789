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

/** What Rebind knows about one site (one account) before any visit. */
export interface CatalogEntry {
  /** Primary registrable domain; the inventory's key for this account. */
  site: string;
  /** Every registrable domain that signs in to the same account (site included). */
  domains: string[];
  name: { en: string; zh?: string };
  kinds: Kind[];
  category: Category;
  regions?: string[];
  /** Where the phone number is changed: a web page, and/or the path in the app. */
  phone?: { url?: string; app?: Localized };
  /** Whether the number can be removed, or only replaced by another. */
  removable?: 'yes' | 'replace-only' | 'unknown';
  /** Account security or change-password page (public data). */
  securityUrl?: string;
  /** Documentation of the site's SMS / 2FA (2fa.directory). */
  docUrl?: string;
  deletion?: { url?: string; difficulty?: 'easy' | 'medium' | 'hard' | 'impossible' | 'limited' };
  origin: 'curated' | 'generated';
  /** Honest statement of what the facts rest on. */
  source: string;
  /** When a person last checked a curated entry, YYYY-MM (curated only). */
  checked?: string;
}

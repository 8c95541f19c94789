// The database: schema, versions and migrations, all in one place.
// Opened only by the background and extension pages, never by a content script.
import Dexie, { type EntityTable } from 'dexie';
import type { Certainty } from '../inventory/certainty';
import type { Proof } from '../inventory/proof';
import type { EvidenceSource, Kind, Status, Strength } from '../types';

export interface SiteRow {
  /** Registrable domain, lower case (tldts), or the catalog group's primary domain. */
  site: string;
  kinds: Kind[];
  status: Status;
  /** Strongest evidence seen so far. */
  strength: Strength;
  firstSeen: number;
  lastSeen: number;
  /** Sort key: higher is riskier (utils/inventory/risk). Added in v2. */
  risk: number;
  /** Registered numbers this site uses (ids into `numbers`). Added in v2. */
  numberIds: string[];
  /** More than one registered number fits what the site showed. */
  numberAmbiguous?: boolean;
  /** Visible digits of masked numbers the site showed, e.g. "138*5678". */
  masked?: string[];
  /** A settings page learned from browsing (the page that showed the number), no query. */
  settingsUrl?: string;
  /** Display name when the catalog has none (e.g. an app added by hand). */
  name?: string;
  note?: string;
  /** When status last changed. */
  statusAt?: number;
  /** How sure the account uses the person's number (utils/inventory/certainty), set by the merge; not indexed. */
  certainty?: Certainty;
  /** What the site showed after the person marked it changed or unbound (utils/inventory/proof); not indexed. */
  proof?: Proof;
}

export interface EvidenceRow {
  id?: number;
  site: string;
  at: number;
  source: EvidenceSource;
  strength: Strength;
  kinds: Kind[];
  /** Page URL without query or fragment. */
  url?: string;
  signals?: string[];
  masked?: string[];
  numberId?: string;
  /** Short human detail, never a typed value (e.g. "Bitwarden export, username is your number"). */
  detail?: string;
}

export interface NumberRow {
  id: string;
  label: string;
  /** ISO 3166 country, e.g. "CN". */
  country: string;
  /** Leading national digits a masked display may show (up to 3). */
  prefix: string;
  /** Trailing digits a masked display may show (4). */
  suffix: string;
  /** numberHash(salt, national significant number): see utils/numbers/hash.ts. */
  hash: string;
  salt: string;
  /** Digits in the national significant number; a typed number's tail of this length is hashed. */
  nsnLength: number;
  /** The whole number in E.164, only if the person chose to keep it. */
  whole?: string;
  /** Planned cancellation date, YYYY-MM-DD. */
  cancelDate?: string;
  createdAt: number;
}

export type RebindDB = Dexie & {
  sites: EntityTable<SiteRow, 'site'>;
  evidence: EntityTable<EvidenceRow, 'id'>;
  numbers: EntityTable<NumberRow, 'id'>;
};

export const DB_NAME = 'rebind';

/** Version 1 as first shipped; kept so upgrades from it can be tested. */
export const V1_STORES = {
  sites: 'site, status, lastSeen',
  evidence: '++id, site, at',
  numbers: 'id',
};

export const V2_STORES = {
  sites: 'site, status, lastSeen, risk, strength, *numberIds, *kinds',
  evidence: '++id, site, at, [site+at]',
  numbers: 'id, label',
};

export function openDatabase(name = DB_NAME, riskOf?: (row: SiteRow) => number): RebindDB {
  const db = new Dexie(name) as RebindDB;
  db.version(1).stores(V1_STORES);
  // v2: risk order, which numbers a site uses, evidence strength on each site.
  db.version(2)
    .stores(V2_STORES)
    .upgrade(async (tx) => {
      await tx
        .table('sites')
        .toCollection()
        .modify((row: Partial<SiteRow> & { site: string }) => {
          row.kinds ??= [];
          row.numberIds ??= [];
          row.strength ??= 'visited';
          row.status ??= 'todo';
          row.risk = riskOf ? riskOf(row as SiteRow) : 0;
        });
    });
  return db;
}

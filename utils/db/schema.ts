// The database: schema, versions and migrations, all in one place.
// Opened only by the background and extension pages, never by a content script.
import Dexie, { type EntityTable } from 'dexie';
import type { Certainty } from '../inventory/certainty';
import type { Proof } from '../inventory/proof';
import { strengthRank, type EvidenceSource, type Kind, type Status, type Strength } from '../types';
import { nationalOfWhole } from '../numbers/masked';

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
  /**
   * HMAC of the national significant number under this profile's key (utils/numbers/mac.ts).
   * Absent for a number from before version 4 that the person has not entered again: such a
   * number is still matched to masked displays, but not to numbers typed into pages.
   */
  mac?: string;
  /** Digits in the national significant number (a typed number's tail of this length is
   * compared); 0 when not known (a number written by Rebind's first version). */
  nsnLength: number;
  /** The whole number in E.164, only if the person chose to keep it. */
  whole?: string;
  /** Planned cancellation date, YYYY-MM-DD. */
  cancelDate?: string;
  createdAt: number;
}

/** A WebCrypto key kept as the non-extractable object itself (structured clone), never as bytes. */
export interface KeyRow {
  name: string;
  key: CryptoKey;
  createdAt: number;
}

export type RebindDB = Dexie & {
  sites: EntityTable<SiteRow, 'site'>;
  evidence: EntityTable<EvidenceRow, 'id'>;
  numbers: EntityTable<NumberRow, 'id'>;
  keys: EntityTable<KeyRow, 'name'>;
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

/** What an evidence row from version 1 (which had no strength) was worth, from its source. */
export function strengthOfSource(source: EvidenceSource, kinds: readonly Kind[], masked: readonly string[]): Strength {
  switch (source) {
    case 'submit':
      return 'submitted';
    case 'password-manager':
    case 'backup':
      return 'imported';
    case 'manual':
      return 'manual';
    case 'page':
      return kinds.includes('bound-number') && masked.length ? 'bound-number' : 'visited';
    default:
      return 'visited';
  }
}

/** Version 4 adds only the key table; the others keep their version 2 (or 3) indexes. */
export const V4_STORES = {
  keys: 'name',
};


/** The site a stored page URL speaks for today (utils/catalog/lookup.ts siteForHost). */
export type SiteOf = (url: string) => string | null;

export interface Rekey {
  /** Old keys whose row goes away (all its evidence moved elsewhere). */
  remove: string[];
  /** Rows to write under their new (or unchanged) keys. */
  put: SiteRow[];
  /** Evidence rows to point at another site. */
  move: { id: number; site: string }[];
}

const union = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] => [...new Set([...(a ?? []), ...(b ?? [])])];

/**
 * A moved row meeting a row already under its new key, as the v3 upgrade joins them: the row
 * there keeps its status. (Backup imports pass utils/inventory/merge.ts mergeSiteRow instead;
 * schema.ts stays free of the catalog.)
 */
function joinKeepingPrev(prev: SiteRow, moved: SiteRow): SiteRow {
  return {
    ...prev,
    kinds: union(prev.kinds, moved.kinds),
    strength: strengthRank(moved.strength) > strengthRank(prev.strength) ? moved.strength : prev.strength,
    firstSeen: Math.min(prev.firstSeen, moved.firstSeen),
    lastSeen: Math.max(prev.lastSeen, moved.lastSeen),
    numberIds: union(prev.numberIds, moved.numberIds),
    ...(prev.masked || moved.masked ? { masked: union(prev.masked, moved.masked) } : {}),
    ...(prev.settingsUrl || moved.settingsUrl ? { settingsUrl: prev.settingsUrl ?? moved.settingsUrl } : {}),
  };
}

/**
 * v3: sites keyed by an older rule (a weebly.com shop under Cash App, an Okta tenant under
 * Okta, wx.qq.com under QQ) are re-keyed from their evidence URLs. A row whose evidence all
 * moves to one site moves whole. A row whose evidence all moves to several sites becomes one
 * row per site, each from its own evidence and each keeping the person's status and note (so
 * nothing they decided is lost). Evidence that moves away from a row that keeps other evidence
 * starts a new row (status "todo": nobody decided about it yet). A row that meets an existing
 * one merges into it (`join`; by default keeping the existing row's status). Rows and evidence
 * without URLs (manual, backups) stay where they are. Every backup import re-keys its rows with
 * this too (utils/export/backup-rekey.ts).
 */
export function rekeySites(
  sites: readonly SiteRow[],
  evidence: readonly EvidenceRow[],
  siteOf: SiteOf,
  riskOf: (row: SiteRow) => number = (row) => row.risk ?? 0,
  join: (prev: SiteRow, moved: SiteRow) => SiteRow = joinKeepingPrev,
): Rekey {
  const target = (ev: EvidenceRow) => (ev.url ? (siteOf(ev.url) ?? ev.site) : ev.site);
  const move: Rekey['move'] = [];
  const movedFrom = new Map<string, Map<string, EvidenceRow[]>>(); // old site -> new site -> evidence
  const stays = new Set<string>();
  for (const ev of evidence) {
    const to = target(ev);
    if (to === ev.site) {
      stays.add(ev.site);
      continue;
    }
    if (ev.id !== undefined) move.push({ id: ev.id, site: to });
    const byTarget = movedFrom.get(ev.site) ?? new Map<string, EvidenceRow[]>();
    movedFrom.set(ev.site, byTarget.set(to, [...(byTarget.get(to) ?? []), ev]));
  }
  const rows = new Map(sites.map((r) => [r.site, { ...r }]));
  const remove: string[] = [];
  const touched = new Set<string>();
  for (const [from, byTarget] of movedFrom) {
    const old = rows.get(from);
    if (!old) continue; // evidence of a row that no longer exists: just re-pointed
    const gone = !stays.has(from);
    const whole = gone && byTarget.size === 1;
    for (const [to, evs] of byTarget) {
      const strength = evs.reduce<Strength>((s, e) => (strengthRank(e.strength) > strengthRank(s) ? e.strength : s), 'visited');
      const moved: SiteRow = whole
        ? { ...old, site: to }
        : {
            site: to,
            kinds: union([], evs.flatMap((e) => e.kinds)),
            status: 'todo',
            strength,
            firstSeen: Math.min(...evs.map((e) => e.at)),
            lastSeen: Math.max(...evs.map((e) => e.at)),
            risk: 0,
            numberIds: union([], evs.flatMap((e) => (e.numberId ? [e.numberId] : []))),
            ...(gone ? { status: old.status } : {}),
            ...(gone && old.statusAt !== undefined ? { statusAt: old.statusAt } : {}),
            ...(gone && old.note ? { note: old.note } : {}),
          };
      const masked = union([], evs.flatMap((e) => e.masked ?? []));
      if (!whole && masked.length) moved.masked = masked;
      if (old.settingsUrl && siteOf(old.settingsUrl) === to) moved.settingsUrl = old.settingsUrl;
      else if (whole) delete moved.settingsUrl;
      const prev = rows.get(to);
      const next: SiteRow = prev ? join(prev, moved) : moved;
      rows.set(to, next);
      touched.add(to);
    }
    if (gone) {
      rows.delete(from);
      remove.push(from);
    } else if (old.settingsUrl && siteOf(old.settingsUrl) !== from) {
      // The settings page it learned belongs to a site split off from it.
      const kept = { ...rows.get(from)! };
      delete kept.settingsUrl;
      rows.set(from, kept);
      touched.add(from);
    }
  }
  const put = [...touched].filter((k) => rows.has(k)).map((k) => {
    const row = rows.get(k)!;
    return { ...row, risk: riskOf(row) };
  });
  return { remove, put, move };
}

export function openDatabase(name = DB_NAME, riskOf?: (row: SiteRow) => number, siteOf?: SiteOf): RebindDB {
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
  // v3: re-key sites from their evidence URLs with today's site rule (rekeySites). Without a
  // rule (tests of other versions) the upgrade changes nothing.
  db.version(3)
    .stores(V2_STORES)
    .upgrade(async (tx) => {
      if (!siteOf) return;
      const sites = tx.table<SiteRow, string>('sites');
      const evidence = tx.table<EvidenceRow, number>('evidence');
      const plan = rekeySites(await sites.toArray(), await evidence.toArray(), siteOf, riskOf);
      await sites.bulkDelete(plan.remove);
      await sites.bulkPut(plan.put);
      await evidence.bulkUpdate(plan.move.map((m) => ({ key: m.id, changes: { site: m.site } })));
    });
  // v4: numbers lose the salted SHA-256 (10^4 guesses undo it) for an HMAC under a key kept
  // here; what a database upgraded from version 1 lacks is filled in.
  db.version(4)
    .stores(V4_STORES)
    .upgrade(async (tx) => {
      const now = Date.now();
      await tx
        .table('numbers')
        .toCollection()
        .modify((row: Partial<NumberRow> & { salt?: unknown; hash?: unknown }) => {
          // The old hash can't become an HMAC without the number: typed matching waits until
          // the person enters the number again (the list says so). A kept whole number is the
          // number, so its length is known; the mac itself needs async crypto, done after open
          // (utils/numbers/numbers.ts sealNumbers).
          delete row.salt;
          delete row.hash;
          const national = row.whole ? nationalOfWhole(row.whole, row.country ?? '') : '';
          if (!row.nsnLength) row.nsnLength = national.length;
          row.createdAt ??= now;
        });
      await tx
        .table('evidence')
        .toCollection()
        .modify((row: Partial<EvidenceRow>) => {
          row.strength ??= strengthOfSource(row.source ?? 'page', row.kinds ?? [], row.masked ?? []);
          row.kinds ??= [];
        });
    });
  return db;
}

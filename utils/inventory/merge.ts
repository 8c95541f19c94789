// Every observation about a site merges into one row, in one transaction.
// IndexedDB runs read-write transactions on the same stores one after another, so reports
// from many tabs at once cannot overwrite each other; a transaction cut short writes nothing.
import { entryForSite } from '../catalog/lookup';
import type { CatalogEntry } from '../catalog/types';
import type { EvidenceRow, RebindDB, SiteRow } from '../db/schema';
import { resolveNumbers, type MaskedNumber } from '../numbers/masked';
import { strengthRank, type EvidenceSource } from '../types';
import { capUrlOf, trimEvidence } from './evidence-cap';
import { certaintyOf, type Certainty } from './certainty';
import { learnedSettingsPage } from './learn';
import { writable } from './gate';
import { applyProof, type ProofNumber } from './proof';
import { riskScore } from './risk';

/** One thing learned about a site: its evidence row's fields, plus a name for unknown sites. */
export type Observation = Omit<EvidenceRow, 'id'> & {
  /** Display name for a site the catalog does not know (added by hand). */
  name?: string;
};

/** Same page, same kinds, within this window: refresh the evidence row instead of adding one. */
const EVIDENCE_COALESCE_MS = 60 * 60 * 1000;

/**
 * Sources that say one thing per site however often they are repeated: re-running a history
 * scan or re-importing the same export refreshes their evidence row instead of adding rows.
 */
const ONE_ROW_SOURCES: ReadonlySet<EvidenceSource> = new Set(['history', 'password-manager', 'manual', 'sms']);

const MAX_MASKED = 8;

function union<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

/**
 * What is derived from a row's facts: the numbers its masked displays name, its risk and its
 * certainty. Shared by every merge (observations and backups) so they never disagree.
 */
function derive(
  prev: SiteRow | undefined,
  next: SiteRow,
  entry: CatalogEntry | undefined,
  sources: readonly EvidenceSource[],
  numbers: readonly MaskedNumber[] | undefined,
  rematch: boolean,
): SiteRow {
  if (numbers && rematch) {
    const r = resolveNumbers(next.numberIds, next.masked ?? [], numbers);
    next.numberIds = r.numberIds;
    if (r.ambiguous) next.numberAmbiguous = true;
    else delete next.numberAmbiguous;
  }
  next.risk = riskScore(next.kinds, entry?.category);
  // Confirmation is evidence and never goes away; the rest follows what is known now. Only
  // the row stored here counts: a row from a file is judged by the evidence it comes with.
  const sticky: Certainty | undefined = prev?.certainty === 'confirmed' ? 'confirmed' : undefined;
  next.certainty = sticky ?? certaintyOf({ ...next, provenBy: sources }, entry);
  return next;
}

/**
 * The site row after one observation. The person's status is changed by a merge only when a
 * site marked changed or unbound still shows the old number (utils/inventory/proof.ts);
 * `numbers` (the registered ones) lets masked displays name the number the site uses.
 */
export function mergeRow(
  prev: SiteRow | undefined,
  o: Observation,
  numbers?: readonly ProofNumber[],
): SiteRow {
  const entry = entryForSite(o.site);
  const kinds = union(prev?.kinds, o.kinds);
  const strength =
    prev && strengthRank(prev.strength) >= strengthRank(o.strength) ? prev.strength : o.strength;
  const next: SiteRow = {
    ...prev,
    site: o.site,
    kinds,
    status: prev?.status ?? 'todo',
    strength,
    firstSeen: Math.min(prev?.firstSeen ?? o.at, o.at),
    lastSeen: Math.max(prev?.lastSeen ?? o.at, o.at),
    numberIds: o.numberId ? union(prev?.numberIds, [o.numberId]) : [...(prev?.numberIds ?? [])],
    risk: 0,
  };
  if (o.masked?.length) next.masked = union(prev?.masked, o.masked).slice(-MAX_MASKED);
  const learned = learnedSettingsPage(o, entry);
  if (learned) next.settingsUrl = learned;
  if (o.name && !prev?.name) next.name = o.name;
  const derived = derive(prev, next, entry, [o.source], numbers, !!(o.masked?.length || o.numberId));
  return applyProof(prev, derived, o, numbers ?? []);
}

/**
 * A site row from elsewhere (a backup) merged into the row here: the row here keeps what it
 * knows, the other adds what it lacks, the newer status wins; masked numbers are matched again
 * against the registered numbers and certainty is recomputed, exactly as for observations.
 * `sources` are the sources of the incoming row's evidence (an SMS import proves the number).
 */
export function mergeSiteRow(
  prev: SiteRow | undefined,
  imp: SiteRow,
  numbers: readonly MaskedNumber[],
  sources: readonly EvidenceSource[] = [],
): SiteRow {
  const entry = entryForSite(imp.site);
  if (!prev) return derive(undefined, { ...imp, kinds: [...imp.kinds], numberIds: [...imp.numberIds] }, entry, sources, numbers, true);
  const kinds = union(prev.kinds, imp.kinds);
  const newerStatus = (imp.statusAt ?? -Infinity) > (prev.statusAt ?? -Infinity);
  const next: SiteRow = {
    ...imp,
    ...prev,
    kinds,
    strength: strengthRank(imp.strength) > strengthRank(prev.strength) ? imp.strength : prev.strength,
    firstSeen: Math.min(prev.firstSeen, imp.firstSeen),
    lastSeen: Math.max(prev.lastSeen, imp.lastSeen),
    numberIds: union(prev.numberIds, imp.numberIds),
  };
  if (newerStatus) {
    next.status = imp.status;
    next.statusAt = imp.statusAt;
    // What a site showed after a decision belongs to that decision (utils/inventory/proof.ts).
    if (imp.proof) next.proof = imp.proof;
    else delete next.proof;
  }
  const masked = union(prev.masked, imp.masked);
  if (masked.length) next.masked = masked.slice(-MAX_MASKED);
  if (imp.settingsUrl && (!prev.settingsUrl || imp.lastSeen > prev.lastSeen)) next.settingsUrl = imp.settingsUrl;
  return derive(prev, next, entry, sources, numbers, true);
}

function evidenceOf(o: Observation): EvidenceRow {
  return {
    site: o.site,
    at: o.at,
    source: o.source,
    strength: o.strength,
    kinds: [...o.kinds],
    ...(o.url ? { url: o.url } : {}),
    ...(o.signals?.length ? { signals: [...o.signals] } : {}),
    ...(o.masked?.length ? { masked: [...o.masked] } : {}),
    ...(o.numberId ? { numberId: o.numberId } : {}),
    ...(o.detail ? { detail: o.detail } : {}),
  };
}

const oneRowKey = (site: string, source: EvidenceSource, numberId: string | undefined) =>
  `${site}\n${source}\n${numberId ?? ''}`;

/** The one-row-per-site evidence already stored for these sites, read in one query. */
async function oneRowEvidence(db: RebindDB, observations: Observation[]): Promise<Map<string, EvidenceRow>> {
  const map = new Map<string, EvidenceRow>();
  const sites = [...new Set(observations.filter((o) => ONE_ROW_SOURCES.has(o.source)).map((o) => o.site))];
  if (!sites.length) return map;
  await db.evidence
    .where('site')
    .anyOf(sites)
    .filter((e) => ONE_ROW_SOURCES.has(e.source))
    .each((e) => {
      map.set(oneRowKey(e.site, e.source, e.numberId), e);
    });
  return map;
}

async function previousEvidence(
  db: RebindDB,
  o: Observation,
  oneRow: Map<string, EvidenceRow>,
): Promise<EvidenceRow | undefined> {
  if (ONE_ROW_SOURCES.has(o.source)) return oneRow.get(oneRowKey(o.site, o.source, o.numberId));
  const last = await db.evidence
    .where('[site+at]')
    .between([o.site, o.at - EVIDENCE_COALESCE_MS], [o.site, o.at], true, true)
    .last();
  const fresh = evidenceOf(o);
  return last &&
    last.source === o.source &&
    last.url === fresh.url &&
    last.kinds.join() === fresh.kinds.join()
    ? last
    : undefined;
}

export async function mergeObservations(db: RebindDB, all: Observation[]): Promise<void> {
  // Every writer passes here: paused sites and non-public hosts are never written.
  const observations = (await writable(all)).map(capUrlOf);
  if (!observations.length) return;
  await db.transaction('rw', db.sites, db.evidence, db.numbers, async () => {
    const numbers = await db.numbers.toArray();
    const sites = [...new Set(observations.map((o) => o.site))];
    const oneRow = await oneRowEvidence(db, observations);
    const rows = new Map<string, SiteRow>();
    const grown = new Set<string>();
    (await db.sites.bulkGet(sites)).forEach((row, i) => {
      if (row) rows.set(sites[i]!, row);
    });
    for (const o of observations) {
      rows.set(o.site, mergeRow(rows.get(o.site), o, numbers));
      const evidence = evidenceOf(o);
      const prev = await previousEvidence(db, o, oneRow);
      let row: EvidenceRow;
      if (prev?.id !== undefined) {
        // A re-run with older data (an earlier history export) must not move the row back.
        row = { ...evidence, at: Math.max(prev.at, o.at), id: prev.id };
        await db.evidence.put(row);
      } else {
        // Written at once, so a later observation in this batch coalesces with it.
        row = { ...evidence, id: await db.evidence.add(evidence) };
        grown.add(o.site);
      }
      if (ONE_ROW_SOURCES.has(o.source)) oneRow.set(oneRowKey(o.site, o.source, o.numberId), row);
    }
    await db.sites.bulkPut([...rows.values()]);
    await trimEvidence(db, grown);
  });
}

// Every observation about a site merges into one row, in one transaction.
import { entryForSite } from '../catalog/lookup';
import type { EvidenceRow, RebindDB, SiteRow } from '../db/schema';
import { strengthRank, type EvidenceSource, type Kind, type Strength } from '../types';
import { riskScore } from './risk';

export interface Observation {
  site: string;
  at: number;
  source: EvidenceSource;
  strength: Strength;
  kinds: Kind[];
  /** Already stripped of query and fragment. */
  url?: string;
  signals?: string[];
  masked?: string[];
  numberId?: string;
  detail?: string;
}

/** Same page, same kinds, within this window: refresh the evidence row instead of adding one. */
const EVIDENCE_COALESCE_MS = 60 * 60 * 1000;

function union<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

export function mergeRow(prev: SiteRow | undefined, o: Observation): SiteRow {
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
    risk: riskScore(kinds, entryForSite(o.site)?.category),
  };
  if (o.masked?.length) next.masked = union(prev?.masked, o.masked).slice(-8);
  if (o.kinds.includes('bound-number') && o.url) next.settingsUrl = o.url;
  return next;
}

export async function mergeObservations(db: RebindDB, observations: Observation[]): Promise<void> {
  if (!observations.length) return;
  await db.transaction('rw', db.sites, db.evidence, async () => {
    for (const o of observations) {
      const prev = await db.sites.get(o.site);
      await db.sites.put(mergeRow(prev, o));
      const evidence: EvidenceRow = {
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
      const last = await db.evidence
        .where('[site+at]')
        .between([o.site, o.at - EVIDENCE_COALESCE_MS], [o.site, o.at], true, true)
        .last();
      if (
        last?.id !== undefined &&
        last.source === o.source &&
        last.url === evidence.url &&
        last.kinds.join() === evidence.kinds.join()
      ) {
        await db.evidence.put({ ...evidence, id: last.id });
      } else {
        await db.evidence.add(evidence);
      }
    }
  });
}

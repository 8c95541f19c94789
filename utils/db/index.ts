// The extension's one database handle, for the background and extension pages only.
import { entryForSite, siteForHost } from '../catalog/lookup';
import { riskScore } from '../inventory/risk';
import { openDatabase, type RebindDB } from './schema';

let instance: RebindDB | undefined;

export function getDb(): RebindDB {
  instance ??= openDatabase(
    undefined,
    (row) => riskScore(row.kinds ?? [], entryForSite(row.site)?.category),
    siteForHost,
  );
  return instance;
}

export type { EvidenceRow, NumberRow, RebindDB, SiteRow } from './schema';

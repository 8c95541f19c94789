// Hostname -> site -> catalog entry. Placeholder until the catalog lands: no grouping yet.
import { registrableDomain } from '../url';
import type { CatalogEntry } from './types';

export function siteForHost(hostOrUrl: string): string | null {
  return registrableDomain(hostOrUrl);
}

export function entryForSite(_site: string): CatalogEntry | undefined {
  return undefined;
}

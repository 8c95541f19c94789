// The one check every writer of the inventory goes through (page reports, submits, history and
// password imports, "Add", backups): nothing is written for a paused site, and nothing for a
// host that is not a public site (IP addresses, intranet names).
import { entryForSite } from '../catalog/lookup';
import { pausedSites } from '../settings';
import { recordableHost } from '../url';
import { isNameKey } from './name-key';

/**
 * Whether a site key may be written, given the paused sites. Catalog sites are public by
 * definition; an app added by its name (name-key.ts) is no host at all. A backup restores the
 * person's own rows, whatever their key (`hosts: false`): only the pause applies to it.
 */
export function mayWrite(site: string, paused: ReadonlySet<string>, { hosts = true } = {}): boolean {
  if (paused.has(site)) return false;
  return !hosts || !!entryForSite(site) || isNameKey(site) || recordableHost(site);
}

/** The rows whose site may be written now (reads the paused sites once). */
export async function writable<T extends { site: string }>(rows: readonly T[], paused?: readonly string[]): Promise<T[]> {
  const set = new Set(paused ?? (await pausedSites.getValue()));
  // An import brings many rows per site: decide once per site.
  const verdicts = new Map<string, boolean>();
  return rows.filter((r) => {
    let ok = verdicts.get(r.site);
    if (ok === undefined) verdicts.set(r.site, (ok = mayWrite(r.site, set)));
    return ok;
  });
}

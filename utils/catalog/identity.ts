// Which site a hostname speaks for, before the catalog groups domains into accounts. The one
// rule for the inventory key: used by lookup.ts (background, pages, imports, CLI) and by the
// catalog generator, so a data domain and a visited host reduce the same way.
import { parse } from 'tldts';
import platformsJson from '../../data/catalog/platforms.json';

export interface Platform {
  domain: string;
  name: string;
  /** First labels that are the vendor's own pages (the bare domain always is). */
  own: string[];
}

export const PLATFORMS: readonly Platform[] = (platformsJson as { platforms: Platform[] }).platforms;
const byDomain = new Map(PLATFORMS.map((p) => [p.domain, p]));

/**
 * - `domain`: an ordinary registrable domain (key) and possibly a host below it
 * - `user-content`: a name under a private public suffix (x.github.io, x.co.no): its own site
 * - `tenant`: a customer's host on a multi-tenant platform (acme.okta.com): its own site
 * - `suffix`: the host is itself a public suffix (github.io, co.uk): nobody's site
 * - `local`: no public suffix (localhost, an IP address, an intranet name): stands for itself
 */
export type HostKind = 'domain' | 'user-content' | 'tenant' | 'suffix' | 'local';

export interface HostIdentity {
  host: string;
  /** The inventory key before catalog grouping. */
  key: string;
  kind: HostKind;
}

/** The longest platform domain the host sits under, if any (host itself included). */
function platformOf(host: string): Platform | undefined {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const p = byDomain.get(h);
    if (p) return p;
  }
  return undefined;
}

/** Identity of a lower-case hostname (from utils/url.ts hostnameOf). */
export function identify(host: string): HostIdentity | null {
  if (!host || host.length > 253) return null;
  const p = parse(host, { allowPrivateDomains: true });
  if (p.isIp) return { host, key: host, kind: 'local' };
  if (p.isPrivate) {
    // A private suffix (github.io, co.no, s3.amazonaws.com): the name under it is the site.
    return p.domain ? { host, key: p.domain, kind: 'user-content' } : { host, key: host, kind: 'suffix' };
  }
  if (!p.domain) {
    return { host, key: host, kind: p.isIcann ? 'suffix' : 'local' };
  }
  const platform = platformOf(host);
  if (platform && host !== platform.domain) {
    const rest = host.slice(0, -platform.domain.length - 1);
    const label = rest.slice(rest.lastIndexOf('.') + 1);
    if (!platform.own.includes(label)) return { host, key: `${label}.${platform.domain}`, kind: 'tenant' };
  }
  return { host, key: p.domain, kind: 'domain' };
}

/** Keys to try in the catalog for a host, most specific first: host-level keys, then the key. */
export function catalogKeys(id: HostIdentity): string[] {
  const keys: string[] = [];
  if (id.host.endsWith(`.${id.key}`)) {
    for (let h = id.host; h.length > id.key.length; h = h.slice(h.indexOf('.') + 1)) keys.push(h);
  }
  keys.push(id.key);
  return keys;
}

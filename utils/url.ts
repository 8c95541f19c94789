// URL helpers shared by background, pages and exporters.
import { getDomain, getHostname } from 'tldts';

/** The URL without query string, fragment or credentials: what may be stored. */
export function stripUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return `${u.protocol}//${u.host}${u.pathname}`;
}

/**
 * Registrable domain of a URL or hostname, lower case ("passport.bilibili.com" -> "bilibili.com").
 * Hosts without a public suffix (localhost, IP addresses) stand for themselves.
 */
export function registrableDomain(urlOrHost: string): string | null {
  const host = getHostname(urlOrHost.includes('://') ? urlOrHost : `http://${urlOrHost}`);
  if (!host) return null;
  const lower = host.toLowerCase().replace(/\.$/, '');
  return getDomain(lower, { allowPrivateDomains: false }) ?? (lower.length <= 253 ? lower : null);
}

/** Only web pages are recorded. */
export function isWebUrl(raw: string | undefined): raw is string {
  return !!raw && /^https?:\/\//i.test(raw);
}

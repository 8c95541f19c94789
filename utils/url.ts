// URL helpers shared by background, pages and exporters.
import { getHostname } from 'tldts';

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

/** The hostname of a URL or bare host, lower case, without a trailing dot. */
export function hostnameOf(urlOrHost: string): string | null {
  const host = getHostname(urlOrHost.includes('://') ? urlOrHost : `http://${urlOrHost}`);
  return host ? host.toLowerCase().replace(/\.$/, '') : null;
}

/** A web URL safe to put in a link, normalised by URL; anything else (javascript:, data:, junk) is undefined. */
export function safeWebUrl(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Only web pages are recorded. */
export function isWebUrl(raw: string | undefined): raw is string {
  return !!raw && /^https?:\/\//i.test(raw);
}

// URL helpers shared by background, pages and exporters.
import { getDomain, getHostname, parse } from 'tldts';

/** Longest URL Rebind stores: a page that puts megabytes in its path cannot grow the database. */
export const MAX_STORED_URL = 512;

/** Shannon entropy of a string, bits per character. */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

/**
 * A path segment that may identify the person or unlock their account: an e-mail address, a run
 * of 6 or more digits (phone numbers, codes, account ids), or a token (reset links, magic links:
 * long hex, a long part mixing letters and digits, or long mixed-case text of high entropy).
 */
export function sensitiveSegment(raw: string): boolean {
  let seg = raw;
  try {
    seg = decodeURIComponent(raw);
  } catch {
    // Malformed escapes are judged as written.
  }
  if (seg.includes('@')) return true;
  if (/\d{6,}/.test(seg.replace(/[\s().-]/g, ''))) return true;
  if (/[0-9a-f]{16,}/i.test(seg)) return true;
  for (const part of seg.split(/[-_.~+]/)) {
    if (part.length >= 12 && /\d/.test(part) && /[a-z]/i.test(part)) return true;
    if (part.length >= 16 && /[a-z]/.test(part) && /[A-Z]/.test(part) && entropy(part) >= 3.5) return true;
  }
  return seg.length >= 24 && /^[A-Za-z0-9+/=_-]+$/.test(seg) && entropy(seg) >= 4;
}

/**
 * The URL as it may be stored: http(s) only, without query string, fragment or credentials,
 * without path segments that identify the person (sensitiveSegment), at most MAX_STORED_URL
 * characters (cut at a segment boundary).
 */
export function stripUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const origin = `${u.protocol}//${u.host}`;
  if (origin.length >= MAX_STORED_URL) return null;
  // Segments in order until the cap; the rest (of a path that may be megabytes) is never looked at.
  const room = MAX_STORED_URL - origin.length;
  const segments = u.pathname.split('/');
  let path = '/';
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (!seg || seg.length >= room || sensitiveSegment(seg)) continue;
    const last = i === segments.length - 1 && !u.pathname.endsWith('/');
    const next = path + seg + (last ? '' : '/');
    if (next.length > room) break;
    path = next;
  }
  return origin + path;
}

/** Documentation names (RFC 2606): never real sites, kept recordable so examples and fixtures work. */
const DOC_SUFFIXES = new Set(['example', 'test', 'invalid']);

/**
 * Hosts Rebind may record: names under a public suffix. IP addresses, single-label names,
 * intranet suffixes (.local, .lan, .corp, .internal, home.arpa, anything not public) are never
 * recorded: they say where the person works or lives.
 */
export function recordableHost(urlOrHost: string): boolean {
  const host = hostnameOf(urlOrHost);
  if (!host) return false;
  const p = parse(host, { allowPrivateDomains: true });
  if (p.isIp || !p.domain || !p.publicSuffix) return false;
  if (p.publicSuffix === 'home.arpa') return false;
  return !!p.isIcann || !!p.isPrivate || DOC_SUFFIXES.has(p.publicSuffix);
}

/** The hostname of a URL or bare host, lower case, without a trailing dot. */
export function hostnameOf(urlOrHost: string): string | null {
  const host = getHostname(urlOrHost.includes('://') ? urlOrHost : `http://${urlOrHost}`);
  return host ? host.toLowerCase().replace(/\.$/, '') : null;
}

/**
 * Registrable domain of a hostname (from hostnameOf). Hosts without a public suffix
 * (localhost, IP addresses) stand for themselves.
 */
export function domainOfHost(host: string): string | null {
  return getDomain(host, { allowPrivateDomains: false }) ?? (host.length <= 253 ? host : null);
}

/** Registrable domain of a URL or hostname, lower case ("passport.bilibili.com" -> "bilibili.com"). */
export function registrableDomain(urlOrHost: string): string | null {
  const host = hostnameOf(urlOrHost);
  return host ? domainOfHost(host) : null;
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

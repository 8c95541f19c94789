// Service names found in a text message -> the inventory's site key, through the signature
// map (data/sms/signatures.json) and the catalog's own names. A name neither knows stays a
// name: the person confirms or dismisses it.
import signatures from '../../data/sms/signatures.json';
import { allEntries, entryForSite, siteForHost } from '../catalog/lookup';

interface SignatureFile {
  generic: string[];
  context: { name: string; rules: [string, string][] }[];
  names: Record<string, string>;
}

/** NFKC (full-width letters and brackets become plain), lower case, single spaces, no edge punctuation. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’「」『』()（）.,:;!?·•\-_*#<>]+|[\s"'“”‘’「」『』()（）.,:;!?·•\-_*#<>]+$/g, '');
}

interface Maps {
  names: Map<string, string>;
  generic: Set<string>;
  context: Map<string, { re: RegExp; site: string }[]>;
  catalogNames: Map<string, string>;
  /** Every site the map names, as inventory keys. */
  mappedSites: Set<string>;
}

const siteKey = (domain: string): string => siteForHost(domain) ?? domain;

let maps: Maps | null = null;
function get(): Maps {
  if (maps) return maps;
  const file = signatures as unknown as SignatureFile;
  const names = new Map(Object.entries(file.names).map(([k, v]) => [normalizeName(k), v]));
  const generic = new Set(file.generic.map(normalizeName));
  const context = new Map(
    file.context.map((c) => [normalizeName(c.name), c.rules.map(([re, site]) => ({ re: new RegExp(re), site }))]),
  );
  // The catalog's own names ("Discord", "哔哩哔哩"), when they are one name and not a list.
  const catalogNames = new Map<string, string>();
  for (const e of allEntries()) {
    for (const n of [e.name.en, e.name.zh]) {
      if (!n || /[/,(（、]/.test(n)) continue;
      const k = normalizeName(n);
      if (k.length >= 3 && !catalogNames.has(k)) catalogNames.set(k, e.site);
    }
  }
  const mappedSites = new Set([...names.values()].map(siteKey));
  maps = { names, generic, context, catalogNames, mappedSites };
  return maps;
}

/** Words a name may carry that do not change the service ("Bilibili account", "华为帐号"). */
const SUFFIXES = /(?:\s?(?:account|accounts|app|inc|team|official|id|verify|verification|security))+$|(?:帐号|账号|账户|帐户|官方|团队|科技|公司|有限公司|客服|安全中心|app)+$/;

export type NameResolution =
  | { site: string }
  | { generic: true }
  | { unresolved: string };

/** Whether a name is the catalog's or the map's (a domain that only looks like a service is not). */
export function knownSite(domain: string): string | null {
  const site = siteForHost(domain);
  if (!site) return null;
  return entryForSite(site) || get().mappedSites.has(site) ? site : null;
}

/**
 * The site a service name stands for. `lowerText` is the whole message, lower case, for the
 * names two services share (腾讯科技 signs both WeChat's and QQ's codes).
 */
export function resolveName(raw: string, lowerText: string): NameResolution | null {
  const name = normalizeName(raw);
  if (!name || name.length > 40) return null;
  const m = get();
  // A code inside is a phrase that ran past the name ("seguridad es 564143"), unless the
  // whole name is a signature ("【12306】").
  if (/(?:^|\s)[\d-]{4,}(?:\s|$)/.test(name) && !m.names.has(name)) return null;
  // "confirmação do Facebook": a name never starts with a word for a code.
  if (m.generic.has(name) || m.generic.has(name.split(' ')[0]!)) return { generic: true };
  for (const candidate of [name, name.replace(SUFFIXES, '').trim()]) {
    if (!candidate) continue;
    const rules = m.context.get(candidate);
    if (rules) {
      const hit = rules.find((r) => r.re.test(lowerText));
      return hit ? { site: siteKey(hit.site) } : { unresolved: raw.trim() };
    }
    const mapped = m.names.get(candidate);
    if (mapped) return { site: siteKey(mapped) };
    const cat = m.catalogNames.get(candidate);
    if (cat) return { site: cat };
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(candidate)) {
      const site = knownSite(candidate);
      if (site) return { site };
    }
  }
  if (m.generic.has(name.replace(SUFFIXES, '').trim())) return { generic: true };
  return { unresolved: raw.trim() };
}

/** How many names and sender IDs the map holds (the issue asks for at least 300). */
export const signatureCount = (): number => get().names.size;

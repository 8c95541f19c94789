// Adding a site by hand: a catalog entry the person picked, any domain they typed, or an app
// the catalog does not know, by its name.
import { entryForSite, siteForHost } from '../catalog/lookup';
import type { RebindDB } from '../db/schema';
import { pausedSites } from '../settings';
import { mayWrite } from './gate';
import { mergeObservations } from './merge';
import { nameKey } from './name-key';

export class ManualError extends Error {
  constructor(readonly code: 'inv_err_domain' | 'add_err_name' | 'safety_err_paused' | 'safety_err_private') {
    super(code);
  }
}

/** The site key for what the person typed: "https://passport.bilibili.com/x", "bilibili.com". */
export function siteFromInput(input: string): string {
  const text = input.trim().toLowerCase();
  // A domain: labels of letters, digits and hyphens (or an IDN), at least one dot, no spaces.
  const host = text.replace(/^[a-z]+:\/\//, '').split(/[/?#]/)[0] ?? '';
  if (!host || host.length > 253 || /\s/.test(host) || !host.includes('.')) {
    throw new ManualError('inv_err_domain');
  }
  if (!/^[\p{L}\p{N}.-]+(:\d+)?$/u.test(host)) throw new ManualError('inv_err_domain');
  const site = siteForHost(host);
  if (!site || !site.includes('.')) throw new ManualError('inv_err_domain');
  return site;
}

/** The key a catalog pick or a typed domain is stored under (throws ManualError as siteFromInput). */
export function manualKey(siteOrInput: string): string {
  return entryForSite(siteOrInput)?.site ?? siteFromInput(siteOrInput);
}

/**
 * Adds (or confirms) a site by hand; returns its key. Catalog facts come along; `numberId`
 * ties it to a registered number (the quick pick asks for the number first).
 */
export async function addManualSite(db: RebindDB, siteOrInput: string, numberId?: string): Promise<string> {
  const site = manualKey(siteOrInput);
  const facts = entryForSite(site);
  // The write gate would skip it silently; the person who typed it is told why.
  const paused = new Set(await pausedSites.getValue());
  if (paused.has(site)) throw new ManualError('safety_err_paused');
  if (!mayWrite(site, paused)) throw new ManualError('safety_err_private');
  await mergeObservations(db, [
    {
      site,
      at: Date.now(),
      source: 'manual',
      strength: 'manual',
      kinds: [...(facts?.kinds ?? [])],
      url: `https://${site}/`,
      detail: 'added by hand',
      ...(numberId ? { numberId } : {}),
    },
  ]);
  return site;
}

/**
 * Adds an app the catalog does not know by its name ("My Gym App"); returns its key. It has
 * no address and no catalog facts: the person tells what it uses the number for.
 */
export async function addAppByName(db: RebindDB, name: string, numberId?: string): Promise<string> {
  const site = nameKey(name);
  if (!site) throw new ManualError('add_err_name');
  if ((await pausedSites.getValue()).includes(site)) throw new ManualError('safety_err_paused');
  await mergeObservations(db, [
    {
      site,
      at: Date.now(),
      source: 'manual',
      strength: 'manual',
      kinds: [],
      name: name.normalize('NFKC').trim().replace(/\s+/g, ' '),
      detail: 'added by hand',
      ...(numberId ? { numberId } : {}),
    },
  ]);
  return site;
}

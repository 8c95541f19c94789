// Adding a site by hand: a catalog entry the person picked, or any domain they typed.
import { entryForSite, siteForHost } from '../catalog/lookup';
import type { RebindDB } from '../db/schema';
import { pausedSites } from '../settings';
import { mayWrite } from './gate';
import { mergeObservations } from './merge';

export class ManualError extends Error {
  constructor(readonly code: 'inv_err_domain' | 'safety_err_paused' | 'safety_err_private') {
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

/**
 * Adds (or confirms) a site by hand; returns its key. Catalog facts come along; `numberId`
 * ties it to a registered number (the quick pick asks for the number first).
 */
export async function addManualSite(db: RebindDB, siteOrInput: string, numberId?: string): Promise<string> {
  const entry = entryForSite(siteOrInput);
  const site = entry?.site ?? siteFromInput(siteOrInput);
  const facts = entry ?? entryForSite(site);
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

// Which page Rebind remembers as a site's settings page ("Go change it" opens it): only an
// account or security page of the site itself that showed the person's number. A sign-in,
// sign-up, recovery or code-entry step also shows a masked number ("we sent a code to
// •••• 5678") but sending the person back there changes nothing.
import type { CatalogEntry } from '../catalog/types';
import type { EvidenceRow } from '../db/schema';
import { hostnameOf } from '../url';

/** Page roles (detector signal ids) that make a page a step of signing in, never settings. */
const STEP_SIGNALS = ['page-login', 'page-signup', 'page-recovery'];
/** Page roles that make it an account page. */
const ACCOUNT_SIGNALS = ['page-settings', 'signed-in'];
/** URL path words of sign-in and code-entry steps. */
const STEP_PATH =
  /(^|[/_.-])(log-?in|sign-?in|sign-?up|register|verify|verification|otp|challenge|checkpoint|forgot|reset|recover(y)?|passport)([/_.-]|$)/i;

function onSite(host: string, site: string, entry: Pick<CatalogEntry, 'domains'> | undefined): boolean {
  const domains = [site, ...(entry?.domains ?? [])];
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The URL to remember as the settings page for this observation, or undefined. */
export function learnedSettingsPage(
  o: Pick<EvidenceRow, 'site' | 'source' | 'kinds' | 'url' | 'signals' | 'masked'>,
  entry?: Pick<CatalogEntry, 'domains'>,
): string | undefined {
  if (o.source !== 'page' || !o.url || !o.kinds.includes('bound-number') || !o.masked?.length) return undefined;
  let u: URL;
  try {
    u = new URL(o.url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' || u.search || u.hash) return undefined;
  const host = hostnameOf(o.url);
  if (!host || !onSite(host, o.site, entry)) return undefined;
  const signals = o.signals ?? [];
  if (signals.some((s) => STEP_SIGNALS.includes(s))) return undefined;
  if (!signals.some((s) => ACCOUNT_SIGNALS.includes(s))) return undefined;
  if (STEP_PATH.test(u.pathname)) return undefined;
  return o.url;
}

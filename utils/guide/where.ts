// Where to send the person for one site, best first (DESIGN.md, Guidance): the curated
// phone-settings page, the settings page learned from their own browsing, the public security
// or change-password page, the site's /.well-known/change-password, its front page.
import type { CatalogEntry, Difficulty, Fact, Localized, Removable, SiteNumber, SourceType } from '../catalog/types';
import type { SiteRow } from '../db/schema';
import { safeWebUrl } from '../url';

export type Lang = 'en' | 'zh';
/** Same signature as utils/i18n.ts t(); exporters pass their own. */
export type Translate = (key: string, subs?: string | (string | number)[]) => string;

/** Which rung of the ladder the link came from: the UI says how sure it is. */
export const WHERE_SOURCES = ['phone', 'learned', 'security', 'well-known', 'front'] as const;
export type WhereSource = (typeof WHERE_SOURCES)[number];

/** How sure a where-to-change fact is: from which kind of page, read when; or not verified. */
export type Basis =
  | { status: 'sourced'; type: SourceType; url: string; retrieved: string; name: string }
  | { status: 'unverified' };

/** One number the account keeps, and where it is changed. */
export interface NumberGuidance {
  /** What this number is for ("Security phone (密保手机)"), when the account keeps several. */
  role?: string;
  /** The catalog's page for this number, with how sure it is. */
  url?: string;
  urlBasis?: Basis;
  app?: string;
  appBasis?: Basis;
  /** The app path is a shared template, not this app's own menu. */
  typical?: boolean;
  removable?: Removable;
  delay?: string;
  lostNumber?: string;
}

export interface Guidance {
  /** Best web page to open; absent only when the site key is not a host name. */
  url?: string;
  source?: WhereSource;
  /** How sure the link is, when it is the catalog's page for the number (source "phone"). */
  urlBasis?: Basis;
  /** The in-app path, in the person's language, when the catalog knows one. */
  app?: string;
  appBasis?: Basis;
  /** The app path is a shared template ("typical path"), not this app's own menu. */
  typical?: boolean;
  /** The app is the place to do it: show the path before the web link. */
  appFirst: boolean;
  /** Whether the number can be removed, or only replaced. */
  removable?: Removable;
  /** How long a change takes, or what is restricted after it. */
  delay?: string;
  /** What to do when the old number is already gone. */
  lostNumber?: string;
  /** Help about turning on two-step verification: offered as such, never as where to change. */
  twoStepHelp?: string;
  /** Further numbers the account keeps (QQ's security phone, Huawei ID's security number). */
  others: NumberGuidance[];
  deletion?: { url?: string; difficulty?: Difficulty };
}

const HOST_RE = /^(?=.{1,253}$)[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/** The site key is a real host name (not a hand-added app name). */
export const isHostName = (site: string): boolean => HOST_RE.test(site);

const pick = (l: Localized | undefined, lang: Lang) => (l ? l[lang] || l.en || undefined : undefined);

/** How sure a fact is: its best source (official first, then the latest read), or unverified. */
export function basisOf(fact: Fact<unknown> | undefined, name: string): Basis | undefined {
  if (!fact) return undefined;
  const order: SourceType[] = ['official', 'official-mirror', 'observed', 'third-party'];
  const best = [...(fact.status === 'sourced' ? (fact.sources ?? []) : [])].sort(
    (a, b) => order.indexOf(a.type) - order.indexOf(b.type) || (a.retrieved < b.retrieved ? 1 : -1),
  )[0];
  return best
    ? { status: 'sourced', type: best.type, url: best.url, retrieved: best.retrieved, name }
    : { status: 'unverified' };
}

function numberGuidance(n: SiteNumber, lang: Lang, name: string): NumberGuidance {
  const url = safeWebUrl(n.web?.value);
  const app = pick(n.app?.value, lang);
  const role = pick(n.role, lang);
  const delay = pick(n.delay?.value, lang);
  const lostNumber = pick(n.lostNumber?.value, lang);
  return {
    ...(role ? { role } : {}),
    ...(url ? { url, urlBasis: basisOf(n.web, name)! } : {}),
    ...(app ? { app, appBasis: basisOf(n.app, name)! } : {}),
    ...(app && n.app?.typical ? { typical: true } : {}),
    removable: n.removable.value,
    ...(delay ? { delay } : {}),
    ...(lostNumber ? { lostNumber } : {}),
  };
}

export function guidanceFor(
  row: Pick<SiteRow, 'site' | 'settingsUrl'>,
  entry: CatalogEntry | undefined,
  lang: Lang,
): Guidance {
  const name = (entry ? pick(entry.name as Localized, lang) : undefined) ?? row.site;
  const [main, ...rest] = (entry?.numbers ?? []).map((n) => numberGuidance(n, lang, name));
  const ladder: [WhereSource, string | undefined][] = [
    ['phone', main?.url],
    ['learned', safeWebUrl(row.settingsUrl)],
    ['security', safeWebUrl(entry?.securityUrl)],
  ];
  if (isHostName(row.site)) {
    ladder.push(['well-known', `https://${row.site}/.well-known/change-password`]);
    ladder.push(['front', `https://${row.site}/`]);
  }
  const best = ladder.find(([, url]) => !!url);
  // App-first: the catalog gives an in-app path and no page of the site's own for the number.
  const appFirst = !!main?.app && !main.url && !row.settingsUrl;
  const deletionUrl = safeWebUrl(entry?.deletion?.url);
  const deletion =
    entry?.deletion && (deletionUrl || entry.deletion.difficulty)
      ? {
          ...(deletionUrl ? { url: deletionUrl } : {}),
          ...(entry.deletion.difficulty ? { difficulty: entry.deletion.difficulty } : {}),
        }
      : undefined;
  const twoStepHelp = safeWebUrl(entry?.twoStepHelp);
  return {
    ...(best ? { url: best[1], source: best[0] } : {}),
    ...(best?.[0] === 'phone' && main?.urlBasis ? { urlBasis: main.urlBasis } : {}),
    ...(main?.app ? { app: main.app, appBasis: main.appBasis! } : {}),
    ...(main?.typical ? { typical: true } : {}),
    appFirst,
    ...(main?.removable ? { removable: main.removable } : {}),
    ...(main?.delay ? { delay: main.delay } : {}),
    ...(main?.lostNumber ? { lostNumber: main.lostNumber } : {}),
    ...(twoStepHelp ? { twoStepHelp } : {}),
    others: rest,
    ...(deletion ? { deletion } : {}),
  };
}

/** The trust words for a checklist's where-to-change cell: each catalog place shown, in order. */
export function whereTrustText(
  w: { url?: string; app?: string; appFirst?: boolean; urlBasis?: Basis; appBasis?: Basis; typical?: boolean },
  t: Translate,
): string {
  const web = w.url && w.urlBasis ? basisText(w.urlBasis, t) : '';
  const app = w.app && w.appBasis ? basisText(w.appBasis, t, w.typical) : '';
  const parts = w.appFirst ? [app, web] : [web, app];
  return [...new Set(parts.filter(Boolean))].join(' / ');
}

/**
 * How sure a place is, in words, for screen and paper: "From QQ's help, checked 2026-12-01",
 * "Not verified: menu names may differ", with "typical path" for a shared template path.
 */
export function basisText(b: Basis | undefined, t: Translate, typical = false): string {
  if (!b) return '';
  const parts: string[] = [];
  if (typical) parts.push(t('ui_trust_typical'));
  if (b.status === 'unverified') parts.push(t('ui_trust_unverified'));
  else if (b.type === 'official' || b.type === 'official-mirror') parts.push(t('ui_trust_help', [b.name, b.retrieved]));
  else if (b.type === 'observed') parts.push(t('ui_trust_observed', [b.name, b.retrieved]));
  else parts.push(t('ui_trust_thirdParty', [b.retrieved]));
  return parts.join(' · ');
}

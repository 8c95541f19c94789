// Where to send the person for one site, best first (DESIGN.md, Guidance): the curated
// phone-settings page, the settings page learned from their own browsing, the public security
// or change-password page, the site's /.well-known/change-password, its front page.
import type { CatalogEntry, Difficulty } from '../catalog/types';
import type { SiteRow } from '../db/schema';
import { safeWebUrl } from '../url';

export type Lang = 'en' | 'zh';

/** Which rung of the ladder the link came from: the UI says how sure it is. */
export const WHERE_SOURCES = ['phone', 'learned', 'security', 'well-known', 'front'] as const;
export type WhereSource = (typeof WHERE_SOURCES)[number];

export interface Guidance {
  /** Best web page to open; absent only when the site key is not a host name. */
  url?: string;
  source?: WhereSource;
  /** The in-app path, in the person's language, when the catalog knows one. */
  app?: string;
  /** The app is the place to do it: show the path before the web link. */
  appFirst: boolean;
  /** Whether the number can be removed, or only replaced. */
  removable?: 'yes' | 'replace-only' | 'unknown';
  deletion?: { url?: string; difficulty?: Difficulty };
}


const HOST_RE = /^(?=.{1,253}$)[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/** The site key is a real host name (not a hand-added app name). */
export const isHostName = (site: string): boolean => HOST_RE.test(site);

export function guidanceFor(
  row: Pick<SiteRow, 'site' | 'settingsUrl'>,
  entry: CatalogEntry | undefined,
  lang: Lang,
): Guidance {
  const app = entry?.phone?.app ? entry.phone.app[lang] || entry.phone.app.en || undefined : undefined;
  const ladder: [WhereSource, string | undefined][] = [
    ['phone', safeWebUrl(entry?.phone?.url)],
    ['learned', safeWebUrl(row.settingsUrl)],
    ['security', safeWebUrl(entry?.securityUrl)],
  ];
  if (isHostName(row.site)) {
    ladder.push(['well-known', `https://${row.site}/.well-known/change-password`]);
    ladder.push(['front', `https://${row.site}/`]);
  }
  const best = ladder.find(([, url]) => !!url);
  // App-first: the catalog gives an in-app path and no page of the site's own for the number.
  const appFirst = !!app && !entry?.phone?.url && !row.settingsUrl;
  const deletionUrl = safeWebUrl(entry?.deletion?.url);
  const deletion =
    entry?.deletion && (deletionUrl || entry.deletion.difficulty)
      ? {
          ...(deletionUrl ? { url: deletionUrl } : {}),
          ...(entry.deletion.difficulty ? { difficulty: entry.deletion.difficulty } : {}),
        }
      : undefined;
  return {
    ...(best ? { url: best[1], source: best[0] } : {}),
    ...(app ? { app } : {}),
    appFirst,
    ...(entry?.removable ? { removable: entry.removable } : {}),
    ...(deletion ? { deletion } : {}),
  };
}

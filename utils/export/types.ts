// What every exporter takes: plain, already-resolved data (no database, no browser APIs), so
// each one is a pure function tested with fixtures. utils/export/source.ts builds it from the DB.
import type { Basis } from '../guide/where';
import type { ChecklistCounts, ListedCertainty } from '../inventory/checklist';
import type { Impact } from '../inventory/impact';
import type { Proof } from '../inventory/proof';
import type { Kind, Status } from '../types';

export { CERTAINTIES } from '../inventory/certainty';
export { IMPACTS, type Impact } from '../inventory/impact';
export type { ChecklistCounts, ListedCertainty } from '../inventory/checklist';

/** Translator with the signature of utils/i18n.ts t(); tests pass one built from messages.json. */
export type Translate = (key: string, subs?: string | (string | number)[]) => string;

/** Where the person changes the number on this site, resolved by the caller (guidance). */
export interface Where {
  /** A web page (http or https). */
  url?: string;
  /** Path inside the app, in the person's language ("Me > Settings > Account security"). */
  app?: string;
  /** The app is the place to do it (app-only services). */
  appFirst?: boolean;
  /** How sure the catalog's page and app path are (utils/guide/where.ts whereTrustText words them). */
  urlBasis?: Basis;
  appBasis?: Basis;
  /** The app path is a shared template, not this app's own menu. */
  typical?: boolean;
}

/** One site of the checklist. */
export interface ExportItem {
  site: string;
  /** Display name in the person's language (catalog name, the row's own name, or the site). */
  name: string;
  kinds: Kind[];
  status: Status;
  /** What the site showed after the person's change (utils/inventory/proof.ts), for this status. */
  proof?: Pick<Proof, 'state' | 'tail'>;
  /** What the account protects: the checklist's first sort key and its groups. */
  impact: Impact;
  /** How sure it is the account uses the number: the second sort key. */
  certainty: ListedCertainty;
  /** Ids of the registered numbers the site uses, and their labels (same order). */
  numberIds: string[];
  numbers: string[];
  /** Exported for one number, the site is tied to no registered number yet. */
  numberUnconfirmed: boolean;
  where: Where;
  lastSeen: number;
  note?: string;
}

export interface ExportContext {
  t: Translate;
  lang: 'en' | 'zh';
  /** Time of the export (ms), for headings and file names. */
  now: number;
}

/** Which sites go in: empty or missing lists mean "all". */
export interface ExportFilters {
  numberId?: string;
  statuses?: Status[];
  certainties?: ListedCertainty[];
}

/**
 * A checklist ready to export: the items the filters kept, in checklist order, and the counts
 * of the whole checklist for the number (the same the popup and the badge show).
 */
export interface ExportList {
  items: ExportItem[];
  counts: ChecklistCounts;
}

// What a password-manager export format tells the importer: which columns hold the URL and
// the username. Passwords and notes are never read from any column.
export type FormatId = 'chrome' | 'firefox' | 'bitwarden' | '1password' | 'keepassxc';

export interface Columns {
  url: number;
  username: number;
  /** Column saying what kind of item a row is (Bitwarden: only "login" rows are accounts). */
  type?: number;
}

export interface PasswordFormat {
  id: FormatId;
  /** Shown to the person and kept in evidence details. */
  name: string;
  /** The columns, when the (normalized) header is this format's; otherwise null. */
  columns(header: readonly string[]): Columns | null;
  /** URLs in one url cell (Bitwarden may list several). */
  urls?(cell: string): string[];
  /** Rows that are not logins (secure notes, cards) are skipped. */
  isLogin?(typeCell: string): boolean;
}

/** Header cells as compared: trimmed, lower case, no byte-order mark. */
export function normalizeHeader(cells: readonly string[]): string[] {
  return cells.map((c) => c.replace(/^\uFEFF/, '').trim().toLowerCase());
}

export function indexes(header: readonly string[], names: readonly string[]): number[] | null {
  const out = names.map((n) => header.indexOf(n));
  return out.every((i) => i >= 0) ? out : null;
}

// Which export a file is, from its header: most specific format first.
import { bitwarden } from './bitwarden';
import { chrome } from './chrome';
import { firefox } from './firefox';
import { normalizeHeader, type Columns, type PasswordFormat } from './format';
import { keepassxc } from './keepassxc';
import { onePassword } from './onepassword';

export const FORMATS: readonly PasswordFormat[] = [bitwarden, firefox, keepassxc, onePassword, chrome];

export function detectFormat(
  headerCells: readonly string[],
): { format: PasswordFormat; columns: Columns } | null {
  const header = normalizeHeader(headerCells);
  for (const format of FORMATS) {
    const columns = format.columns(header);
    if (columns) return { format, columns };
  }
  return null;
}


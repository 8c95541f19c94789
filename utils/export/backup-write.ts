// Writing a backup that is sure to import: the text is read back with the very reader the
// import uses (backup-read.ts) before it is saved. A row that reader would leave out is left
// out here too and named, so the person learns at export time, not at restore time.
import { parseBackup, type Skipped } from './backup-read';
import type { Backup } from './backup-schema';
import { serializeBackup } from './json';

export interface WrittenBackup {
  text: string;
  /** Rows the import would refuse, left out of `text`. Empty for anything Rebind stored itself. */
  left: Skipped[];
}

export function writeBackupText(b: Backup): WrittenBackup {
  const text = serializeBackup(b);
  const read = parseBackup(text);
  if (!read.ok) throw new Error(`backup does not read back: ${read.error.code} ${read.error.path ?? ''}`);
  if (!read.skipped.length) return { text, left: [] };
  return { text: serializeBackup(read.backup), left: read.skipped };
}

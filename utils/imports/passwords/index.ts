// Password-manager CSV import: one module per export format, detected from the header.
export { detectFormat, FORMATS } from './detect';
export type { FormatId, PasswordFormat } from './format';
export { importPasswords, ImportError, MAX_IMPORT_BYTES } from './import';
export type { PasswordImportReport, SkipReason } from './import';

// Why an SMS import stopped: each code is a message key (both languages), and nothing is written.

export type SmsErrorCode =
  | 'sms_err_empty'
  | 'sms_err_too_big'
  | 'sms_err_not_xml'
  | 'sms_err_not_backup'
  | 'sms_err_truncated'
  | 'sms_err_encoding'
  | 'sms_err_encrypted'
  | 'sms_err_wrong_db'
  | 'sms_err_no_messages';

export class SmsImportError extends Error {
  constructor(
    readonly code: SmsErrorCode,
    /** Substitutions for the message (sizes in MB). */
    readonly params: (string | number)[] = [],
  ) {
    super(code);
  }
}

/** SMS Backup & Restore files of 500 MB are real; past 1 GB the file is not one person's texts. */
export const MAX_XML_BYTES = 1024 * 1024 * 1024;
/** sql.js reads the whole database into memory. */
export const MAX_DB_BYTES = 512 * 1024 * 1024;

export function tooBig(size: number, max: number): SmsImportError {
  return new SmsImportError('sms_err_too_big', [Math.ceil(size / 1024 / 1024), max / 1024 / 1024]);
}

// Turns errors from the inventory modules into a sentence for the person.
import { ImportError } from '@/utils/imports/passwords';
import { ManualError } from '@/utils/inventory/manual';
import { NumberError } from '@/utils/numbers/numbers';
import { isQuotaError } from '@/utils/db/health';
import { t } from '@/utils/i18n';

export function errorText(e: unknown): string {
  if (e instanceof ImportError) return t(e.code, e.params);
  if (e instanceof NumberError || e instanceof ManualError) return t(e.code);
  // A full disk is the one write failure a person can act on: say so.
  if (isQuotaError(e)) return t('inv_err_quota');
  return t('inv_err_failed');
}

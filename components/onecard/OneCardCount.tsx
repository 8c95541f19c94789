// The field for the count One-Card Check returned for one number: a whole number 0–999, checked
// before anything is saved; a bad entry is explained and the saved count stays as it was.
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { clearOneCardCount, OneCardError, saveOneCardCount, type OneCardResult } from '@/utils/onecard/store';
import { formatDate } from '../common/words';
import { errorText } from '../inventory/errors';

export function OneCardCount({ numberId, saved }: { numberId: string; saved: OneCardResult | undefined }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const id = `onecard-count-${numberId}`;

  const submit = async (ev: Event) => {
    ev.preventDefault();
    try {
      await saveOneCardCount(numberId, value);
      setValue('');
      setError('');
    } catch (e) {
      setError(e instanceof OneCardError ? t(e.code) : errorText(e));
    }
  };

  return (
    <form class="inv-form onecard-count" onSubmit={submit} noValidate>
      <label for={id}>{t('onecard_count_label')}</label>
      <input id={id} type="text" inputMode="numeric" autoComplete="off" maxLength={8} value={value}
        placeholder={saved ? String(saved.count) : ''}
        aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-err` : undefined}
        onInput={(e) => setValue(e.currentTarget.value)} />
      <button type="submit">{t('onecard_count_save')}</button>
      {saved && (
        <>
          <span class="inv-hint">{t('onecard_count_saved', [saved.count, formatDate(saved.at)])}</span>
          <button type="button" onClick={() => void clearOneCardCount(numberId)}>{t('onecard_count_clear')}</button>
        </>
      )}
      {error && <p id={`${id}-err`} class="inv-error" role="alert">{error}</p>}
    </form>
  );
}

// The person's numbers: add one, set its planned cancellation date, see the freeze window, remove.
import { getCountries } from 'libphonenumber-js';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db';
import type { NumberRow } from '@/utils/db/schema';
import { t, uiLanguage } from '@/utils/i18n';
import { checklist } from '@/utils/inventory/checklist';
import { daysUntil } from '@/utils/inventory/reminders';
import { recyclingWindow } from '@/utils/inventory/recycling';
import { pluralKey } from '@/utils/plural';
import { addNumber, needsReentry, reenterNumber, removeNumber, updateNumber } from '@/utils/numbers/numbers';
import { OPEN_STATUSES } from '@/utils/types';
import { OneCardPanel } from '../onecard/OneCardPanel';
import { useLive } from '../useLive';
import { errorText } from './errors';
import './inventory.css';

function defaultCountry(): string {
  const region = /[-_]([A-Za-z]{2})\b/.exec(navigator.language)?.[1]?.toUpperCase();
  if (region && (getCountries() as string[]).includes(region)) return region;
  return uiLanguage() === 'zh' ? 'CN' : 'US';
}

function useCountryOptions(): { code: string; name: string }[] {
  return useMemo(() => {
    const lang = uiLanguage() === 'zh' ? 'zh-CN' : 'en';
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      names = undefined;
    }
    return getCountries()
      .map((code) => ({ code, name: names?.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name, lang));
  }, []);
}

/** The form that registers a number; the Numbers screen and the first-run page both use it. */
export function AddNumberForm({ onAdded }: { onAdded?: () => void } = {}) {
  const countries = useCountryOptions();
  const [label, setLabel] = useState('');
  const [country, setCountry] = useState(defaultCountry);
  const [number, setNumber] = useState('');
  const [cancelDate, setCancelDate] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (ev: Event) => {
    ev.preventDefault();
    setBusy(true);
    setError('');
    try {
      await addNumber(getDb(), { label, country, number, ...(cancelDate ? { cancelDate } : {}) });
      setLabel('');
      setNumber('');
      setCancelDate('');
      onAdded?.();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="inv-form" onSubmit={submit} aria-label={t('inv_number_add')}>
      <label>
        {t('inv_number_label')}
        <input value={label} required maxLength={60} placeholder={t('inv_number_label_hint')}
          onInput={(e) => setLabel(e.currentTarget.value)} />
      </label>
      <label>
        {t('inv_number_country')}
        <select value={country} onChange={(e) => setCountry(e.currentTarget.value)}>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>{c.name}</option>
          ))}
        </select>
      </label>
      <label>
        {t('inv_number_value')}
        <input type="tel" value={number} required maxLength={40} autoComplete="off"
          onInput={(e) => setNumber(e.currentTarget.value)} />
      </label>
      <label>
        {t('inv_number_cancel')}
        <input type="date" value={cancelDate} onInput={(e) => setCancelDate(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={busy}>{t('inv_number_add')}</button>
      {error && <p class="inv-error" role="alert">{error}</p>}
    </form>
  );
}

/** A number kept from before Rebind used a key: typed matching waits for the number once more. */
function Reenter({ n }: { n: NumberRow }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const save = async (ev: Event) => {
    ev.preventDefault();
    try {
      await reenterNumber(getDb(), n.id, value);
      setValue('');
      setOpen(false);
      setError('');
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div class="inv-reenter">
      <p class="inv-hint">{t('inv_number_reenter_needed')}</p>
      {open ? (
        <form onSubmit={save} aria-label={t('inv_number_reenter')}>
          <label>
            {t('inv_number_value')}
            <input type="tel" value={value} required maxLength={40} autoComplete="off"
              onInput={(e) => setValue(e.currentTarget.value)} />
          </label>
          <button type="submit">{t('inv_number_reenter_save')}</button>
          <button type="button" onClick={() => setOpen(false)}>{t('inv_cancel')}</button>
        </form>
      ) : (
        <button type="button" onClick={() => setOpen(true)}>{t('inv_number_reenter')}</button>
      )}
      {error && <span class="inv-error" role="alert">{error}</span>}
    </div>
  );
}

function NumberItem({ n, open }: { n: NumberRow; open: number }) {
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const after = n.cancelDate ? recyclingWindow(n.country, n.cancelDate) : null;
  const days = n.cancelDate ? daysUntil(n.cancelDate, Date.now()) : null;
  const run = (p: Promise<void>) => p.then(() => setError(''), (e: unknown) => setError(errorText(e)));

  return (
    <li data-number={n.id}>
      <strong>{n.label}</strong>
      <span class="inv-digits" title={t('inv_number_shown_hint')}>
        {n.whole ?? `${n.prefix}…${n.suffix}`}
      </span>
      <span>{t(pluralKey('cl_openAccounts', open, uiLanguage()), [open])}</span>
      <label>
        {t('inv_number_cancel')}{' '}
        <input type="date" value={n.cancelDate ?? ''}
          onChange={(e) => run(updateNumber(getDb(), n.id, { cancelDate: e.currentTarget.value }))} />
      </label>
      {days !== null && days >= 0 && <span>{t(pluralKey('cl_daysLeft', days, uiLanguage()), [days])}</span>}
      {n.cancelDate ? (
        <span class="inv-freeze">
          {after ? t(`cl_window_${after.rule.country}`, [after.start, after.end]) : t('cl_recycle_unknown')}
        </span>
      ) : null}
      {confirming ? (
        <>
          <button type="button" onClick={() => run(removeNumber(getDb(), n.id))}>
            {t('inv_number_remove_confirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>{t('inv_cancel')}</button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>{t('inv_number_remove')}</button>
      )}
      {error && <span class="inv-error" role="alert">{error}</span>}
      {needsReentry(n) && <Reenter n={n} />}
      <OneCardPanel number={n} />
    </li>
  );
}

function NotificationsOffer() {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    browser.permissions
      .contains({ permissions: ['notifications'] })
      .then(setGranted, () => setGranted(false));
  }, []);
  if (granted !== false) return null;
  const ask = () => {
    // Must be called straight from the click: browsers grant permissions only on a gesture.
    browser.permissions.request({ permissions: ['notifications'] }).then(setGranted, () => setGranted(false));
  };
  return (
    <p class="inv-hint">
      {t('inv_notify_hint')}{' '}
      <button type="button" onClick={ask}>{t('inv_notify_allow')}</button>
    </p>
  );
}

export function NumbersManager() {
  const numbers = useLive(() => getDb().numbers.orderBy('label').toArray());
  const openSites = useLive(() => getDb().sites.where('status').anyOf([...OPEN_STATUSES]).toArray());
  // One checklist rule for every screen: the open count per number is the popup's.
  return (
    <section class="inv-section" aria-labelledby="inv-numbers-title">
      <h2 id="inv-numbers-title">{t('inv_numbers_title')}</h2>
      <p class="inv-hint">{t('inv_numbers_intro')} {t('inv_numbers_backup')}</p>
      {numbers && numbers.length === 0 && <p class="inv-hint">{t('inv_numbers_empty')}</p>}
      <ul class="inv-numbers">
        {(numbers ?? []).map((n) => (
          <NumberItem key={n.id} n={n} open={checklist(openSites ?? [], { numberId: n.id }).counts.open} />
        ))}
      </ul>
      {numbers?.some((n) => n.cancelDate) && <NotificationsOffer />}
      <AddNumberForm />
    </section>
  );
}

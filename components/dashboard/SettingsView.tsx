// Settings: private windows, sites Rebind is paused on, keeping whole numbers.
import { useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { eraseEverything } from '@/utils/inventory/forget';
import { siteFromInput } from '@/utils/inventory/manual';
import { t } from '@/utils/i18n';
import { keepWholeNumbers, pausedSites, recordPrivate } from '@/utils/settings';
import { ConfirmButton } from '../common/ConfirmButton';
import { useStorageItem } from '../common/useStorageItem';

function Toggle({ value, onChange, label, hint }: { value: boolean | undefined; onChange: (v: boolean) => void; label: string; hint: string }) {
  // Until the setting is read, no box at all: an empty box would say "off" when it may be on,
  // and a click on it would be lost.
  if (value === undefined) return null;
  return (
    <div class="setting">
      <label class="check">
        <input type="checkbox" checked={value} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />{' '}
        {label}
      </label>
      <p class="muted">{hint}</p>
    </div>
  );
}

export function SettingsView() {
  const [priv, setPriv] = useStorageItem(recordPrivate);
  const [whole, setWhole] = useStorageItem(keepWholeNumbers);
  const [paused, setPaused] = useStorageItem(pausedSites);
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    try {
      const site = siteFromInput(input);
      if (!paused?.includes(site)) void setPaused([...(paused ?? []), site]);
      setInput('');
      setError('');
    } catch {
      setError(t('ui_settings_badSite'));
    }
  };
  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">{t('ui_nav_settings')}</h2>
      <Toggle value={priv} onChange={setPriv} label={t('ui_settings_private')} hint={t('ui_settings_privateHint')} />
      {/* Off removes stored whole numbers: the background does it for every change of the setting
          (utils/numbers/numbers.ts settleWholeNumbers), whoever made it. */}
      <Toggle value={whole} onChange={setWhole} label={t('ui_settings_whole')} hint={t('ui_settings_wholeHint')} />
      <h3>{t('ui_settings_paused')}</h3>
      <p class="muted">{t('ui_settings_pausedHint')}</p>
      {paused?.length ? (
        <ul class="paused">
          {paused.map((s) => (
            <li key={s}>
              <span>{s}</span>{' '}
              <button type="button" class="secondary" aria-label={t('ui_settings_resumeOn', s)}
                onClick={() => setPaused(paused.filter((x) => x !== s))}>
                {t('ui_settings_resume')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('ui_settings_nonePaused')}</p>
      )}
      <form class="inline" onSubmit={add}>
        <label class="field">
          {t('ui_settings_pauseSite')}{' '}
          <input value={input} onInput={(e) => setInput((e.target as HTMLInputElement).value)}
            aria-invalid={!!error} aria-describedby={error ? 'pause-err' : undefined} placeholder="example.com" />
        </label>{' '}
        <button type="submit">{t('ui_settings_pause')}</button>
        {error ? <p id="pause-err" class="error" role="alert">{error}</p> : null}
      </form>
    </section>
  );
}

export function PrivacyView() {
  return (
    <section aria-labelledby="privacy-h" class="prose">
      <h2 id="privacy-h">{t('ui_nav_privacy')}</h2>
      <p><strong>{t('ui_privacy_short')}</strong></p>
      <h3>{t('ui_privacy_storedTitle')}</h3>
      <ul>
        <li>{t('ui_privacy_sites')}</li>
        <li>{t('ui_privacy_evidence')}</li>
        <li>{t('ui_privacy_numbers')}</li>
        <li>{t('ui_privacy_settings')}</li>
      </ul>
      <h3>{t('ui_privacy_neverTitle')}</h3>
      <ul>
        <li>{t('ui_privacy_noValues')}</li>
        <li>{t('ui_privacy_noQuery')}</li>
        <li>{t('ui_privacy_noNetwork')}</li>
        <li>{t('ui_privacy_private')}</li>
      </ul>
      <h3>{t('ui_privacy_controlTitle')}</h3>
      <p>{t('ui_privacy_control')}</p>
      <h3>{t('safety_erase_title')}</h3>
      <p>{t('safety_erase_what')}</p>
      <ConfirmButton
        label={t('safety_erase_button')}
        question={t('safety_erase_question')}
        confirm={t('safety_erase_yes')}
        done={t('safety_erase_done')}
        onConfirm={() => eraseEverything(getDb())}
      />
    </section>
  );
}

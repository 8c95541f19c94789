// Import → "SMS backup": read an Android XML backup, an iPhone sms.db or pasted texts, show the
// services that sent codes (count, first and last date) and the names to confirm or dismiss,
// then write evidence 'sms' for the chosen number. Nothing is written before the person says so.
import { useRef, useState } from 'preact/hooks';
import { entryForSite, searchCatalog } from '@/utils/catalog/lookup';
import { getDb } from '@/utils/db';
import { t, uiLanguage } from '@/utils/i18n';
import { SmsImportError } from '@/utils/sms/errors';
import { readSmsFile, readSmsText, writeSmsEvidence } from '@/utils/sms/import';
import type { ServiceTally, SmsSummary } from '@/utils/sms/tally';
import { markBeforeImport, type ImportMark } from '@/utils/inventory/undo';
import { ImportAdded } from '../inventory/ImportAdded';
import { useLive } from '../useLive';
import '../inventory/inventory.css';

type State =
  | { step: 'idle' }
  | { step: 'reading'; fraction: number }
  | { step: 'review'; summary: SmsSummary }
  | { step: 'done'; added: number; mark: ImportMark }
  | { step: 'error'; message: string };

const day = (ms: number) => (ms ? new Date(ms).toLocaleDateString() : '?');

function errorText(e: unknown): string {
  if (e instanceof SmsImportError) return t(e.code, e.params);
  return t('sms_err_failed');
}

function siteLabel(site: string): string {
  const e = entryForSite(site);
  return (uiLanguage() === 'zh' ? e?.name.zh : undefined) ?? e?.name.en ?? site;
}

export function SmsImport() {
  const numbers = useLive(() => getDb().numbers.toArray());
  const [state, setState] = useState<State>({ step: 'idle' });
  const [numberId, setNumberId] = useState('');
  const [sim, setSim] = useState('');
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  /** Unresolved name -> site the person chose for it, or null when dismissed. */
  const [decided, setDecided] = useState<Map<string, string | null>>(new Map());
  const [pasted, setPasted] = useState('');
  const abort = useRef<AbortController | null>(null);

  const chosenNumber = numberId || numbers?.[0]?.id || '';

  const start = async (run: (signal: AbortSignal) => Promise<SmsSummary>) => {
    abort.current = new AbortController();
    setState({ step: 'reading', fraction: 0 });
    setSkipped(new Set());
    setDecided(new Map());
    try {
      const summary = await run(abort.current.signal);
      setSim([...summary.sims.keys()][0] ?? '');
      setState({ step: 'review', summary });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') setState({ step: 'idle' });
      else setState({ step: 'error', message: errorText(e) });
    }
  };

  const onFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void start((signal) =>
      readSmsFile(file, { signal, onProgress: (fraction) => setState({ step: 'reading', fraction }) }),
    );
  };

  const onPaste = () => {
    void start(async () => readSmsText(pasted));
  };

  if (numbers && numbers.length === 0) {
    return (
      <section class="inv-section" aria-labelledby="sms-title">
        <h2 id="sms-title">{t('sms_title')}</h2>
        <p class="inv-hint">{t('sms_intro')}</p>
        <p>
          {t('sms_need_number')} <a href="#numbers">{t('sms_add_number')}</a>
        </p>
      </section>
    );
  }

  const review = state.step === 'review' ? state.summary : null;
  const tally = review?.sims.get(sim) ?? (review ? [...review.sims.values()][0] : undefined);
  const services = tally ? [...tally.sites].sort((a, b) => b[1].count - a[1].count) : [];
  const names = tally ? [...tally.names].sort((a, b) => b[1].count - a[1].count) : [];
  const open = names.filter(([n]) => !decided.has(n));

  const write = async () => {
    const chosen = new Map<string, ServiceTally>();
    for (const [site, tl] of services) if (!skipped.has(site)) chosen.set(site, tl);
    for (const [name, tl] of names) {
      const site = decided.get(name);
      if (!site) continue;
      const prev = chosen.get(site);
      chosen.set(site, prev
        ? { count: prev.count + tl.count, first: Math.min(prev.first, tl.first), last: Math.max(prev.last, tl.last) }
        : tl);
    }
    try {
      const mark = await markBeforeImport(getDb());
      const added = await writeSmsEvidence(getDb(), [...chosen].map(([site, tl]) => ({ site, tally: tl })), chosenNumber);
      setState({ step: 'done', added, mark });
    } catch (e) {
      setState({ step: 'error', message: errorText(e) });
    }
  };

  return (
    <section class="inv-section" aria-labelledby="sms-title">
      <h2 id="sms-title">{t('sms_title')}</h2>
      <p class="inv-hint">{t('sms_intro')}</p>
      <p class="inv-hint">{t('sms_privacy')}</p>
      <div class="inv-form">
        <label>
          {t('sms_number')}
          <select value={chosenNumber} onChange={(e) => setNumberId(e.currentTarget.value)}>
            {(numbers ?? []).map((n) => (
              <option key={n.id} value={n.id}>
                {n.label} (…{n.suffix})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sms_file')}
          <input type="file" accept=".xml,.db,.sqlite,text/xml,application/xml" disabled={state.step === 'reading'}
            onChange={(e) => onFile(e.currentTarget)} />
        </label>
      </div>
      <details>
        <summary>{t('sms_paste_title')}</summary>
        <label class="sms-paste">
          {t('sms_paste_label')}
          <textarea rows={5} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        </label>
        <button type="button" disabled={!pasted.trim() || state.step === 'reading'} onClick={onPaste}>
          {t('sms_paste_read')}
        </button>
      </details>
      {state.step === 'reading' && (
        <p>
          <progress class="inv-progress" max={1} value={state.fraction} aria-label={t('sms_reading')} />{' '}
          <button type="button" onClick={() => abort.current?.abort()}>{t('sms_cancel')}</button>
        </p>
      )}
      {state.step === 'error' && <p class="inv-error" role="alert">{state.message}</p>}
      {state.step === 'done' && <p role="status">{t('sms_done', [state.added])}</p>}
      {state.step === 'done' && <ImportAdded mark={state.mark} />}
      {review && tally && (
        <div class="inv-report" role="status" data-sms-review>
          <p>{t('sms_read', [review.total, review.sent, tally.messages])}</p>
          {review.sims.size > 1 && (
            <label>
              {t('sms_sim')}{' '}
              <select value={sim} onChange={(e) => setSim(e.currentTarget.value)}>
                {[...review.sims].map(([id, s]) => (
                  <option key={id} value={id}>{t('sms_sim_option', [id || '?', s.messages])}</option>
                ))}
              </select>
            </label>
          )}
          <h3>{t('sms_services', [services.length])}</h3>
          {services.length === 0 ? (
            <p class="inv-hint">{t('sms_none')}</p>
          ) : (
            <ul class="inv-results" data-sms-services>
              {services.map(([site, tl]) => (
                <li key={site} data-site={site}>
                  <label>
                    <input type="checkbox" checked={!skipped.has(site)}
                      onChange={(e) => {
                        const next = new Set(skipped);
                        if (e.currentTarget.checked) next.delete(site);
                        else next.add(site);
                        setSkipped(next);
                      }} />
                    {siteLabel(site)}
                  </label>
                  <span class="inv-hint">{t('sms_tally', [tl.count, day(tl.first), day(tl.last)])}</span>
                </li>
              ))}
            </ul>
          )}
          {names.length > 0 && (
            <>
              <h3>{t('sms_names', [open.length])}</h3>
              <p class="inv-hint">{t('sms_names_hint')}</p>
              <ul class="inv-results" data-sms-names>
                {names.map(([name, tl]) => (
                  <NameRow key={name} name={name} tally={tl} decision={decided.get(name)}
                    onDecide={(site) => setDecided(new Map(decided).set(name, site))} />
                ))}
              </ul>
            </>
          )}
          <button type="button" onClick={() => void write()}>
            {t('sms_write', [services.length - [...skipped].filter((s) => tally.sites.has(s)).length + [...decided.values()].filter(Boolean).length])}
          </button>
        </div>
      )}
    </section>
  );
}

function NameRow({ name, tally, decision, onDecide }: {
  name: string;
  tally: ServiceTally;
  decision: string | null | undefined;
  onDecide: (site: string | null) => void;
}) {
  const matches = searchCatalog(name, 4);
  const [pick, setPick] = useState(matches[0]?.site ?? '');
  return (
    <li data-name={name}>
      <span>{name}</span>
      <span class="inv-hint">{t('sms_tally', [tally.count, day(tally.first), day(tally.last)])}</span>
      {decision === undefined ? (
        <>
          {matches.length > 0 && (
            <>
              <select aria-label={t('sms_confirm_as', [name])} value={pick} onChange={(e) => setPick(e.currentTarget.value)}>
                {matches.map((m) => <option key={m.site} value={m.site}>{m.name.en} ({m.site})</option>)}
              </select>
              <button type="button" onClick={() => onDecide(pick)}>{t('sms_confirm')}</button>
            </>
          )}
          <button type="button" onClick={() => onDecide(null)}>{t('sms_dismiss')}</button>
        </>
      ) : decision ? (
        <span>{t('sms_confirmed', [siteLabel(decision)])}</span>
      ) : (
        <span>{t('sms_dismissed')}</span>
      )}
    </li>
  );
}

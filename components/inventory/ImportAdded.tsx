// The end of every import (history, password CSV, backup, SMS): the sites it added, by name,
// and one Undo that takes the import back (utils/inventory/undo.ts).
import { useEffect, useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import type { SiteRow } from '@/utils/db/schema';
import { t, uiLanguage } from '@/utils/i18n';
import { sitesAddedSince, undoImport, type ImportMark } from '@/utils/inventory/undo';
import { pluralKey } from '@/utils/plural';
import { siteName } from '../common/words';
import { errorText } from './errors';
import './inventory.css';

type State =
  | { step: 'loading' }
  | { step: 'shown'; added: SiteRow[] }
  | { step: 'undoing'; added: SiteRow[] }
  | { step: 'undone'; removed: number }
  | { step: 'error'; message: string };

export function ImportAdded({ mark, onUndone }: { mark: ImportMark; onUndone?: (removed: string[]) => void }) {
  const [state, setState] = useState<State>({ step: 'loading' });
  const lang = uiLanguage();

  useEffect(() => {
    let live = true;
    const db = getDb();
    void sitesAddedSince(db, mark)
      .then(async (sites) => (await db.sites.bulkGet(sites)).filter((r): r is SiteRow => !!r))
      .then((added) => live && setState({ step: 'shown', added }))
      .catch((e: unknown) => live && setState({ step: 'error', message: errorText(e) }));
    return () => void (live = false);
  }, [mark]);

  const undo = async (added: SiteRow[]) => {
    setState({ step: 'undoing', added });
    try {
      const removed = await undoImport(getDb(), mark);
      setState({ step: 'undone', removed: removed.length });
      onUndone?.(removed);
    } catch (e) {
      setState({ step: 'error', message: errorText(e) });
    }
  };

  if (state.step === 'loading') return null;
  if (state.step === 'error') return <p class="inv-error" role="alert">{state.message}</p>;
  if (state.step === 'undone') {
    return <p role="status">{t(pluralKey('undo_import_done', state.removed, lang), [state.removed])}</p>;
  }
  const { added } = state;
  return (
    <div class="inv-added">
      <p role="status">
        {added.length ? t(pluralKey('add_import_added', added.length, lang), [added.length]) : t('add_import_none')}
      </p>
      {added.length > 0 && (
        <ul aria-label={t('add_import_list')}>
          {added.map((r) => (
            <li key={r.site}>{siteName(r)}</li>
          ))}
        </ul>
      )}
      <button type="button" disabled={state.step === 'undoing'} onClick={() => void undo(added)}>
        {t('undo_import')}
      </button>
    </div>
  );
}

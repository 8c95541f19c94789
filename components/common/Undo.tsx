// The notice after a status change, with Undo: a misclick in the Done menu costs one click.
// One notice at a time for the whole page; any screen offers it, the page shows it once.
import { useEffect, useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { restoreStatus, type StatusBefore } from '@/utils/inventory/status';
import type { Status } from '@/utils/types';
import { statusWord } from './words';

export interface UndoOffer {
  site: string;
  name: string;
  status: Status;
  before: StatusBefore;
}

/** How long the notice stays: long enough to read and reach Undo. */
export const UNDO_MS = 15_000;

let current: UndoOffer | null = null;
const listeners = new Set<(o: UndoOffer | null) => void>();

export function offerUndo(o: UndoOffer | null): void {
  current = o;
  for (const l of listeners) l(o);
}

export function UndoNotice() {
  const [offer, setOffer] = useState<UndoOffer | null>(current);
  useEffect(() => {
    listeners.add(setOffer);
    return () => void listeners.delete(setOffer);
  }, []);
  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(() => offerUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [offer]);
  if (!offer) return <div class="undo-slot" role="status" aria-live="polite" />;
  const undo = () => {
    offerUndo(null);
    restoreStatus(getDb(), offer.site, offer.before).catch((e: unknown) => console.error('[rebind] undo failed', e));
  };
  return (
    <div class="undo-slot undo" role="status" aria-live="polite">
      <span>{t('ui_undo_marked', [offer.name, statusWord(offer.status)])}</span>
      <button type="button" class="secondary" onClick={undo}>
        {t('ui_undo')}
      </button>
      <button type="button" class="link" aria-label={t('ui_close')} onClick={() => offerUndo(null)}>
        ×
      </button>
    </div>
  );
}

// A button for something that cannot be undone: the first press asks, in words, and only the
// second (a separate, focused button) does it. Escape or "Cancel" steps back.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface ConfirmButtonProps {
  label: string;
  /** The question, naming what will be lost. */
  question: string;
  /** Text of the button that does it. */
  confirm: string;
  onConfirm: () => Promise<unknown>;
  /** Said after it is done. */
  done?: string;
}

export function ConfirmButton({ label, question, confirm, onConfirm, done }: ConfirmButtonProps) {
  const [state, setState] = useState<'idle' | 'asking' | 'working' | 'done' | 'failed'>('idle');
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state === 'asking') yes.current?.focus();
  }, [state]);
  const run = () => {
    setState('working');
    onConfirm().then(
      () => setState('done'),
      (e: unknown) => {
        console.error('[rebind] could not erase', e);
        setState('failed');
      },
    );
  };
  if (state === 'idle' || state === 'done' || state === 'failed') {
    return (
      <div class="confirm">
        <button type="button" class="danger" onClick={() => setState('asking')}>
          {label}
        </button>
        {state === 'done' && done ? <p role="status">{done}</p> : null}
        {state === 'failed' ? <p class="error" role="alert">{t('safety_eraseFailed')}</p> : null}
      </div>
    );
  }
  return (
    <div class="confirm" role="alertdialog" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && setState('idle')}>
      <p>{question}</p>
      <button type="button" class="danger" ref={yes} disabled={state === 'working'} onClick={run}>
        {confirm}
      </button>{' '}
      <button type="button" class="secondary" onClick={() => setState('idle')}>
        {t('inv_cancel')}
      </button>
    </div>
  );
}

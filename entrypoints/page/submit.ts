// Evidence of an account: a form the detector marked (it marks account forms only) was
// submitted. Only the form's kinds are reported, never what was typed. When the person
// registered numbers, a phone field's value is compared in memory (salted hash) as it
// changes, and only the matching id is kept.
import type { FormFinding } from '@/utils/detect';
import type { NumberHint, SubmitPayload } from '@/utils/messages/protocol';
import { matchTyped } from '@/utils/numbers/hash';

export interface SubmitDeps {
  doc: Document;
  forms(): readonly FormFinding[];
  hints(): Promise<readonly NumberHint[]>;
  report(p: SubmitPayload): void;
  listen(target: EventTarget, type: string, fn: (e: Event) => void): void;
  now(): number;
}

/** One report per form per this many ms: a click and the submit it causes are one event. */
const SAME_SUBMIT_MS = 2000;

export function watchSubmits(d: SubmitDeps): void {
  const matched = new WeakMap<FormFinding, string>();
  const reported = new WeakMap<FormFinding, number>();

  const reportForm = (f: FormFinding) => {
    const last = reported.get(f);
    if (last !== undefined && d.now() - last < SAME_SUBMIT_MS) return;
    reported.set(f, d.now());
    const numberId = matched.get(f);
    d.report(numberId ? { kinds: f.kinds, numberId } : { kinds: f.kinds });
  };

  d.listen(d.doc, 'submit', (e) => {
    const form = e.target;
    const f = d.forms().find((x) => x.form && x.form === form);
    if (f) reportForm(f);
  });

  // Single-page apps often never fire "submit": a click on the form's button counts.
  d.listen(d.doc, 'click', (e) => {
    const t = e.target instanceof Element ? e.target.closest('button,input,[role=button]') : null;
    if (!t) return;
    const f = d.forms().find((x) => x.submitters.includes(t as HTMLElement));
    if (f) reportForm(f);
  });

  // Compare a typed number while it is typed, so the submit report goes out at once.
  d.listen(d.doc, 'change', (e) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement)) return;
    const f = d.forms().find((x) => x.phoneInputs.includes(input));
    if (!f) return;
    const typed = input.value;
    void d.hints().then(async (hints) => {
      if (!hints.length) return;
      const id = await matchTyped(typed, hints);
      if (id) matched.set(f, id);
      else matched.delete(f);
    });
  });
}

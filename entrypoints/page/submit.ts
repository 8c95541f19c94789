// Evidence of an account: a form the detector marked (it marks account forms only) was
// submitted. Only the form's kinds are reported, plus the digits typed into its phone field:
// the background compares those with the registered numbers (HMAC, utils/numbers/mac.ts) and
// drops them. The page gets nothing back, and nothing typed is kept here beyond the form's life.
import type { FormFinding } from '@/utils/detect';
import type { SubmitPayload } from '@/utils/messages/protocol';
import { typedDigits as digitsOf } from '@/utils/numbers/typed';

export interface SubmitDeps {
  doc: Document;
  forms(): readonly FormFinding[];
  report(p: SubmitPayload): void;
  listen(target: EventTarget, type: string, fn: (e: Event) => void): void;
  now(): number;
}

/** One report per form per this many ms: a click and the submit it causes are one event. */
const SAME_SUBMIT_MS = 2000;

export function watchSubmits(d: SubmitDeps): void {
  // The last phone-like value typed per form, in case a page clears the field before submitting.
  const typed = new WeakMap<FormFinding, string>();
  const reported = new WeakMap<FormFinding, number>();

  const typedNow = (f: FormFinding): string | undefined => {
    for (const input of f.phoneInputs) {
      const digits = digitsOf(input.value);
      if (digits) return digits;
    }
    return typed.get(f);
  };

  const reportForm = (f: FormFinding) => {
    const last = reported.get(f);
    if (last !== undefined && d.now() - last < SAME_SUBMIT_MS) return;
    reported.set(f, d.now());
    const digits = typedNow(f);
    typed.delete(f);
    d.report(digits ? { kinds: f.kinds, typed: digits } : { kinds: f.kinds });
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

  d.listen(d.doc, 'change', (e) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement)) return;
    const f = d.forms().find((x) => x.phoneInputs.includes(input));
    if (!f) return;
    const digits = digitsOf(input.value);
    if (digits) typed.set(f, digits);
    else typed.delete(f);
  });
}

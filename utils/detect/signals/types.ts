// What a signal sees. A form signal looks at one group of controls (a <form>, or the
// formless controls of one document or shadow root) and at the page; a page signal at the page.
import type { Control } from '../collect';

export interface GroupView {
  form: HTMLFormElement | null;
  controls: Control[];
  /** what the group's submit buttons say, then its headings and legends: lower case */
  text: string;
}

export interface PageView {
  /** the title, the first headings and the URL path folded to words ("account sign in") */
  text: string;
  /** the first headings alone */
  headings: string;
  controls: Control[];
  /** visible digits of masked phone numbers shown on the page */
  masked: string[];
  /** the words around a masked number name two-step verification ("2FA by SMS to ••• 4821") */
  maskedMfa?: boolean;
  /** a tail too short to be phone-shaped ("sent to ••• 42"), no e-mail: where a code went */
  maskedTail?: boolean;
  /** short texts of the page, lower case (notices, option labels, totals); empty on pages not read */
  prose: readonly string[];
  /** a visible password field anywhere on the page */
  password?: boolean;
  /** a visible sign-out control: the person is signed in */
  signedIn?: boolean;
}

export interface FormSignal {
  id: string;
  form(group: GroupView, page: PageView): boolean;
}

export interface PageSignal {
  id: string;
  page(page: PageView): boolean;
}

export type Signal = FormSignal | PageSignal;

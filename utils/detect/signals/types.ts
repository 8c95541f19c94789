// What a signal sees. A form signal looks at one group of controls (a <form>, or the
// formless controls of one document or shadow root) and at the page; a page signal at the page.
import type { Control } from '../collect';

export interface GroupView {
  key: Node;
  form: HTMLFormElement | null;
  controls: Control[];
  /** what the group's submit buttons say, lower case */
  submitText: string;
  /** headings and legends inside the form, lower case */
  headText: string;
}

export interface PageView {
  url: URL | null;
  /** the URL path folded to words: "/account/sign-in" -> "account sign in" */
  pathText: string;
  title: string;
  /** the page's first headings */
  headings: string;
  controls: Control[];
  /** visible digits of masked phone numbers shown on the page */
  masked: string[];
}

export interface FormSignal {
  id: string;
  scope: 'form';
  test(group: GroupView, page: PageView): boolean;
}

export interface PageSignal {
  id: string;
  scope: 'page';
  test(page: PageView): boolean;
}

export type Signal = FormSignal | PageSignal;

// What a form or a page is for, from its own words: a form's submit buttons and headings;
// a page's title, first headings and URL path. One signal per role and place.
import { says, type Concept } from '../lexicon';
import type { FormSignal, PageSignal } from './types';

/** Roles in priority order: a form saying both "sign in" and "cart" is a sign-in. */
export const ROLES = ['recovery', 'mfa', 'signup', 'login', 'settings', 'commerce', 'contact'] as const;
export type Role = (typeof ROLES)[number];

const CONCEPT: Record<Role, Concept> = {
  recovery: 'recovery',
  mfa: 'mfa',
  signup: 'signup',
  login: 'login',
  settings: 'settings',
  commerce: 'commerce',
  contact: 'contact',
};

function formRole(role: Role): FormSignal {
  const concept = CONCEPT[role];
  return {
    id: `form-${role}`,
    scope: 'form',
    test: (g) => says(concept, g.submitText) || says(concept, g.headText),
  };
}

function pageRole(role: Role): PageSignal {
  const concept = CONCEPT[role];
  return {
    id: `page-${role}`,
    scope: 'page',
    test: (p) => says(concept, p.title) || says(concept, p.headings) || says(concept, p.pathText),
  };
}

export const formRoles: FormSignal[] = ROLES.map(formRole);
export const pageRoles: PageSignal[] = ROLES.map(pageRole);

// What a form or a page is for, from its own words: a form's submit buttons and headings;
// a page's title, first headings and URL path. One signal per role and place.
import { says } from '../lexicon';
import type { FormSignal, PageSignal } from './types';

/** Roles in priority order: a form saying both "sign in" and "cart" is a sign-in. Each is a lexicon concept. */
export const ROLES = ['recovery', 'mfa', 'signup', 'login', 'settings', 'commerce', 'contact'] as const;
export type Role = (typeof ROLES)[number];

export const formRoles = ROLES.map((r): FormSignal => ({ id: `form-${r}`, form: (g) => says(r, g.text) }));
export const pageRoles = ROLES.map((r): PageSignal => ({ id: `page-${r}`, page: (p) => says(r, p.text) }));

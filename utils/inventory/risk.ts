// How dangerous the number's use is: SMS-only sign-in and SMS recovery before 2FA, weighted by
// category. The checklist orders by impact and certainty first (checklist.ts); this breaks ties.
import type { Category } from '../catalog/types';
import type { Kind } from '../types';

const KIND_WEIGHT: Record<Kind, number> = {
  'login-otp': 40,
  'recovery-phone': 38,
  'login-phone': 30,
  'mfa-sms': 20,
  'account-phone': 15,
  'bound-number': 10,
  'contact-phone': 1,
};

const CATEGORY_WEIGHT: Partial<Record<Category, number>> = {
  payment: 100,
  banking: 100,
  crypto: 90,
  government: 70,
  email: 60,
  messaging: 50,
  social: 40,
  shopping: 30,
  cloud: 30,
};

/** Higher is riskier. Category dominates; within it, the worst kind, then how many kinds. */
export function riskScore(kinds: readonly Kind[], category?: Category): number {
  const worst = kinds.reduce((m, k) => Math.max(m, KIND_WEIGHT[k] ?? 0), 0);
  const spread = Math.min(kinds.length, 5);
  return (category ? (CATEGORY_WEIGHT[category] ?? 0) : 0) + worst + spread / 10;
}

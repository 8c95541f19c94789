// Risk order: payment and banking first; SMS-only sign-in and SMS recovery before 2FA.
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

export const RISK_TIERS = ['critical', 'high', 'medium', 'low'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];

/**
 * Tiers of riskScore. Category weighs 30..100 and the worst kind 1..40, so: critical =
 * payment, banking, crypto, or email/government with SMS sign-in or recovery; high = SMS
 * sign-in or recovery anywhere (>= 38); medium = number as login, SMS 2FA, number asked at
 * sign-up; low = only shown or contact data.
 */
export function riskTier(score: number): RiskTier {
  if (score >= 90) return 'critical';
  if (score >= 38) return 'high';
  if (score >= 15) return 'medium';
  return 'low';
}

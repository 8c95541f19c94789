// A masked number shown as the account's second factor ("Two-step verification: text
// message to ••• 4821", "两步验证 尾号5678"): SMS 2FA is on, on that number.
import { MASKED_MFA } from './ids';
import type { PageSignal } from './types';

export const masked2fa: PageSignal = { id: MASKED_MFA, page: (p) => !!p.maskedMfa && p.masked.length > 0 };

// A code-entry step that shows only the tail of the number the code went to: "We sent a code
// to ••• 42". Too short to read as a masked phone number (masked-number), it still says a phone
// receives this account's codes when a code field is asked (decide.ts).
import { MASKED_TAIL } from './ids';
import type { PageSignal } from './types';

export const maskedTail: PageSignal = { id: MASKED_TAIL, page: (p) => !!p.maskedTail && p.masked.length === 0 };

// The page shows a masked phone number ("138****5678", "ending in 34"): a number is bound.
import { MASKED } from './ids';
import type { PageSignal } from './types';

export const maskedNumber: PageSignal = { id: MASKED, page: (p) => p.masked.length > 0 };

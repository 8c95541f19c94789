// The storage key content scripts read to know a guide tab may be open (see tabs.ts).
export const GUIDE_PENDING_KEY = 'guidePendingUntil';

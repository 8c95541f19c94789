// The files WXT builds for the guide overlay (injected into guide tabs only, in this order):
// the detector's word lists (entrypoints/words.ts, shared with the content script's pages),
// then entrypoints/guide-overlay.ts, which reads them for masked numbers.
export const GUIDE_OVERLAY_FILES: ['/words.js', '/guide-overlay.js'] = ['/words.js', '/guide-overlay.js'];

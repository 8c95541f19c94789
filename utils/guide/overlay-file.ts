// The file WXT builds from entrypoints/guide-overlay.ts (injected into guide tabs only).
export const GUIDE_OVERLAY_FILE = '/guide-overlay.js';

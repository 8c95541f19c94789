// Runs on every page: detect, report the finding, never block the page.
import { detectPage } from '@/utils/detect';
import { sendMessage } from '@/utils/messages/protocol';
import { startGuideOverlay } from '@/utils/guide/content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startGuideOverlay(ctx);
    let lastKey = '';
    const run = () => {
      if (!ctx.isValid) return;
      const finding = detectPage(document, location.href);
      const key = finding.kinds.join() + '|' + finding.masked.join();
      if (!finding.kinds.length || key === lastKey) return;
      lastKey = key;
      sendMessage('cs-bg-finding', finding).catch(() => undefined);
    };
    ctx.requestIdleCallback(run, { timeout: 2000 });
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(run, 300));
  },
});

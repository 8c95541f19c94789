// Injected by the background (scripting.executeScript) only into a tab the person opened from
// Rebind's "open settings page": points at the phone section. Never part of the content
// script that runs on every page.
import { showGuide } from '@/utils/guide/content';
import { send } from './page/send';

export default defineUnlistedScript(() => {
  // Injected again after each navigation of the tab; one question to the background at a time.
  const scope = globalThis as unknown as { __rebindGuideAsking?: boolean };
  if (scope.__rebindGuideAsking) return;
  scope.__rebindGuideAsking = true;
  void showGuide(document, (type) => send(type), new AbortController().signal).finally(() => {
    scope.__rebindGuideAsking = false;
  });
});

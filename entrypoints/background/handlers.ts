// Message handlers of the background. Every message is checked (validate.ts) and the
// site comes from the sender, never from the payload: a page can only speak for itself.
import { browser, type Browser } from 'wxt/browser';
import { siteForHost } from '@/utils/catalog/lookup';
import { getDb } from '@/utils/db';
import { guideHint, markChangedFromPage } from '@/utils/guide/background';
import { mergeObservations } from '@/utils/inventory/merge';
import { checkPayload, checkShape } from '@/utils/messages/validate';
import { onMessage, type FindingPayload, type SubmitPayload } from '@/utils/messages/protocol';
import { pausedSites, recordPrivate } from '@/utils/settings';
import { isWebUrl, stripUrl } from '@/utils/url';
import type { Strength } from '@/utils/types';

type Sender = Browser.runtime.MessageSender;

export interface SenderPage {
  site: string;
  url: string;
}

/** The page a content script speaks for, or null when nothing may be recorded from it. */
export async function senderPage(sender: Sender): Promise<SenderPage | null> {
  if (sender.id !== browser.runtime.id) return drop('foreign sender');
  const raw = sender.url ?? sender.tab?.url;
  if (!isWebUrl(raw)) return drop('not a web page');
  if (sender.tab?.incognito && !(await recordPrivate.getValue())) return null;
  const url = stripUrl(raw);
  const site = siteForHost(raw);
  if (!url || !site) return drop('no site');
  if ((await pausedSites.getValue()).includes(site)) return null;
  return { site, url };
}

function drop(reason: string): null {
  console.warn(`[rebind] dropped message: ${reason}`);
  return null;
}

export function findingStrength(f: FindingPayload): Strength {
  if (f.kinds.includes('bound-number') && f.masked.length) return 'bound-number';
  if (f.signedIn) return 'signed-in';
  return 'visited';
}

export async function handleFinding(data: FindingPayload, sender: Sender): Promise<void> {
  const page = await senderPage(sender);
  if (!page || !data.kinds.length) return;
  await mergeObservations(getDb(), [
    {
      site: page.site,
      at: Date.now(),
      source: 'page',
      strength: findingStrength(data),
      kinds: data.kinds,
      url: page.url,
      signals: data.signals,
      masked: data.masked,
    },
  ]);
}

export async function handleSubmit(data: SubmitPayload, sender: Sender): Promise<void> {
  const page = await senderPage(sender);
  if (!page || !data.kinds.length) return;
  const known = data.numberId ? await getDb().numbers.get(data.numberId) : undefined;
  await mergeObservations(getDb(), [
    {
      site: page.site,
      at: Date.now(),
      source: 'submit',
      strength: 'submitted',
      kinds: data.kinds,
      url: page.url,
      ...(known ? { numberId: known.id } : {}),
    },
  ]);
}

function payloadOk(type: 'cs-bg-finding' | 'cs-bg-submit', data: unknown): boolean {
  const verdict = checkPayload(type, data);
  if (!verdict.ok) console.warn(`[rebind] dropped message: ${verdict.reason}`);
  return verdict.ok;
}

/** Registers every handler. Called synchronously in the service worker's first turn. */
export function registerHandlers(): void {
  // Logs what the typed handlers below will never see: unknown types, bad envelopes, giants.
  browser.runtime.onMessage.addListener((message: unknown) => {
    const verdict = checkShape(message);
    if (!verdict.ok) console.warn(`[rebind] dropped message: ${verdict.reason}`);
    return undefined;
  });
  onMessage('cs-bg-finding', ({ data, sender }) => {
    if (!payloadOk('cs-bg-finding', data)) return;
    return handleFinding(data, sender);
  });
  onMessage('cs-bg-submit', ({ data, sender }) => {
    if (!payloadOk('cs-bg-submit', data)) return;
    return handleSubmit(data, sender);
  });
  onMessage('cs-bg-number-hints', async () => {
    const numbers = await getDb().numbers.toArray();
    return numbers.map((n) => ({ id: n.id, salt: n.salt, hash: n.hash, nsnLength: n.nsnLength }));
  });
  // Guidance: only a tab Rebind opened for this very site gets a hint or may mark it changed.
  const guideSender = async (sender: Sender) => ({
    site: (await senderPage(sender))?.site ?? null,
    tabId: sender.tab?.id,
    frameId: sender.frameId,
  });
  onMessage('cs-bg-guide-hint', async ({ sender }) => guideHint(await guideSender(sender)));
  onMessage('cs-bg-mark-changed', async ({ sender }) => {
    await markChangedFromPage(await guideSender(sender));
  });
  // The detector's word lists, into the asking frame only (the content script asks when its
  // page has a candidate control): see entrypoints/words.ts.
  onMessage('cs-bg-words', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/words.js'] });
    return true;
  });
}

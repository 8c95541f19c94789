// Message handlers of the background. Every message is checked (validate.ts) and the
// site comes from the sender, never from the payload: a page can only speak for itself.
import { browser, type Browser } from 'wxt/browser';
import { siteForHost } from '@/utils/catalog/lookup';
import { getDb } from '@/utils/db';
import { noteWriteFailure } from '@/utils/db/health';
import { changedFromPage, confirmUrl, guideHint, guideOffer } from '@/utils/guide/background';
import { originOf } from '@/utils/guide/tabs';
import { mergeObservations } from '@/utils/inventory/merge';
import { checkEnvelope, checkShape } from '@/utils/messages/validate';
import { matchTypedIn } from '@/utils/numbers/mac';
import { MESSAGE_TYPES, onMessage, type FindingPayload, type ProtocolMap, type SubmitPayload } from '@/utils/messages/protocol';
import { pausedSites, recordPrivate } from '@/utils/settings';
import { answer } from '@/utils/detect/lexicon';
import { isWebUrl, recordableHost, stripUrl } from '@/utils/url';
import { reportAllowed } from './rate-limit';
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
  if (!recordableHost(raw)) return null; // IP addresses and intranet names are never recorded
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

/**
 * Runs a page's write; a failure (a full disk, a database that can't be written) is recorded
 * for the screens to show, and still rejects: the page hears the refusal and does not resend
 * (send.ts sendKept), so a dismissed message stays dismissed.
 */
async function savingFor(site: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (e) {
    await noteWriteFailure(e, 'save', site);
    throw e;
  }
}

export async function handleFinding(data: FindingPayload, sender: Sender): Promise<void> {
  const page = await senderPage(sender);
  if (!page || !data.kinds.length) return;
  await savingFor(page.site, () => mergeObservations(getDb(), [
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
  ]));
}

export async function handleSubmit(data: SubmitPayload, sender: Sender): Promise<void> {
  const page = await senderPage(sender);
  if (!page || !data.kinds.length) return;
  await savingFor(page.site, async () => {
    // The typed digits live only in this call: matched against the macs, then dropped.
    const numberId = data.typed ? await matchTypedIn(getDb(), data.typed) : undefined;
    await mergeObservations(getDb(), [
      {
        site: page.site,
        at: Date.now(),
        source: 'submit',
        strength: 'submitted',
        kinds: data.kinds,
        url: page.url,
        ...(numberId ? { numberId } : {}),
      },
    ]);
  });
}

type Handler<K extends keyof ProtocolMap> = Parameters<typeof onMessage<K>>[1];

/**
 * A typed handler that runs only for a whole, valid message: envelope (id, type, timestamp),
 * size and payload (validate.ts checkEnvelope). Anything else is dropped here, before the handler.
 */
export function guarded<K extends keyof ProtocolMap>(handler: Handler<K>): Handler<K> {
  return ((message: Parameters<Handler<K>>[0]) => {
    const { sender: _sender, ...envelope } = message as Parameters<Handler<K>>[0] & { sender?: unknown };
    const verdict = checkEnvelope(envelope);
    if (!verdict.ok) return void drop(verdict.reason);
    return handler(message);
  }) as Handler<K>;
}

/** Reports (findings, submits) are counted per tab: a page that floods is cut off for a minute. */
function withinRate(sender: Sender): boolean {
  if (reportAllowed(sender.tab?.id ?? -1)) return true;
  drop('too many reports from this tab');
  return false;
}

/** Registers every handler. Called synchronously in the service worker's first turn. */
export function registerHandlers(): void {
  // Logs what no typed handler will see (unknown types, no type at all); the typed handlers
  // below drop the rest through guarded().
  browser.runtime.onMessage.addListener((message: unknown) => {
    const verdict = checkShape(message);
    const m = (message ?? {}) as { type?: unknown; timestamp?: unknown };
    const reachesGuard = MESSAGE_TYPES.includes(m.type as never) && typeof m.timestamp === 'number';
    if (!verdict.ok && !reachesGuard) drop(verdict.reason);
    return undefined;
  });
  onMessage('cs-bg-finding', guarded(({ data, sender }) => (withinRate(sender) ? handleFinding(data, sender) : undefined)));
  onMessage('cs-bg-submit', guarded(({ data, sender }) => (withinRate(sender) ? handleSubmit(data, sender) : undefined)));
  // Guidance: only a tab Rebind opened, on the exact origin it opened, gets a hint, one offer,
  // and a "mark changed" that the person then confirms in the dashboard.
  const guideSender = async (sender: Sender) => ({
    origin: (await senderPage(sender)) ? originOf(sender.url ?? sender.tab?.url) : null,
    tabId: sender.tab?.id,
    frameId: sender.frameId,
  });
  onMessage('cs-bg-guide-hint', guarded(async ({ sender }) => guideHint(await guideSender(sender))));
  onMessage('cs-bg-guide-offer', guarded(async ({ sender }) => guideOffer(await guideSender(sender))));
  onMessage('cs-bg-mark-changed', guarded(async ({ sender }) => {
    const site = await changedFromPage(await guideSender(sender));
    if (site) await browser.tabs.create({ url: confirmUrl(browser.runtime.getURL('/options.html'), site) });
  }));
  // The detector's word lists live here, not in every page: a content script sends the texts
  // its scan collected and gets back the concepts each names (utils/detect/lexicon).
  onMessage('cs-bg-says', guarded(({ data, sender }) => {
    if (sender.id !== browser.runtime.id) return void drop('foreign sender');
    const a = answer(data);
    if (!a) throw new Error('no word lists');
    return a;
  }));
}

// The one message protocol. Names say who talks to whom: cs = content script,
// bg = background, ui = popup/dashboard/print pages. Payloads are validated by the
// receiver (utils/messages/validate.ts); the site is always derived from the sender.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Kind } from '../types';
import type { Answers, Ask } from '../detect/lexicon';

export interface FindingPayload {
  kinds: Kind[];
  confidence: number;
  signals: string[];
  masked: string[];
  signedIn?: boolean;
}

export interface SubmitPayload {
  /** Kinds of the form that was submitted (never its other values). */
  kinds: Kind[];
  /**
   * Digits typed into the form's phone field (6 to 17). The background compares them with the
   * registered numbers' macs in memory and drops them: they are never stored or logged.
   */
  typed?: string;
}

/** Where the content script should point when the person arrived from Rebind. */
export interface GuideHint {
  site: string;
  /** Masked numbers the site showed before, to offer "mark changed" when it shows another. */
  knownMasked: string[];
}

export interface ProtocolMap {
  'cs-bg-finding'(data: FindingPayload): void;
  'cs-bg-submit'(data: SubmitPayload): void;
  'cs-bg-guide-hint'(): GuideHint | null;
  /** May the overlay offer "mark changed" now? True once per guide session. */
  'cs-bg-guide-offer'(): boolean;
  /** The person clicked "mark changed" in the overlay: the background asks them in Rebind's own page. */
  'cs-bg-mark-changed'(): void;
  /**
   * The content script asks which concepts the texts its scan collected name (the word lists
   * stay in the background: utils/detect/lexicon).
   */
  'cs-bg-says'(data: Ask): Answers;
}

export const MESSAGE_TYPES = [
  'cs-bg-finding',
  'cs-bg-submit',
  'cs-bg-guide-hint',
  'cs-bg-guide-offer',
  'cs-bg-mark-changed',
  'cs-bg-says',
] as const satisfies readonly (keyof ProtocolMap)[];

// breakError: a malformed message must not throw inside the library; the background's
// own guard (validate.ts) logs why it was dropped.
export const messenger = defineExtensionMessaging<ProtocolMap>({ breakError: true });
export const { sendMessage, onMessage } = messenger;

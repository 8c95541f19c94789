// Real English strings in unit tests: browser.i18n.getMessage backed by public/_locales/en.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const messages = en as unknown as Record<string, Entry>;

export function useEnglish(): void {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const m = messages[key];
    if (!m) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    let text = m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_m, d: string) => list[Number(d) - 1] ?? '');
    });
    text = text.replace(/\$(\d)/g, (_m, d: string) => list[Number(d) - 1] ?? '');
    return text;
  }) as never;
  fakeBrowser.i18n.getUILanguage = (() => 'en-US') as never;
}

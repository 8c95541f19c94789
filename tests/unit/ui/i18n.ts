// Real strings in UI unit tests: browser.i18n backed by public/_locales, as Chromium does it.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';
import zh from '../../../public/_locales/zh_CN/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
export const LOCALES = { en: en as unknown as Record<string, Entry>, zh: zh as unknown as Record<string, Entry> };

export function render(messages: Record<string, Entry>, key: string, subs: (string | number)[] = []): string {
  const m = messages[key];
  if (!m) return '';
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, d: string) => String(subs[Number(d) - 1] ?? ''));
  });
}

export function useLocale(lang: 'en' | 'zh' = 'en'): (key: string, ...subs: (string | number)[]) => string {
  const messages = LOCALES[lang];
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    render(messages, key, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs])) as never;
  fakeBrowser.i18n.getUILanguage = (() => (lang === 'zh' ? 'zh-CN' : 'en-US')) as never;
  return (key, ...subs) => render(messages, key, subs);
}

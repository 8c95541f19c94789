// The one stand-in for the browser's i18n in unit tests: public/_locales read as Chromium reads
// them (named placeholders, $1..$9). A key missing from the file is an error, never '' or the
// key itself: translate() throws, and a key the UI asked for through browser.i18n is collected
// and fails the test (tests/unit/setup.ts), because utils/i18n.ts t() falls back to the key.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
export type Lang = 'en' | 'zh';
export const LOCALES: Record<Lang, Record<string, Entry>> = {
  en: en as unknown as Record<string, Entry>,
  zh: zh as unknown as Record<string, Entry>,
};

/** One message with its substitutions; throws on a key the locale does not have. */
export function translate(lang: Lang, key: string, subs: readonly (string | number)[] = []): string {
  const m = LOCALES[lang][key];
  if (!m) throw new Error(`missing message "${key}" in ${lang}`);
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, d: string) => String(subs[Number(d) - 1] ?? ''));
  });
}

const list = (subs: unknown): (string | number)[] =>
  subs === undefined ? [] : Array.isArray(subs) ? subs : [subs as string];

/** The exporters' translate function (ExportContext.t) in a language. */
export const translator =
  (lang: Lang) =>
  (key: string, subs?: string | number | readonly (string | number)[]): string =>
    translate(lang, key, list(subs));

let missing: string[] = [];

/** Keys asked for through browser.i18n that do not exist, since the last call (setup.ts checks). */
export function takeMissing(): string[] {
  const m = missing;
  missing = [];
  return m;
}

/**
 * Installs the locale as browser.i18n (getMessage, getUILanguage) and returns a translate
 * function for expected texts. tests/unit/setup.ts installs English before every test.
 */
export function useLocale(lang: Lang = 'en'): (key: string, ...subs: (string | number)[]) => string {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    try {
      return translate(lang, key, list(subs));
    } catch (e) {
      missing.push(key);
      throw e;
    }
  }) as never;
  fakeBrowser.i18n.getUILanguage = (() => (lang === 'zh' ? 'zh-CN' : 'en-US')) as never;
  return (key, ...subs) => translate(lang, key, subs);
}

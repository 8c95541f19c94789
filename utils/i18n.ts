// Every UI string goes through the browser's i18n (public/_locales).
import { browser } from 'wxt/browser';

export function t(key: string, subs?: string | (string | number)[]): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  let text = '';
  try {
    text = browser.i18n.getMessage(key as never, list as never);
  } catch {
    text = '';
  }
  return text || key;
}

/** The UI language the browser picked: 'zh' or 'en'. */
export function uiLanguage(): 'zh' | 'en' {
  let lang = '';
  try {
    lang = browser.i18n.getUILanguage();
  } catch {
    lang = '';
  }
  return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

// Plural-aware message keys: "1 account", "2 accounts". Messages that count come as KEY_one and
// KEY_other in public/_locales (Chinese has one form, so both say the same there).
export function pluralKey(key: string, n: number, lang: 'en' | 'zh'): string {
  const form = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en').select(n);
  return `${key}_${form === 'one' ? 'one' : 'other'}`;
}

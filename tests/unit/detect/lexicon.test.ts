import { describe, expect, it } from 'vitest';
import { alternatives, LEXICONS, says } from '@/utils/detect/lexicon';
import { CONCEPTS } from '@/utils/detect/lexicon/types';

describe('lexicons', () => {
  it('cover ten languages, every concept, each alternative a valid pattern', () => {
    expect(Object.keys(LEXICONS).sort()).toEqual(['de', 'en', 'es', 'fr', 'ja', 'ko', 'pt', 'ru', 'zh-Hans', 'zh-Hant']);
    for (const [lang, lex] of Object.entries(LEXICONS))
      for (const c of CONCEPTS) for (const a of alternatives(lex[c])) expect(() => new RegExp(a), `${lang}.${c}: ${a}`).not.toThrow();
    for (const c of CONCEPTS) expect(Object.values(LEXICONS).some((l) => l[c].length > 0)).toBe(true);
  });

  it('splits only at top-level bars', () => {
    expect(alternatives('a|b(?:c|d)|[|]e')).toEqual(['a', 'b(?:c|d)', '[|]e']);
  });

  it.each([
    ['phone', 'mobile number'], ['phone', '手机号'], ['phone', '手機號碼'], ['phone', '電話番号'], ['phone', '휴대폰 번호'],
    ['phone', 'teléfono'], ['phone', 'telefone'], ['phone', 'téléphone'], ['phone', 'handynummer'], ['phone', 'номер телефона'],
    ['sendCode', 'get code'], ['sendCode', '获取验证码'], ['sendCode', '發送驗證碼'], ['sendCode', '認証コードを送信'], ['sendCode', '인증번호 받기'],
    ['sendCode', 'enviar código'], ['sendCode', 'receber código'], ['sendCode', 'envoyer le code'], ['sendCode', 'code senden'], ['sendCode', 'получить код'],
  ])('%s: "%s"', (concept, text) => {
    expect(says(concept as (typeof CONCEPTS)[number], text)).toBe(true);
  });

  it.each([
    ['phone', 'hotel booking'], ['phone', 'tell us more'], ['login', 'blogin'], ['signup', 'rejoin the team'],
  ])('%s does not match inside another word: "%s"', (concept, text) => {
    expect(says(concept as (typeof CONCEPTS)[number], text)).toBe(false);
  });
});

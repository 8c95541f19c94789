import { describe, expect, it } from 'vitest';
import { LEXICONS, says } from '@/utils/detect/lexicon';
import { CONCEPTS } from '@/utils/detect/lexicon/types';

describe('lexicons', () => {
  it('cover ten languages, every concept, each entry a valid lower-case pattern', () => {
    expect(Object.keys(LEXICONS).sort()).toEqual(['de', 'en', 'es', 'fr', 'ja', 'ko', 'pt', 'ru', 'zh-Hans', 'zh-Hant']);
    for (const [lang, lex] of Object.entries(LEXICONS)) {
      // One entry per concept, in order: a missing line would shift every later concept.
      expect(lex.length, lang).toBe(CONCEPTS.length);
      lex.forEach((e, i) => {
        expect(() => new RegExp(e), `${lang}.${CONCEPTS[i]}: ${e}`).not.toThrow();
        expect(e.replace(/\\./g, ''), `${lang}.${CONCEPTS[i]} is matched against lower-cased text`).toBe(e.replace(/\\./g, '').toLowerCase());
      });
    }
    CONCEPTS.forEach((_, i) => expect(Object.values(LEXICONS).some((l) => l[i]!.length > 0)).toBe(true));
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

describe('word ends in every script', () => {
  it.each([
    ['login', 'вход в личный кабинет', true],
    ['login', 'входящие сообщения', false],
    ['code', 'введите код из смс', true],
    ['code', 'кодировка', false],
  ] as const)('%s in "%s" is %s', (concept, text, expected) => {
    expect(says(concept, text)).toBe(expected);
  });
});

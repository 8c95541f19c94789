import { describe, expect, it } from 'vitest';
import { allLexicons, says } from '@/utils/detect/lexicon';

const LEXICONS = allLexicons();
import { CONCEPTS } from '@/utils/detect/lexicon/types';

describe('lexicons', () => {
  it('cover 27 languages, every concept, each entry a valid lower-case pattern', () => {
    expect(Object.keys(LEXICONS).sort()).toEqual([
      'ar', 'cs', 'da', 'de', 'el', 'en', 'es', 'fi', 'fr', 'hu', 'id', 'it', 'ja', 'ko',
      'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sr', 'sv', 'th', 'tr', 'vi', 'zh-Hans', 'zh-Hant',
    ]);
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

// Commerce and contact in every language the lexicons cover (at least 20): a checkout or
// an enquiry in any of them must read as one, so its phone is a contact phone.
describe('commerce and contact words in 27 languages', () => {
  it.each([
    ['en', 'shipping address', 'get in touch'], ['de', 'lieferadresse', 'kontaktformular'], ['es', 'finalizar compra', 'contáctanos'],
    ['fr', 'adresse de livraison', 'demande de devis'], ['pt', 'pagamento', 'fale conosco'], ['ru', 'оформление заказа', 'обратная связь'],
    ['it', 'indirizzo di spedizione', 'contattaci'], ['nl', 'bezorgadres', 'offerte aanvragen'], ['pl', 'dane do wysyłki', 'zapytanie ofertowe'],
    ['cs', 'doprava a platba', 'poptávka'], ['hu', 'szállítási cím', 'kapcsolat'], ['da', 'leveringsadresse', 'henvendelse'],
    ['sv', 'leveransadress', 'förfrågan'], ['no', 'handlekurv', 'henvendelse'], ['fi', 'toimitusosoite', 'ota yhteyttä'],
    ['tr', 'teslimat adresi', 'bize ulaşın'], ['ro', 'adresa de livrare', 'solicitare ofertă'], ['sr', 'adresa za dostavu', 'pošaljite upit'],
    ['el', 'στοιχεία αποστολής', 'επικοινωνία'], ['vi', 'địa chỉ giao hàng', 'liên hệ'], ['id', 'alamat pengiriman', 'hubungi kami'],
    ['th', 'ที่อยู่จัดส่ง', 'ติดต่อเรา'], ['ar', 'عنوان الشحن', 'اتصل بنا'], ['ja', 'お届け先', 'お問い合わせ'], ['ko', '배송지', '문의하기'],
    ['zh-Hans', '收货地址', '联系我们'], ['zh-Hant', '收件地址', '聯絡我們'],
  ])('%s: "%s" is commerce, "%s" contact', (_lang, commerce, contact) => {
    expect(says('commerce', commerce)).toBe(true);
    expect(says('contact', contact)).toBe(true);
  });

  it.each([
    ['it', 'numero di cellulare'], ['nl', 'mobiel nummer'], ['pl', 'numer komórki'], ['fi', 'puhelinnumero'], ['tr', 'cep telefonu'],
    ['el', 'κινητό τηλέφωνο'], ['vi', 'số điện thoại'], ['id', 'nomor hp'], ['th', 'เบอร์โทรศัพท์'], ['ar', 'رقم الجوال'], ['cs', 'telefonní číslo'],
  ])('%s names a phone: "%s"', (_lang, text) => {
    expect(says('phone', text)).toBe(true);
  });

  it('a send-code button is not a shipment, in Greek', () => {
    expect(says('commerce', 'αποστολή κωδικού')).toBe(false);
    expect(says('sendCode', 'αποστολή κωδικού')).toBe(true);
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

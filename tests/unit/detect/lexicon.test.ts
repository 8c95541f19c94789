import { describe, expect, it } from 'vitest';
import { says } from '@/utils/detect/lexicon';
import { allLexicons } from '@/utils/detect/lexicon/data';

const LEXICONS = allLexicons();
import { CONCEPTS } from '@/utils/detect/lexicon/types';

describe('lexicons', () => {
  it('cover 59 languages, every concept, each entry a valid lower-case pattern', () => {
    expect(Object.keys(LEXICONS).sort()).toEqual([
      'ar', 'bg', 'bn', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja', 'ko',
      'lt', 'ms', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sr', 'sv', 'th', 'tr', 'uk', 'vi', 'zh-Hans', 'zh-Hant',
      // round 5
      'az', 'ca', 'eu', 'gl', 'hy', 'is', 'ka', 'kk', 'km', 'lv', 'mn', 'my', 'ne', 'si', 'sl', 'sw', 'ta', 'te', 'tl', 'ur',
      // round 9
      'sq',
    ].sort());
    for (const [lang, lex] of Object.entries(LEXICONS)) {
      // One entry per concept, in order: a missing line would shift every later concept.
      expect(lex.length, lang).toBe(CONCEPTS.length);
      lex.forEach((e, i) => {
        expect(() => new RegExp(e), `${lang}.${CONCEPTS[i]}: ${e}`).not.toThrow();
        // "\b" written with one backslash in a template string is a backspace: it never matches.
        expect(/[\u0000-\u001f]/.test(e), `${lang}.${CONCEPTS[i]} holds a control character: ${JSON.stringify(e)}`).toBe(false);
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

// Two-step verification, SMS or voice options, masked-number endings and SMS recovery: every
// language had them except the cheap lists, whose settings and sign-in pages went unread.
describe('two-step, SMS, ending and recovery words in 38 languages', () => {
  it.each([
    ['it', 'verifica in due passaggi', 'chiamata vocale', 'che termina con 42', 'reimposta la password'],
    ['nl', 'tweestapsverificatie', 'sms-bericht', 'eindigend op 42', 'wachtwoord herstellen'],
    ['pl', 'weryfikacja dwuetapowa', 'połączenie głosowe', 'ostatnie 4 cyfry', 'przypomnij hasło'],
    ['cs', 'dvoufázové ověření', 'textovou zprávou', 'končící na 42', 'obnovit heslo'],
    ['hu', 'kétlépcsős azonosítás', 'szöveges üzenet', 'utolsó 4 számjegy', 'jelszó visszaállítása'],
    ['da', 'totrinsbekræftelse', 'sms-besked', 'der ender på 42', 'nulstil adgangskode'],
    ['sv', 'tvåstegsverifiering', 'textmeddelande', 'som slutar på 42', 'återställ lösenord'],
    ['no', 'totrinnsbekreftelse', 'tekstmelding', 'som slutter på 42', 'tilbakestill passord'],
    ['fi', 'kaksivaiheinen tunnistautuminen', 'tekstiviestillä', 'päättyy 42', 'palauta salasana'],
    ['tr', 'iki adımlı doğrulama', 'sesli arama', 'ile biten 42', 'şifremi sıfırla'],
    ['ro', 'verificare în doi pași', 'apel vocal', 'ultimele 4 cifre', 'resetare parolă'],
    ['sr', 'dvostepena verifikacija', 'glasovni poziv', 'poslednje 4 cifre', 'resetuj lozinku'],
    ['el', 'επαλήθευση δύο βημάτων', 'φωνητική κλήση', 'λήγει σε 42', 'επαναφορά κωδικού'],
    ['vi', 'xác thực hai yếu tố', 'cuộc gọi thoại', '4 số cuối', 'đặt lại mật khẩu'],
    ['id', 'verifikasi dua langkah', 'panggilan suara', 'berakhiran 42', 'atur ulang kata sandi'],
    ['th', 'การยืนยันสองขั้นตอน', 'ข้อความสั้น', 'ลงท้ายด้วย 42', 'รีเซ็ตรหัสผ่าน'],
    ['ar', 'التحقق بخطوتين', 'مكالمة صوتية', 'ينتهي ب 42', 'استعادة كلمة المرور'],
    ['uk', 'двофакторна автентифікація', 'голосовий дзвінок', 'закінчується на 42', 'відновлення пароля'],
    ['sk', 'dvojfaktorové overenie', 'sms správou', 'posledné 4 číslice', 'zabudnuté heslo'],
    ['hr', 'dvofaktorska autentifikacija', 'sms-om', 'zadnje 4 znamenke', 'zaboravljena lozinka'],
    ['et', 'kaheastmeline kinnitamine', 'tekstisõnum', 'viimased 4 numbrit', 'unustasid parooli'],
    ['lt', 'dviejų veiksnių autentifikacija', 'sms žinute', 'paskutiniai 4 skaitmenys', 'pamiršote slaptažodį'],
    ['ms', 'pengesahan dua faktor', 'melalui sms', 'berakhir dengan 42', 'lupa kata laluan'],
    ['bg', 'двуфакторно удостоверяване', 'гласово обаждане', 'последните 4 цифри', 'забравена парола'],
    ['fa', 'تایید دو مرحله‌ای', 'پیامک', 'ختم به ۴۲', 'فراموشی رمز عبور'],
    ['he', 'אימות דו-שלבי', 'מסרון', 'מסתיים ב-42', 'שכחתי סיסמה'],
    ['hi', 'दो-चरण सत्यापन', 'एसएमएस', 'अंतिम 4 अंक', 'पासवर्ड भूल गए'],
    ['bn', 'দুই-ধাপ যাচাই', 'এসএমএস', 'শেষ 4 সংখ্যা', 'পাসওয়ার্ড ভুলে গেছেন'],
  ])('%s: two-step "%s", SMS "%s", ending "%s", recovery "%s"', (_lang, mfa, sms, ending, recovery) => {
    expect(says('mfa', mfa)).toBe(true);
    expect(says('sms', sms)).toBe(true);
    expect(says('ending', ending)).toBe(true);
    expect(says('recovery', recovery)).toBe(true);
  });

  it('the word-end fix reaches the cheap lists: Indonesian "masuk" signs in, "masukkan" does not', () => {
    expect(says('login', 'masuk ke akun')).toBe(true);
    expect(says('login', 'masukkan kode')).toBe(false);
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

// Round 5: cheap lists for 20 more languages (Catalan, Galician, Basque, Icelandic, Latvian,
// Slovenian, Azerbaijani, Swahili, Tagalog, Kazakh, Mongolian, Armenian, Georgian, Urdu, Nepali,
// Tamil, Telugu, Sinhala, Burmese, Khmer): each names a checkout, a contact form, a phone, two-step
// verification, SMS, a masked number's ending and password recovery in its own words.
describe('every concept a page needs, in the 20 languages added in round 5', () => {
  it.each([
    ["ca", "adreça d'enviament", "subscriu-te al butlletí", "número de telèfon mòbil", "verificació en dos passos", "missatge de text", "acabat en 42", "has oblidat la contrasenya?"],
    ["gl", "ver o carriño", "solicitar orzamento", "número de móbil", "verificación en dous pasos", "chamada telefónica", "rematado en 42", "esquecín o contrasinal"],
    ["eu", "erosketa saskia", "jarri gurekin harremanetan", "telefono mugikorra", "bi urratseko egiaztapena", "testu mezua", "azken digituak: 42", "pasahitza ahaztu duzu?"],
    ["is", "ganga frá pöntun", "hafðu samband", "farsímanúmer", "tveggja þátta auðkenning", "smáskilaboð", "endar á 42", "gleymt lykilorð?"],
    ["lv", "noformēt pasūtījumu", "sazinies ar mums", "tālruņa numurs", "divpakāpju verifikācija", "īsziņa", "beidzas ar 42", "aizmirsi paroli?"],
    ["sl", "zaključi nakup", "pišite nam", "mobilna telefonska številka", "preverjanje v dveh korakih", "poslali vam bomo kratko sporočilo", "ki se konča z 42", "ste pozabili geslo?"],
    ["az", "sifarişi rəsmiləşdir", "bizimlə əlaqə", "mobil nömrə", "iki addımlı doğrulama", "səsli zəng ilə al", "42 ilə bitən nömrə", "şifrəni unutmusunuz?"],
    ["sw", "endelea kwenye malipo", "wasiliana nasi", "nambari ya simu", "uthibitishaji wa hatua mbili", "tutakutumia ujumbe mfupi", "inayoishia na 42", "umesahau nenosiri?"],
    ["tl", "magbayad ngayon", "makipag-ugnayan sa amin", "numero ng selpon", "dalawang-hakbang na pag-verify", "ipadala sa pamamagitan ng text", "nagtatapos sa 42", "nakalimutan ang password?"],
    ["kk", "тапсырысты рәсімдеу", "бізбен байланысу", "ұялы телефон нөмірі", "екі факторлы аутентификация", "хабарлама арқылы жіберу", "42 деп аяқталатын нөмір", "құпия сөзді ұмыттыңыз ба?"],
    ["mn", "захиалга өгөх", "холбоо барих", "утасны дугаар", "хоёр шаттай баталгаажуулалт", "мессежээр код авах", "42-оор төгссөн дугаар", "нууц үгээ мартсан уу?"],
    ["hy", "անցնել վճարման", "կապ մեզ հետ", "բջջային հեռախոսահամար", "երկքայլ նույնականացում", "ստանալ կոդը ձայնային զանգով", "համարին, որն ավարտվում է 42", "մոռացե՞լ եք գաղտնաբառը"],
    ["ka", "შეკვეთის გაფორმება", "დაგვიკავშირდით", "მობილურის ნომერი", "ორეტაპიანი ავთენტიფიკაცია", "კოდი გამოგზავნილია სმს-ით", "ნომერზე, რომელიც მთავრდება 42-ით", "დაგავიწყდათ პაროლი?"],
    ["ur", "چیک آؤٹ کریں", "ہم سے رابطہ کریں", "موبائل نمبر", "دو مرحلہ تصدیق", "ٹیکسٹ میسج کے ذریعے کوڈ", "وہ نمبر جس کے آخر میں 42 ہے", "پاس ورڈ بھول گئے؟"],
    ["ne", "भुक्तानी गर्नुहोस्", "हामीलाई सम्पर्क गर्नुहोस्", "मोबाईल नम्बर", "दुई चरण प्रमाणीकरण", "टेक्स्ट म्यासेज मार्फत कोड", "अन्तिम 4 अङ्क 5678", "पासवर्ड बिर्सनुभयो?"],
    ["ta", "பணம் செலுத்துக", "எங்களைத் தொடர்பு கொள்ளவும்", "மொபைல் எண்", "இரண்டு படி சரிபார்ப்பு", "குறுஞ்செய்தி மூலம் குறியீடு", "கடைசி 4 இலக்கங்கள் 5678", "கடவுச்சொல்லை மறந்துவிட்டீர்களா?"],
    ["te", "చెక్అవుట్‌కు కొనసాగండి", "మమ్మల్ని సంప్రదించండి", "మొబైల్ నంబర్", "2 దశల ధృవీకరణ", "ఎస్ఎంఎస్ ద్వారా కోడ్ పంపండి", "42తో ముగిసే నంబర్‌కు కోడ్ పంపాము", "పాస్‌వర్డ్ మర్చిపోయారా?"],
    ["si", "ගෙවීම වෙත යන්න", "අප හා සම්බන්ධ වන්න", "ජංගම දුරකථන අංකය", "2 පියවර සත්‍යාපනය", "කෙටි පණිවිඩයක් මගින් කේතය යවන්න", "42 න් අවසන් වන අංකයට කේතයක් යවන ලදී", "මුරපදය අමතකද?"],
    ["my", "ငွေပေးချေရန် ဆက်သွားပါ", "ကျွန်ုပ်တို့ကို ဆက်သွယ်ရန်", "ဖုန်းနံပါတ်", "နှစ်ဆင့် အတည်ပြုခြင်း", "စာတိုဖြင့် ကုဒ်ပို့ပါ", "42 ဖြင့်ဆုံးသော ဖုန်းနံပါတ်သို့ ကုဒ်ပို့ပြီးပါပြီ", "စကားဝှက် မေ့နေပါသလား?"],
    ["km", "បន្តទៅការទូទាត់", "ទំនាក់ទំនងមកយើង", "លេខទូរស័ព្ទ", "ការផ្ទៀងផ្ទាត់ 2 ជំហាន", "ផ្ញើលេខកូដតាមសារជាអក្សរ", "បានផ្ញើលេខកូដទៅលេខដែលបញ្ចប់ដោយ 42", "ភ្លេចពាក្យសម្ងាត់?"],
    // round 9: Albanian
    ["sq", "shporta e blerjeve", "na kontaktoni", "numri i telefonit", "verifikimi me dy hapa", "do ta merrni kodin me sms", "numri që përfundon me 42", "keni harruar fjalëkalimin?"],
  ])('%s', (_lang, commerce, contact, phone, mfa, sms, ending, recovery) => {
    expect(says('commerce', commerce), commerce).toBe(true);
    expect(says('contact', contact), contact).toBe(true);
    expect(says('phone', phone), phone).toBe(true);
    expect(says('mfa', mfa), mfa).toBe(true);
    expect(says('sms', sms), sms).toBe(true);
    expect(says('ending', ending), ending).toBe(true);
    expect(says('recovery', recovery), recovery).toBe(true);
  });
});

// Each signal on a page where it fires and one where it does not; the table is complete
// and documented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/utils/detect';
import { SIGNALS } from '@/utils/detect/signals';

// Signals appear in a finding only when the page has a kind, so each page gives one.
const CASES: Record<string, [fires: string, url: string, quiet: string, quietUrl?: string]> = {
  'phone-field': ['<div><input type=tel><button>Send code</button></div>', '/login', '<div><input type=email><button>Send code</button></div>'],
  'phone-or-email-field': ['<form><input aria-label="Email or phone"><input type=password><button>Sign in</button></form>', '/', '<form><input aria-label="Phone"><input type=password><button>Sign in</button></form>'],
  'email-field': ['<form><input type=email name=mail><input type=tel name=phone><button>Contact us</button></form>', '/', '<form><input name=fullname><input type=tel name=phone><button>Contact us</button></form>'],
  'identifier-switch': ['<div><input type=tel name=phone><div role=button>Use email instead</div><button>Next</button></div>', '/', '<div><input type=tel name=phone><div role=button>Help</div><button>Next</button></div>'],
  'code-field': ['<form><input type=tel><input autocomplete=one-time-code><button>Sign in</button></form>', '/', '<form><input type=tel><input name=captcha placeholder="image code"><button>Sign in</button></form>'],
  'send-code-button': ['<form><input type=tel><button type=button>Get code</button><button>Sign in</button></form>', '/', '<form><input type=tel><button type=button>Help</button><button>Sign in</button></form>'],
  'password-field': ['<form><input type=tel name=phone><input type=password><button>Go</button></form>', '/', '<form><input type=tel name=phone><button type=button>Send code</button><button>Go</button></form>'],
  'new-password': ['<form><input type=tel><input type=password><input type=password><button>Go</button></form>', '/', '<form><input type=tel><input type=password><button>Go</button></form>'],
  'address-fields': ['<form><input name=street><input name=city><input type=tel><button>Go</button></form>', '/', '<form><input name=street><input type=tel><button>Go</button></form>'],
  'card-fields': ['<form><input autocomplete=cc-number><input type=tel><button>Go</button></form>', '/', '<form><input name=nick><input type=tel><button>Go</button></form>'],
  'sms-words': ['<form><input type=tel><button type=button>Send SMS code</button><button>Sign in</button></form>', '/', '<form><input type=tel><button type=button>Send code</button><button>Sign in</button></form>'],
  'form-login': ['<form><input type=tel><button>Log in</button></form>', '/', '<form><input type=tel><button>Go</button></form>'],
  'form-signup': ['<form><input type=tel><button>Sign up</button></form>', '/', '<form><input type=tel><button>Go</button></form>'],
  'form-recovery': ['<form><input type=tel><button>Reset password</button></form>', '/', '<form><input type=tel><button>Go</button></form>'],
  'form-mfa': ['<form><legend>Two-factor authentication</legend><input type=tel><button>Go</button></form>', '/', '<form><legend>Profile</legend><input type=tel><button>Go</button></form>'],
  'form-settings': ['<form><h2>Account settings</h2><input type=tel><button type=button>Send code</button><button>Save</button></form>', '/', '<form><h2>About</h2><input type=tel><button type=button>Send code</button><button>Save</button></form>'],
  'form-commerce': ['<form><input type=tel><button>Place order</button></form>', '/', '<form><input type=tel><button>Go</button></form>'],
  'form-contact': ['<form><input type=tel><button>Contact us</button></form>', '/', '<form><input type=tel><button>Go</button></form>'],
  'page-login': ['<h1>Sign in</h1><div><input type=tel><button>Go</button></div>', '/', '<h1>Hello</h1><div><input type=tel><button>Go</button></div>'],
  'page-signup': ['<div><input type=tel><button>Go</button></div>', '/register', '<div><input type=tel><button>Go</button></div>'],
  'page-recovery': ['<h1>Forgot password</h1><div><input type=tel><button>Go</button></div>', '/', '<h1>Hi</h1><div><input type=tel><button>Go</button></div>'],
  'page-mfa': ['<h1>Two-step verification</h1><div><input type=tel><button>Go</button></div>', '/', '<h1>Hi</h1><div><input type=tel><button>Go</button></div>'],
  'page-settings': ['<h1>Security</h1><div><input type=tel><button>Go</button></div>', '/', '<h1>Hi</h1><div><input type=tel><button>Go</button></div>'],
  'page-commerce': ['<div><input type=tel><button>Go</button></div>', '/checkout', '<div><input type=tel><button>Go</button></div>'],
  'page-contact': ['<h1>Contact us</h1><div><input type=tel><button>Go</button></div>', '/', '<h1>Hi</h1><div><input type=tel><button>Go</button></div>'],
  'masked-number': ['<p>Phone: 138****5678</p>', '/profile', '<p>Phone: 138 0000 5678</p><div><input type=tel><button>Send code</button></div>'],
  'masked-2fa': ['<h1>Security settings</h1><p>Two-step verification: text message to +1 ••• ••• 4821</p>', '/account/security', '<h1>Security settings</h1><p>Recovery phone: +1 ••• ••• 4821</p>', '/account/security'],
  'masked-tail': ['<h1>Enter the code</h1><p>We sent a 6-digit code to ••• 42.</p><form><input autocomplete=one-time-code maxlength=6 aria-label="Code"><button>Verify</button></form>', '/verify', '<h1>Enter the code</h1><p>We sent a 6-digit code to j•••@mail.com.</p><form><input autocomplete=one-time-code maxlength=6 aria-label="Code"><button>Verify</button></form>', '/verify'],
  'signed-in': ['<a href=/out>Log out</a><p>Phone: 138****5678</p>', '/profile', '<a href=/in>Log in</a><p>Phone: 138****5678</p>', '/profile'],
  'phone-signup-option': ['<form><input type=email name=email><input type=password><button>Create account</button></form><a href=/m>Register with your mobile</a>', '/register', '<form><input type=email name=email><input type=password><button>Create account</button></form><a href=/help>Register for the newsletter</a>', '/register'],
  'phone-tab': ['<div role=tablist><div role=tab>Email</div><div role=tab>Phone</div></div><form><input type=email><input type=password><button>Sign in</button></form>', '/login', '<div role=tablist><div role=tab>Email</div><div role=tab>Help</div></div><form><input type=email><input type=password><button>Sign in</button></form>', '/login'],
  'phone-row': ['<h1>Account settings</h1><ul><li><span>Phone number</span> <a href=/p>Add</a></li><li><span>Email</span> <a href=/e>Change</a></li></ul>', '/account', '<h1>Account settings</h1><ul><li><span>Email</span> <a href=/e>Change</a></li></ul>', '/account'],
  'sms-option': ['<h1>Two-step verification</h1><ul><li><a href=/a>Authenticator app</a></li><li><a href=/s>Text message</a></li><li><a href=/v>Voice call</a></li></ul>', '/security', '<h1>Two-step verification</h1><ul><li><a href=/a>Authenticator app</a></li><li><a href=/k>Security key</a></li></ul>', '/security'],
  'sms-recovery': ['<h1>Sign in</h1><form><input type=email><input type=password><button>Sign in</button></form><p>Forgot your password? We can text you a reset code.</p>', '/login', '<h1>Sign in</h1><form><input type=email><input type=password><button>Sign in</button></form><p>Forgot your password? We can email you a reset link.</p>', '/login'],
  'contact-phone-label': ['<form><input type=email><input type=tel placeholder="Phone for delivery questions"><button>Continue</button></form>', '/', '<form><input type=email><input type=tel placeholder="Phone"><button>Continue</button></form>'],
  'order-total': ['<div><p>Subtotal</p><p>€ 24,90</p><p>Total</p><p>€ 29,80</p></div><form><h2>Sign in</h2><input type=tel><button type=button>Send code</button></form>', '/login', '<div><p>Your code expires in 10 minutes</p></div><form><h2>Sign in</h2><input type=tel><button type=button>Send code</button></form>', '/login'],
  'phone-login-note': ['<form><input name=street aria-label="Street"><input name=city aria-label="City"><label>Mobile <input type=tel name=phone></label><p>Your mobile number becomes your login.</p><button>Place order</button></form>', '/checkout', '<form><input name=street aria-label="Street"><input name=city aria-label="City"><label>Mobile <input type=tel name=phone></label><p>The courier calls before delivery.</p><button>Place order</button></form>', '/checkout'],
  'phone-login-option': ['<a href=#sms>短信登录</a><form><input type=password><button>登录</button></form>', '/login', '<a href=#pwd>密码登录</a><form><input type=tel name=phone><button type=button>获取验证码</button></form>'],
};

describe('phone-tab', () => {
  it('a disabled phone tab offers nothing (a sign-up verifying the email given)', () => {
    const page = (attrs: string) =>
      `<div role=tablist><button role=tab>Email</button><button role=tab ${attrs}>Phone number</button></div><h2>Verify your email</h2><input type=email autocomplete=username><a href=# role=button>Send new code</a>`;
    document.body.innerHTML = page('');
    expect(detectPage(document, 'https://example.com/signup').signals).toContain('phone-tab');
    for (const attrs of ['disabled', 'aria-disabled=true']) {
      document.body.innerHTML = page(attrs);
      expect(detectPage(document, 'https://example.com/signup').kinds, attrs).toEqual([]);
    }
  });

  it('a text repeated on many controls is judged once, each control still on its own', () => {
    // Three tab bars with the same words: only the last offers an enabled phone tab.
    const bar = (attrs: string) => `<div role=tablist><button role=tab>Email</button><button role=tab ${attrs}>Phone number</button></div>`;
    const form = '<h2>Verify your email</h2><input type=email autocomplete=username><a href=# role=button>Send new code</a>';
    document.body.innerHTML = bar('disabled') + bar('aria-disabled=true') + bar('') + form;
    expect(detectPage(document, 'https://example.com/signup').signals).toContain('phone-tab');
    document.body.innerHTML = bar('disabled') + bar('aria-disabled=true') + bar('disabled') + form;
    expect(detectPage(document, 'https://example.com/signup').kinds).toEqual([]);
  });
});

describe('signal table', () => {
  it('has unique ids, each with a test case here and a line in docs/DETECTOR.md', () => {
    const ids = SIGNALS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'DETECTOR.md'), 'utf8');
    for (const id of ids) {
      expect(CASES[id], `test case for ${id}`).toBeDefined();
      expect(doc, `docs for ${id}`).toContain(`\`${id}\``);
    }
  });

  it.each(Object.entries(CASES))('%s fires where it should and not elsewhere', (id, [fires, path, quiet, quietPath]) => {
    document.body.innerHTML = fires;
    expect(detectPage(document, `https://example.com${path}`).signals).toContain(id);
    document.body.innerHTML = quiet;
    expect(detectPage(document, `https://example.com${quietPath ?? (path === '/' ? '/' : '/x')}`).signals).not.toContain(id);
  });
});

describe('sms-recovery: the question, then the sentence that answers it', () => {
  const signIn = '<h1>Se connecter</h1><form><input type=email><input type=password><button>Se connecter</button></form>';
  it('reads the SMS sentence right after "forgot your password?", long or in another language', () => {
    document.body.innerHTML = `${signIn}<h3>Mot de passe oublié ?</h3><p>Pas de panique : si vous avez renseigné votre numéro de portable dans votre compte, nous vous envoyons un code par SMS pour choisir un nouveau mot de passe. Sinon, vous le recevrez par e-mail.</p>`;
    expect(detectPage(document, 'https://example.com/connexion').kinds).toContain('recovery-phone');
  });

  it('does not read an SMS warning that follows something else', () => {
    document.body.innerHTML = `${signIn}<h3>Sécurité</h3><p>Nous ne vous demanderons jamais le code reçu par SMS au téléphone.</p><a href=/reset>Mot de passe oublié ?</a>`;
    expect(detectPage(document, 'https://example.com/connexion').kinds).not.toContain('recovery-phone');
  });

  it('"we\'ll text a reset code" says SMS in English', () => {
    document.body.innerHTML = '<h1>Sign in</h1><form><input name=username><input type=password><button>Sign in</button></form><p>If you\'ve forgotten your password, we\'ll text a reset code to the mobile number on your membership.</p>';
    expect(detectPage(document, 'https://example.com/olb').kinds).toContain('recovery-phone');
  });
});

describe('phone-login-option', () => {
  it('reads a link that spells it out ("Accedi con il numero di cellulare")', () => {
    document.body.innerHTML = '<h1>Accedi</h1><form><input type=email><input type=password><button>Accedi</button></form><a href=/accedi/cellulare>Accedi con il numero di cellulare</a>';
    expect(detectPage(document, 'https://example.com/accedi').kinds).toContain('login-otp');
  });
});

describe('sign-up words on a form that asks to be reached', () => {
  it('a newsletter or consultation "registration" with a phone and no password is a contact form', () => {
    document.body.innerHTML = '<h1>Đăng ký tư vấn miễn phí</h1><form><input name=ho-ten placeholder="Họ và tên"><input type=tel name=so-dien-thoai placeholder="Số điện thoại"><input type=email name=email><input type=submit value="Gửi"></form>';
    expect(detectPage(document, 'https://example.com/dang-ky').kinds).toEqual(['contact-phone']);
  });

  it('the same words with a password stay a sign-up that keeps the phone', () => {
    document.body.innerHTML = '<h1>Iscriviti alla newsletter e crea il tuo account</h1><form><input type=email name=email><input type=tel name=cellulare><input type=password name=password><button>Iscriviti</button></form>';
    expect(detectPage(document, 'https://example.com/iscriviti').kinds).toContain('account-phone');
  });
});

describe('settings pages named by compounds and construct forms', () => {
  it.each([
    ['nl', '<h1>Accountinstellingen</h1><ul><li><span>Telefoonnummer</span> <a href=/t>Wijzigen</a></li></ul>'],
    ['sv', '<h1>Kontoinställningar</h1><ul><li><span>Mobilnummer</span> <a href=/t>Ändra</a></li></ul>'],
    ['ar', '<h1>إعدادات الحساب</h1><ul><li><span>رقم الجوال</span> <a href=/t>إضافة</a></li></ul>'],
    ['zh-Hans', '<h1>账号与安全</h1><ul><li><span>手机绑定</span> <a href=/t>更换</a></li></ul>'],
  ])('%s: a phone row is read', (_lang, html) => {
    document.body.innerHTML = html;
    expect(detectPage(document, 'https://example.com/x').kinds).toContain('account-phone');
  });
});

describe('round 4b: patterns from the second held-out batch', () => {
  it('reads a masked number written in Persian digits', () => {
    document.body.innerHTML = '<h2>کد تایید را وارد کنید</h2><p>کد ۵ رقمی به شماره ۰۹۱۲•••۴۵۶۷ پیامک شد.</p><form><input name=code autocomplete=one-time-code><button>تایید</button></form>';
    expect(detectPage(document, 'https://example.ir/verify').masked).toEqual(['0912*4567']);
  });

  it('a "Continue with phone number" button beside "Continue with email" offers phone sign-in', () => {
    document.body.innerHTML = '<h2>Sign in or create a free account</h2><div><button type=button>Continue with email</button><button type=button>Continue with phone number</button></div>';
    expect(detectPage(document, 'https://example.com/article').kinds).toContain('login-otp');
  });

  it('"Text me alerts" with a phone is a marketing sign-up, not a code sent', () => {
    document.body.innerHTML = '<div role=dialog><h2>Get breaking weather alerts by text</h2><form><input type=tel name=mobile aria-label="Mobile number"><input name=zip aria-label="ZIP code"><button>Text me alerts</button></form></div>';
    const f = detectPage(document, 'https://news.example.com/story');
    expect(f.kinds).not.toContain('login-otp');
    expect(f.kinds).toEqual(['contact-phone']);
  });

  it('a phone with a send-code button on a shop page, no address or card, signs the customer in', () => {
    document.body.innerHTML = '<h1>Finalizar compra</h1><div><p>Subtotal</p><p>R$ 89,90</p><p>Total</p><p>R$ 99,80</p></div><section><h2>Sou cliente</h2><input type=tel name=celular placeholder="Celular"><button type=button>Enviar código</button></section>';
    expect(detectPage(document, 'https://loja.example.com.br/checkout').kinds).toContain('login-otp');
  });

  it('a checkout form with an address and a phone stays a contact phone, even beside a code button', () => {
    document.body.innerHTML = '<h1>Finalizar compra</h1><form><input name=endereco autocomplete=address-line1><input name=cidade autocomplete=address-level2><input type=tel name=celular><button type=button>Enviar código</button><button>Pagar</button></form>';
    expect(detectPage(document, 'https://loja.example.com.br/checkout').kinds).toEqual(['contact-phone']);
  });
});

describe('a bare phone form under sign-in headings and contact words', () => {
  it('is a contact form when the form asks nothing of an account ("offers on your phone")', () => {
    document.body.innerHTML = '<h1>Entre na sua conta</h1><form><input name=cpf><input type=password name=senha><button>Entrar</button></form><h2>Ofertas exclusivas no seu celular</h2><form><input type=tel name=tel_promo aria-label="Celular para receber ofertas"><button>Quero receber</button></form>';
    expect(detectPage(document, 'https://example.com.br/entrar').kinds).not.toContain('login-phone');
  });

  it('stays a sign-in when the form itself says so', () => {
    document.body.innerHTML = '<h1>Entre na sua conta</h1><h2>Ofertas exclusivas</h2><form><h3>Entrar com celular</h3><input type=tel name=celular><button>Entrar</button></form>';
    expect(detectPage(document, 'https://example.com.br/entrar').kinds).toContain('login-phone');
  });
});

describe('round 5: patterns from the third held-out batch', () => {
  it('a country-code select named "cc" beside a phone is not a card field', () => {
    document.body.innerHTML =
      '<h1>Log in to continue</h1><form><select name=cc aria-label="Country code"><option>+91</option></select><input type=tel name=mobile aria-label="Mobile number"><button>Get OTP</button></form>';
    expect(detectPage(document, 'https://bus.example/booking').signals).not.toContain('card-fields');
    document.body.innerHTML = '<form><input name=cc_number><input name=cc_exp><input type=tel name=phone><button>Pay</button></form>';
    expect(detectPage(document, 'https://shop.example/checkout').signals).toContain('card-fields');
  });

  it('a checkout that checks the phone by a code it sends ties it to an account; one that only notes it does not', () => {
    const page = (verify: string) =>
      `<h1>Checkout</h1><form><h2>Contact details</h2><input name=street aria-label="Street address"><input name=city aria-label="City"><input name=postcode aria-label="Postcode">
       <label>Mobile phone <input type=tel name=phone></label>${verify}<button>Place order</button></form><p>Order total: 49.00 EUR</p>`;
    const kinds = (verify: string) => {
      document.body.innerHTML = page(verify);
      return detectPage(document, 'https://shop.example/checkout').kinds;
    };
    expect(kinds('<button type=button>Send SMS code</button><input name=sms_code autocomplete=one-time-code aria-label="SMS code">')).toContain('login-otp');
    expect(kinds('')).toEqual(['contact-phone']);
    // A discount code is not a check of the phone.
    expect(kinds('<input name=coupon aria-label="Discount code"><button type=button>Apply</button>')).toEqual(['contact-phone']);
  });
});

describe('round 9: patterns from the fourth held-out batch', () => {
  it('reads the SMS answer to "forgot your password?" when a link splits it', () => {
    document.body.innerHTML =
      '<h1>Anmelden</h1><form><input name=kundennummer aria-label="Kundennummer"><input type=password><button>Anmelden</button></form>' +
      '<h3>Passwort vergessen?</h3><p>Kein Problem. Klicken Sie <a href=/zugang>hier</a>, geben Sie Ihre Kundennummer ein, und wir senden Ihnen einen Code per SMS an Ihre hinterlegte Handynummer.</p>';
    expect(detectPage(document, 'https://bank.example/login').kinds).toContain('recovery-phone');
  });

  it('a link offering a one-time code to the mobile number is a phone sign-in on a sign-in page, not on a checkout', () => {
    const page = (h1: string) =>
      `<h1>${h1}</h1><form><input type=email name=email><input type=password name=password><button>Continue</button></form><a href=/otp class=btn>One-time code to my mobile number</a>`;
    document.body.innerHTML = page('Sign in');
    expect(detectPage(document, 'https://shop.example/account').kinds).toContain('login-otp');
    document.body.innerHTML = page('Checkout');
    expect(detectPage(document, 'https://shop.example/checkout').kinds).not.toContain('login-otp');
  });

  it('a "Password | SMS code" tab pair offers phone sign-in; a "this device | mobile app" pair does not', () => {
    const page = (tabs: string) =>
      `<h1>Sign in</h1><div role=tablist>${tabs}</div><form><input name=username aria-label="Customer number"><input type=password><button>Sign in</button></form>`;
    document.body.innerHTML = page('<button role=tab aria-selected=true>With password</button><button role=tab>With SMS code</button>');
    expect(detectPage(document, 'https://energy.example/login').signals).toContain('phone-tab');
    document.body.innerHTML = page('<button role=tab aria-selected=true>App on this device</button><button role=tab>Mobile app (QR code)</button>');
    expect(detectPage(document, 'https://energy.example/login').signals).not.toContain('phone-tab');
  });

  it('reads a phone row laid out as a definition list, whose label is a cell before the action', () => {
    const page = (rows: string) => `<h1>Moje dane</h1><dl>${rows}</dl>`;
    const email = '<dt>E-mail</dt><dd>jan@example.pl</dd><dd><a href=/e>Zmień</a></dd>';
    document.body.innerHTML = page(`${email}<dt>Numer telefonu</dt><dd>Nie dodano</dd><dd><a href=/t>Dodaj</a></dd>`);
    expect(detectPage(document, 'https://sklep.example/konto').kinds).toContain('account-phone');
    document.body.innerHTML = page(email);
    expect(detectPage(document, 'https://sklep.example/konto').kinds).toEqual([]);
  });

  it.each([
    ['ro', 'Date personale', 'Număr de mobil', 'Adaugă'],
    ['uk', 'Особисті дані', 'Мобільний телефон', 'Додати'],
    ['sv', 'Mina uppgifter', 'Mobilnummer', 'Lägg till'],
    ['tr', 'Kişisel bilgiler', 'Cep telefonu', 'Ekle'],
  ])('a "personal data" page names account settings (%s)', (_lang, title, phone, add) => {
    document.title = title;
    document.body.innerHTML = `<h1>${title}</h1><table><tr><th>${phone}</th><td>—</td><td><a href=/p>${add}</a></td></tr></table>`;
    expect(detectPage(document, 'https://example.com/x').kinds).toContain('account-phone');
    document.title = '';
  });

  it('a checkout phone whose note says it will be the login is the account\'s; one noted for the courier is not', () => {
    const page = (note: string) =>
      `<h1>Pokladna</h1><form><h2>Doručení</h2><input name=ulice aria-label="Ulice"><input name=mesto aria-label="Město"><input name=psc aria-label="PSČ">
       <div><input type=tel id=tel name=telefon aria-label="Mobilní telefon" aria-describedby=tel-note></div><small id=tel-note>${note}</small><button>Objednat</button></form>`;
    const kinds = (note: string) => {
      document.body.innerHTML = page(note);
      return detectPage(document, 'https://obchod.example/pokladna').kinds;
    };
    expect(kinds('S tímto číslem se příště přihlásíte kódem z SMS.')).toContain('account-phone');
    expect(kinds('Kurýr vám zavolá před doručením.')).toEqual(['contact-phone']);
  });

  it('a webinar registration with a phone and no password is a contact form', () => {
    document.body.innerHTML =
      '<h2>Registrace na webinář</h2><form><input name=jmeno aria-label="Jméno"><input type=email name=email aria-label="E-mail"><input type=tel name=telefon aria-label="Telefon"><button>Registrovat</button></form>';
    expect(detectPage(document, 'https://akademie.example/udalosti/mzdy').kinds).toEqual(['contact-phone']);
  });
});

// The general causes of past misses, each on a small page: which form a phone belongs to.
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/utils/detect';

function detect(html: string, url = 'https://example.com/') {
  document.body.innerHTML = html;
  return detectPage(document, url).kinds;
}

describe('form roles', () => {
  it('a sign-up form whose sections say "Contact details" is still a sign-up', () => {
    const html = `<form><h2>Contact details</h2><input name=email><input type=tel name=mobile>
      <h2>Your login</h2><input type=password autocomplete=new-password><input type=password><button>Continue</button></form>`;
    expect(detect(html)).toEqual(['account-phone']);
  });

  it('a formless sign-up with no <button> is read as one block, password included', () => {
    const field = (label: string, type = 'text') =>
      `<div class=item><div><div><div><span>${label}</span><input type=${type}></div></div></div></div>`;
    const html = `<div>${field('Full name')}${field('Mobile number')}${field('Email')}${field('Password', 'password')}${field('Confirm password', 'password')}<div class=btn>Register</div></div>`;
    expect(detect(html)).toEqual(['account-phone']);
  });

  it('"Use email instead" beside a phone field makes the phone the identifier', () => {
    expect(detect('<div><input type=tel name=phone><div role=button>Use email instead</div><button>Next</button></div>')).toEqual(['account-phone']);
    expect(detect('<div><input type=tel name=phone><input name=message><button>Send</button></div>')).toEqual(['contact-phone']);
  });

  it('a phone with numbered code boxes and no password is a phone sign-in', () => {
    const boxes = [1, 2, 3, 4, 5, 6].map((i) => `<input type=number name=otp${i}>`).join('');
    expect(detect(`<div><input name=userPhone placeholder="Mobile"><button>Continue</button>${boxes}<button>Verify</button></div>`)).toEqual(['login-otp']);
  });

  it('"Email or mobile number" captioned before the field\'s wrapper is a sign-in identifier, with no page words', () => {
    const row = (caption: string, field = '<input type=text id=f>') => `<div><div class=caption>${caption}</div><div class=holder>${field}<div class=cc>+91</div><small>India</small></div></div>`;
    expect(detect(`${row('Email or mobile number')}<div><input type=button value=Continue></div>`)).toEqual(['login-phone']);
    // Asked apart, email and phone are ways to reach you: a contact phone.
    expect(detect(`${row('Email')}${row('Phone')}<div><input type=button value=Send></div>`)).toEqual(['contact-phone']);
    // A form builder's phone field named "email", beside an email field of its own: not a sign-in.
    const named = (label: string, name: string, type = 'text') => `<div><label for=${name}>${label}</label><input type=${type} id=${name} name=${name}></div>`;
    expect(detect(`<div>${named('Phone Number', 'form_fields_email')}${named('Email', 'field_2', 'email')}<textarea></textarea><input type=button value=Send></div>`)).not.toContain('login-phone');
    // An identifier without a phone: nothing.
    expect(detect(`${row('Email or username')}<div><input type=button value=Continue></div>`)).toEqual([]);
  });

  it('a contact form on a sign-in page stays a contact form', () => {
    const html = `<form><input name=user><input type=password><button>Sign in</button></form>
      <form><input name=name><input type=tel name=phone><textarea name=message></textarea><button>Contact us</button></form>`;
    expect(detect(html, 'https://example.com/login')).toEqual(['contact-phone']);
  });
});

describe('type=tel that is not a phone', () => {
  it.each([
    ['card expiry', '<form><input autocomplete=cc-number><input type=tel name=exp placeholder="MM / YY"><input type=password><button>Pay</button></form>'],
    ['bank contract number', '<form><input type=tel name=branch aria-label="Branch number"><input type=tel aria-label="Contract number"><input type=password><button>Log in</button></form>'],
    ['a search box named "mobile"', '<form><input name=q id=mobile-search placeholder="Search"><button>Go</button></form>'],
    ['a spreadsheet cell', '<div><input aria-label="Cell 12 4"><button>Save</button></div>'],
  ])('%s', (_, html) => {
    expect(detect(html, 'https://example.com/login')).toEqual([]);
  });
});

describe('cost of the common case', () => {
  it('looks for masked numbers only where an account page is hinted', () => {
    const html = '<p>Your number: 138****5678</p>';
    expect(detect(html, 'https://example.com/news/today')).toEqual([]);
    expect(detect(html, 'https://example.com/account/profile')).toEqual(['bound-number']);
  });

  it('sees a field that appears after the first scan (visibility is not kept across scans)', () => {
    document.body.innerHTML = '<form><h2>Sign up</h2><div id=step style="display:none"><input type=tel name=phone></div><input type=password autocomplete=new-password><button>Next</button></form>';
    expect(detectPage(document, 'https://example.com/').kinds).toEqual([]);
    document.getElementById('step')!.style.display = 'block';
    expect(detectPage(document, 'https://example.com/').kinds).toEqual(['account-phone']);
  });
});

describe('a masked number on a settings page', () => {
  it.each([
    ['<h1>Sicherheit</h1><p>Zwei-Faktor-Authentifizierung per SMS an +49 ••• ••• 4821 aktiv</p>', ['bound-number', 'mfa-sms']],
    ['<h1>账号安全</h1><p>两步验证：短信发送至尾号5678的手机</p>', ['bound-number', 'mfa-sms']],
    ['<h1>Security</h1><p>Recovery phone: (•••) •••-••12</p>', ['bound-number']],
  ])('%s -> %j', (html, kinds) => {
    expect([...detect(html, 'https://example.com/account/security')].sort()).toEqual([...kinds].sort());
  });
});

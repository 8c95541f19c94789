import { describe, expect, it } from 'vitest';
import { readMessage } from '@/utils/sms/classify';
import { senderKind } from '@/utils/sms/sender';
import { newSummary, tallyMessage } from '@/utils/sms/tally';

const site = (address: string, body: string) => {
  const r = readMessage({ address, body });
  return r.service && 'site' in r.service ? r.service.site : null;
};

describe('what kind of message', () => {
  it.each([
    ['1069012345', '【铁路客服】验证码：482913。您正在使用注册功能，请勿向他人泄露。', 'code'],
    ['95555', '【招商银行】您账户1234于12月01日支出人民币45.00元，余额1,203.55。', 'notice'],
    ['1069', '【京东】双12大促，满300减50，退订回T', 'marketing'],
    ['1069', '【顺丰速运】您的快件已到达丰巢柜，取件码 3344，请及时取件。', 'delivery'],
    ['22000', 'Your Lyft code is 402918', 'code'],
    ['22000', 'Chase: A new device signed in to your account.', 'notice'],
    ['22000', 'USPS: Your package is out for delivery.', 'delivery'],
    ['22000', 'Target: 40% off today only. Reply STOP to opt out', 'marketing'],
    ['900', 'Код подтверждения: 4451. Никому не сообщайте его.', 'code'],
    ['12345', '【メルカリ】認証番号：123456', 'code'],
    ['12345', '[네이버] 인증번호 [123456]를 입력해주세요.', 'code'],
    ['12345', 'Tu código de WhatsApp es 123-456', 'code'],
    ['12345', 'Seu código do iFood é 2368', 'code'],
    ['12345', 'Votre code Doctolib est 551201.', 'code'],
    ['12345', 'Dein Amazon-Code lautet 551201', 'code'],
    ['+8613812345678', '我的支付宝验证码是 123456，帮我看看', 'personal'],
    ['+14155550123', 'My Google code is G-123456 can you type it in', 'personal'],
    ['friend@icloud.com', 'my Apple ID code is 123456', 'personal'],
  ])('%s: %s -> %s', (address, body, cls) => {
    expect(readMessage({ address, body }).cls).toBe(cls);
  });
});

describe('which service', () => {
  it.each([
    ['【铁路客服】验证码：482913，请勿泄露。', '12306.cn'],
    ['【12306】您的验证码为060530。', '12306.cn'],
    ['Amazon: Your code is 558812. Ozon: code 558812', 'amazon.com'],
    ['您的验证码为 883921，5分钟内有效。【网易邮箱】', '163.com'],
    ['【腾讯科技】你正在登录微信，验证码123456。', 'wechat.com'],
    ['【腾讯科技】你的QQ验证码是123456，用于QQ登录。', 'qq.com'],
    ['【腾讯科技】你正在使用企业微信登录，验证码123456。', 'work.weixin.qq.com'],
    ['Your verification code is 123456\n\n@github.com #123456', 'github.com'],
    ['G-723914 is your Google verification code.', 'google.com'],
    ['Amazon: Your code is 123456', 'amazon.com'],
    ['[TikTok] 123456 is your verification code', 'tiktok.com'],
    ['Your Booking.com verification code is 994661', 'booking.com'],
    ['Код для входа в Telegram: 12345', 'telegram.org'],
  ])('%s -> %s', (body, expected) => {
    expect(site('1069000', body)).toBe(expected);
  });

  it('names from a person never create a site, whatever brand they mention', () => {
    expect(readMessage({ address: '13800138000', body: '【支付宝】验证码 123456' })).toEqual({ cls: 'personal', service: null });
  });

  it('a code that names no service adds nothing', () => {
    expect(readMessage({ address: '22000', body: 'Your verification code is 123456' })).toEqual({ cls: 'code', service: null });
  });

  it('an unknown or look-alike name is returned as a name to confirm, never as the brand it imitates', () => {
    expect(readMessage({ address: '22000', body: '[Paypa1] Your security code is 992211' }).service).toEqual({ unresolved: 'Paypa1', by: 'signature' });
    expect(readMessage({ address: '1069', body: '【好好住】您的验证码是123456' }).service).toEqual({ unresolved: '好好住', by: 'signature' });
    // A shared signature with nothing to tell the service apart stays a name.
    expect(readMessage({ address: '1069', body: '【腾讯科技】验证码123456，请勿泄露。' }).service).toEqual({ unresolved: '腾讯科技', by: 'signature' });
    // An origin-bound domain the catalog does not know is shown, not trusted.
    expect(readMessage({ address: '22000', body: 'Code 123456\n\n@paypal-secure-login.com #123456' }).service).toEqual({
      unresolved: 'paypal-secure-login.com', by: 'origin',
    });
  });

  it('uses an alphanumeric sender ID only when the text names nothing', () => {
    expect(site('Telegram', 'Code: 12345. Do not share.')).toBe('telegram.org');
    expect(site('VERIFY', 'Your code is 123456')).toBeNull();
    expect(site('Google', '[Dropbox] Your code is 123456')).toBe('dropbox.com');
  });
});

describe('sender kinds', () => {
  it.each([
    ['10690123456789', 'service'], ['95588', 'service'], ['10086', 'service'], ['12306', 'service'],
    ['+8610690000', 'service'], ['22000', 'service'], ['+18005551234', 'service'], ['GOOGLE', 'name'],
    ['+8613812345678', 'person'], ['13812345678', 'person'], ['+14155550123', 'person'], ['a@b.com', 'person'], ['', 'unknown'],
  ])('%s is %s', (address, kind) => {
    expect(senderKind(address)).toBe(kind);
  });
});

describe('tally', () => {
  it('counts codes per service with first and last date, per SIM, ignoring sent and personal messages', () => {
    const s = newSummary();
    const code = (at: number, sim?: string) => ({ address: '1069', body: '【淘宝网】验证码123456，请勿泄露。', at, received: true, ...(sim ? { sim } : {}) });
    tallyMessage(s, code(3000, '1'));
    tallyMessage(s, code(1000, '1'));
    tallyMessage(s, code(2000, '2'));
    tallyMessage(s, { address: '1069', body: '【淘宝网】验证码123456', at: 5000, received: false, sim: '1' });
    tallyMessage(s, { address: '13800138000', body: '【京东】验证码 123456', at: 5000, received: true, sim: '1' });
    tallyMessage(s, { address: '1069', body: '【好好住】您的验证码是123456', at: 4000, received: true, sim: '1' });
    expect(s.total).toBe(6);
    expect(s.sent).toBe(1);
    expect(s.sims.get('1')!.sites).toEqual(new Map([['taobao.com', { count: 2, first: 1000, last: 3000 }]]));
    expect(s.sims.get('1')!.names).toEqual(new Map([['好好住', { count: 1, first: 4000, last: 4000 }]]));
    expect(s.sims.get('2')!.sites.get('taobao.com')!.count).toBe(1);
    expect(s.classes.personal).toBe(1);
    // Nothing of a message is kept: no body, no code.
    expect(JSON.stringify([...s.sims.values()].map((t) => [...t.sites, ...t.names]))).not.toContain('123456');
  });
});

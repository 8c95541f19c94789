import { describe, expect, it } from 'vitest';
import { findMasked, maskedTail, phoneMasked, visibleDigits } from '@/utils/detect/masked';

describe('masked numbers', () => {
  it.each([
    ['+1 ••• ••• 1234', '+1 *1234'],
    ['(•••) •••-••12', '*12'],
    ['138****5678', '138*5678'],
    ['+86 138****5678', '+86 138*5678'],
    ['***-***-1234', '*1234'],
    ['xxx-xxx-9876', '*9876'],
    ['07•••••••89', '07*89'],
  ])('%s -> %s', (text, digits) => {
    expect(phoneMasked(text, 'your phone')).toEqual([digits]);
  });

  it.each([
    ['ending in 34', 'We sent a code to your phone', '*34'],
    ['尾号5678', '验证码已发送至手机', '*5678'],
    ['末尾 1234', '電話番号', '*1234'],
    ['terminado en 56', 'teléfono', '*56'],
    ['endend auf 89', 'Telefonnummer', '*89'],
  ])('"%s" near "%s" -> %s', (text, around, digits) => {
    expect(phoneMasked(text, around)).toEqual([digits]);
  });

  it.each([
    ['Visa ending in 4242', 'payment methods'],
    ['**** **** **** 4242', 'card'],
    ['ending in 34', 'your order will arrive'],
    ['•••••••• password', 'password'],
    ['Total: 12.99', 'price'],
    ['• 12 items', 'cart'],
    ['Box 1x2', 'size'],
  ])('%s is not a masked phone', (text, around) => {
    expect(phoneMasked(text, around)).toEqual([]);
  });

  it('keeps only digits, stars, plus and space (what the background accepts)', () => {
    for (const t of ['+44 •••• ••• 123', '(•••) •••-••12', '138****5678']) {
      for (const h of findMasked(t)) expect(h.digits).toMatch(/^[0-9*+ ]{1,32}$/);
    }
  });

  it('rejects a token too long to be a phone number', () => {
    expect(visibleDigits('1234 **** **** **** 5678')).toBeNull();
  });
});

describe('a masked tail where a code went', () => {
  it('reads "••• 42" and "****42", native digits too, but not an e-mail or a longer number', () => {
    expect(maskedTail('We sent a 6-digit code to ••• 42.')).toBe(true);
    expect(maskedTail('কোড পাঠিয়েছি ••• ৪২ নম্বরে')).toBe(true);
    expect(maskedTail('Код илгээсэн: ****42')).toBe(true);
    expect(maskedTail('We sent a code to j•••@mail.com')).toBe(false);
    expect(maskedTail('Order ••• 42A7')).toBe(false);
    expect(maskedTail('xxx 42')).toBe(false);
  });
});

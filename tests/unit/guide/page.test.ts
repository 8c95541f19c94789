import { describe, expect, it } from 'vitest';
import { findPhoneSection, maskedOnPage, sameNumber, showsDifferentNumber } from '@/utils/guide/page';

function doc(html: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  return d;
}

describe('reading a settings page', () => {
  it('points at the block that shows the masked number', () => {
    const d = doc(`<section id="mail"><h2>Email</h2><p>a***@example.org</p></section>
      <section id="phone"><h2>Mobile</h2><p>Phone: 138****5678</p></section>`);
    expect(findPhoneSection(d)?.closest('section')?.id).toBe('phone');
    expect(maskedOnPage(d)).toEqual(['138*5678']);
  });

  it('falls back to a label about the phone when no number shows', () => {
    const d = doc(`<div><h2>Profile</h2></div><div id="p"><label>手机号</label><button>绑定</button></div>`);
    expect(findPhoneSection(d)?.closest('#p')).not.toBeNull();
    expect(maskedOnPage(d)).toEqual([]);
  });

  it('finds nothing on a page without a phone', () => {
    expect(findPhoneSection(doc('<p>Welcome back</p>'))).toBeNull();
  });
});

describe('a different number', () => {
  it.each([
    [['138*5678'], ['139*0001'], true],
    [['138*5678'], ['*5678'], false],
    [['138*5678'], ['138*5678'], false],
    [[], ['139*0001'], false],
    [['138*5678'], [], false],
    [['*78'], ['139*0001'], true],
  ])('known %j, seen %j -> %s', (known, seen, expected) => {
    expect(showsDifferentNumber(known, seen)).toBe(expected);
  });

  it('treats too-short tails as possibly the same', () => {
    expect(sameNumber('*5', '139*0001')).toBe(true);
  });
});

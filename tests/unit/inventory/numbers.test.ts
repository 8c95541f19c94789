import { beforeEach, describe, expect, it } from 'vitest';
import { mergeObservations } from '@/utils/inventory/merge';
import { macKey, matchTyped, numberMac } from '@/utils/numbers/mac';
import { numbersFitting, parseMasked } from '@/utils/numbers/masked';
import {
  addNumber,
  NumberError,
  parseNumber,
  removeNumber,
  updateNumber,
} from '@/utils/numbers/numbers';
import { keepWholeNumbers } from '@/utils/settings';
import type { RebindDB } from '@/utils/db/schema';
import { freshDb } from './db';

let db: RebindDB;
beforeEach(() => {
  db = freshDb();
});

describe('parseNumber', () => {
  it.each([
    ['+86 138 0013 8000', 'CN', '13800138000'],
    ['138-0013-8000', 'CN', '13800138000'],
    ['(415) 555-2671', 'US', '4155552671'],
    ['+44 7911 123456', 'US', '7911123456'],
  ])('%s (%s) -> %s', (input, country, nsn) => {
    expect(parseNumber(input, country).nsn).toBe(nsn);
  });

  it.each(['', '12', 'hello', '+86 1', '1'.repeat(50)])('refuses %j', (input) => {
    expect(() => parseNumber(input, 'CN')).toThrow(NumberError);
  });
});

describe('registered numbers', () => {
  it('stores visible digits and an HMAC under this profile\'s key, not the number', async () => {
    const row = await addNumber(db, { label: 'Work', country: 'CN', number: '+86 138 0013 8000' });
    const stored = (await db.numbers.get(row.id))!;
    expect(stored).toMatchObject({ label: 'Work', country: 'CN', prefix: '138', suffix: '8000', nsnLength: 11 });
    expect(stored.whole).toBeUndefined();
    expect(JSON.stringify(stored)).not.toContain('13800138000');
    const key = await macKey(db);
    expect(key.extractable).toBe(false);
    expect(stored.mac).toBe(await numberMac(key, '13800138000'));
    // The background's comparison at submit finds it from any spelling.
    expect(await matchTyped(key, '138 0013 8000', [stored])).toBe(row.id);
    expect(await matchTyped(key, '13800138001', [stored])).toBeUndefined();
    // Another profile's key gives another mac: a copied row can't be checked against guesses elsewhere.
    const other = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    expect(await matchTyped(other, '13800138000', [stored])).toBeUndefined();
  });

  it('keeps the whole number only when the setting is on', async () => {
    await keepWholeNumbers.setValue(true);
    const row = await addNumber(db, { label: 'Home', country: 'US', number: '415 555 2671' });
    expect((await db.numbers.get(row.id))?.whole).toBe('+14155552671');
  });

  it('refuses the same number twice', async () => {
    const a = await addNumber(db, { label: 'A', country: 'CN', number: '13800138000' });
    expect(a.mac).toMatch(/^[0-9a-f]{64}$/);
    await expect(
      addNumber(db, { label: 'B', country: 'CN', number: '+86 13800138000' }),
    ).rejects.toMatchObject({ code: 'inv_err_duplicate' });
    expect(await db.numbers.count()).toBe(1);
  });

  it('updates the label and cancellation date, and refuses a bad date', async () => {
    const a = await addNumber(db, { label: 'A', country: 'CN', number: '13800138000' });
    await updateNumber(db, a.id, { label: 'Old SIM', cancelDate: '2030-05-01' });
    expect(await db.numbers.get(a.id)).toMatchObject({ label: 'Old SIM', cancelDate: '2030-05-01' });
    await expect(updateNumber(db, a.id, { cancelDate: '2030-13-45x' })).rejects.toMatchObject({
      code: 'inv_err_date',
    });
    await updateNumber(db, a.id, { cancelDate: '' });
    expect((await db.numbers.get(a.id))?.cancelDate).toBeUndefined();
  });

  it('re-resolves sites when numbers come and go', async () => {
    await mergeObservations(db, [
      { site: 'x.com', at: 1, source: 'page', strength: 'bound-number', kinds: ['bound-number'], masked: ['*5678'] },
    ]);
    expect((await db.sites.get('x.com'))?.numberIds).toEqual([]);
    const a = await addNumber(db, { label: 'A', country: 'CN', number: '13800135678' });
    expect((await db.sites.get('x.com'))?.numberIds).toEqual([a.id]);
    const b = await addNumber(db, { label: 'B', country: 'CN', number: '13900135678' });
    expect(await db.sites.get('x.com')).toMatchObject({ numberIds: [], numberAmbiguous: true });
    await removeNumber(db, b.id);
    const after = await db.sites.get('x.com');
    expect(after?.numberIds).toEqual([a.id]);
    expect(after?.numberAmbiguous).toBeUndefined();
    expect(await db.evidence.count()).toBe(1);
  });
});

describe('masked displays', () => {
  const n = (id: string, country: string, prefix: string, suffix: string) => ({ id, country, prefix, suffix });
  const numbers = [n('cn', 'CN', '138', '5678'), n('us', 'US', '415', '2671'), n('cn2', 'CN', '159', '1234')];

  it.each([
    ['138*5678', ['cn']],
    ['*5678', ['cn']],
    ['86138*5678', ['cn']],
    ['*71', ['us']],
    ['1*2671', ['us']],
    ['139*5678', []],
    ['*34', ['cn2']],
    ['*4', []],
  ])('%s fits %j', (masked, ids) => {
    expect(numbersFitting(masked, numbers)).toEqual(ids);
  });

  it('reads the visible digits on both sides of the mask', () => {
    expect(parseMasked('138*5678')).toEqual({ head: '138', tail: '5678' });
    expect(parseMasked('*1234')).toEqual({ head: '', tail: '1234' });
    expect(parseMasked('****')).toBeNull();
  });
});

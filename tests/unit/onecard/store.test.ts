import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/utils/db';
import { eraseEverything } from '@/utils/inventory/forget';
import { addNumber, removeNumber } from '@/utils/numbers/numbers';
import { OneCardError, oneCardResults, parseCount, saveOneCardCount } from '@/utils/onecard/store';

const db = getDb();
beforeEach(async () => {
  await Promise.all([db.sites.clear(), db.numbers.clear(), db.evidence.clear()]);
});

describe('the One-Card Check count', () => {
  it('takes a whole number from 0 to 999, full-width digits and spaces around it too', () => {
    expect(parseCount('0')).toBe(0);
    expect(parseCount(' 12 ')).toBe(12);
    expect(parseCount('９')).toBe(9);
    expect(parseCount('999')).toBe(999);
  });

  it.each(['', ' ', '-1', '1000', '3.5', '1e2', 'abc', '九', '12 accounts', '0x1'])('refuses %j', (input) => {
    expect(() => parseCount(input)).toThrow(OneCardError);
  });

  it('a bad entry keeps the saved count as it was', async () => {
    await saveOneCardCount('n1', '7', 1000);
    await expect(saveOneCardCount('n1', '7000')).rejects.toThrow(OneCardError);
    expect(await oneCardResults.getValue()).toEqual({ n1: { count: 7, at: 1000 } });
  });

  it('goes with its number, and with everything', async () => {
    const a = await addNumber(db, { label: 'A', country: 'CN', number: '13800138000' }, false);
    const b = await addNumber(db, { label: 'B', country: 'CN', number: '13900139000' }, false);
    await saveOneCardCount(a.id, '3');
    await saveOneCardCount(b.id, '4');
    await removeNumber(db, a.id);
    expect(Object.keys(await oneCardResults.getValue())).toEqual([b.id]);
    await eraseEverything(db);
    expect(await oneCardResults.getValue()).toEqual({});
  });
});

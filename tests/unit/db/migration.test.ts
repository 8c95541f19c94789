import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, V1_STORES } from '@/utils/db/schema';
import { riskScore } from '@/utils/inventory/risk';

const names: string[] = [];
function freshName(): string {
  const name = `rebind-test-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** Writes a database exactly as version 1 of Rebind did. */
async function writeVersion1(name: string, sites: number) {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  await old.table('sites').bulkAdd(
    Array.from({ length: sites }, (_, i) => ({
      site: `site${i}.example`,
      kinds: i % 2 ? ['login-otp'] : ['mfa-sms', 'contact-phone'],
      status: i % 3 ? 'todo' : 'changed',
      firstSeen: 1000 + i,
      lastSeen: 2000 + i,
    })),
  );
  await old.table('evidence').bulkAdd(
    Array.from({ length: sites * 2 }, (_, i) => ({
      site: `site${i % sites}.example`,
      at: 3000 + i,
      source: 'page',
      kinds: ['login-otp'],
      url: `https://site${i % sites}.example/login`,
    })),
  );
  await old.table('numbers').add({ id: 'n1', label: 'Old phone', country: 'CN', prefix: '138', suffix: '5678', hash: 'h', salt: 's' });
  old.close();
}

describe('database upgrades', () => {
  it('opens a version 1 database and keeps every row, filling the new fields', async () => {
    const name = freshName();
    await writeVersion1(name, 50);
    const db = openDatabase(name, (row) => riskScore(row.kinds));
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.sites.count()).toBe(50);
    expect(await db.evidence.count()).toBe(100);
    // Version 4: the salted hash is gone (it identified the number), the missing fields are filled.
    const n1 = await db.numbers.get('n1');
    expect(n1).toMatchObject({ label: 'Old phone', suffix: '5678', nsnLength: 0 });
    expect(n1).not.toHaveProperty('hash');
    expect(n1).not.toHaveProperty('salt');
    expect(n1?.mac).toBeUndefined();
    expect(typeof n1?.createdAt).toBe('number');
    expect((await db.evidence.toArray()).every((e) => e.strength === 'visited')).toBe(true);
    const row = await db.sites.get('site1.example');
    expect(row).toMatchObject({
      kinds: ['login-otp'],
      status: 'todo',
      strength: 'visited',
      numberIds: [],
      firstSeen: 1001,
      lastSeen: 2001,
    });
    expect(row!.risk).toBe(riskScore(['login-otp']));
    // The person's decisions survive the upgrade.
    expect((await db.sites.get('site0.example'))!.status).toBe('changed');
    // New indexes work on upgraded rows.
    expect(await db.sites.where('kinds').equals('mfa-sms').count()).toBe(25);
    expect(await db.evidence.where('[site+at]').between(['site0.example', 0], ['site0.example', Infinity]).count()).toBe(2);
    db.close();
  });

  it('a fresh database starts empty at the current version', async () => {
    const db = openDatabase(freshName());
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.sites.count()).toBe(0);
    db.close();
  });
});

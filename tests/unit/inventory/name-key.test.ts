// An app the catalog does not know, added by its name: a stable key that is never a domain,
// written through the gate, and carried whole by a backup.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importBackupText } from '@/utils/export/backup-apply';
import { buildBackup, serializeBackup } from '@/utils/export/json';
import { mayWrite } from '@/utils/inventory/gate';
import { addAppByName, ManualError, siteFromInput } from '@/utils/inventory/manual';
import { isNameKey, nameKey } from '@/utils/inventory/name-key';
import { recordableHost } from '@/utils/url';
import { freshDb } from './db';

beforeEach(() => fakeBrowser.reset());

describe('nameKey', () => {
  it('is the same for the same name however it is spaced or capitalised', () => {
    expect(nameKey('My Gym App')).toBe('app:my-gym-app');
    expect(nameKey('  my   GYM app ')).toBe('app:my-gym-app');
    expect(nameKey('我的健身房')).toBe('app:我的健身房');
    expect(nameKey('Ｍｙ Gym')).toBe('app:my-gym');
  });

  it('can never be taken for a host, even when the name looks like a domain', () => {
    for (const name of ['My Gym App', 'gym.com', 'example.co.uk', '127.0.0.1', 'localhost']) {
      const key = nameKey(name)!;
      expect(isNameKey(key)).toBe(true);
      expect(recordableHost(key)).toBe(false);
      expect(() => siteFromInput(key)).toThrow(ManualError);
    }
    expect(isNameKey('gym.com')).toBe(false);
  });

  it('refuses a name with no letter or digit, or a very long one', () => {
    expect(nameKey('  -- !! ')).toBeNull();
    expect(nameKey('a'.repeat(81))).toBeNull();
  });
});

describe('addAppByName', () => {
  it('stores the app under its key with the name as typed, through the write gate', async () => {
    const db = freshDb();
    expect(mayWrite('app:my-gym-app', new Set())).toBe(true);
    expect(mayWrite('app:my-gym-app', new Set(['app:my-gym-app']))).toBe(false);
    const site = await addAppByName(db, '  My  Gym App ');
    expect(site).toBe('app:my-gym-app');
    expect(await db.sites.get(site)).toMatchObject({ site, name: 'My Gym App', strength: 'manual', status: 'todo', kinds: [] });
    const [evidence] = await db.evidence.toArray();
    expect(evidence).toMatchObject({ site, source: 'manual' });
    expect(evidence!.url).toBeUndefined();
  });

  it('says why a name cannot be added', async () => {
    await expect(addAppByName(freshDb(), '!!!')).rejects.toEqual(new ManualError('add_err_name'));
  });

  it('survives a backup and its import', async () => {
    const source = freshDb();
    await addAppByName(source, 'My Gym App');
    const text = serializeBackup(
      buildBackup(
        { sites: await source.sites.toArray(), evidence: await source.evidence.toArray(), numbers: [] },
        { recordPrivate: false, pausedSites: [], keepWholeNumbers: false },
        Date.now(),
      ),
    );
    const target = freshDb();
    const outcome = await importBackupText(target, text, 'merge');
    expect(outcome.ok).toBe(true);
    expect(await target.sites.get('app:my-gym-app')).toMatchObject({ name: 'My Gym App', strength: 'manual' });
    expect(await target.evidence.where('site').equals('app:my-gym-app').count()).toBe(1);
  });
});

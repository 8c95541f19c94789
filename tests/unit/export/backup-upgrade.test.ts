// Older backup formats, brought up one version at a time (utils/export/backup-upgrade.ts).
import { describe, expect, it } from 'vitest';
import { upgradeV0, upgradeV1Number } from '@/utils/export/backup-upgrade';

describe('backup upgrades', () => {
  it('version 0: ISO times, each site as strong as its strongest evidence, only numbers the file holds', () => {
    const up = upgradeV0({
      exportedAt: Date.UTC(2024, 0, 2),
      sites: [
        { site: 'a.com', firstSeen: 1000, lastSeen: 2000, statusAt: 1500, status: 'changed' },
        { site: 'b.com', firstSeen: 3000, lastSeen: 3000 },
      ],
      evidence: [
        { site: 'a.com', at: 1000, source: 'page', strength: 'visited', kinds: [], numberId: 'n1' },
        { site: 'a.com', at: 2000, source: 'submit', strength: 'submitted', kinds: ['login-otp'], numberId: 'gone' },
      ],
      numbers: [{ id: 'n1', label: 'Old', country: 'CN', prefix: '138', suffix: '5678', hash: 'ab'.repeat(16), salt: 's1', nsnLength: 11, createdAt: 0 }],
    });
    expect(up.exportedAt).toBe('2024-01-02T00:00:00.000Z');
    expect(up.sites[0]).toEqual({
      site: 'a.com', kinds: [], status: 'changed', strength: 'submitted', numberIds: ['n1'],
      firstSeen: '1970-01-01T00:00:01.000Z', lastSeen: '1970-01-01T00:00:02.000Z', statusAt: '1970-01-01T00:00:01.500Z',
    });
    // a site with no evidence: the weakest strength, to do, no numbers
    expect(up.sites[1]).toMatchObject({ strength: 'visited', status: 'todo', numberIds: [] });
    expect(up.evidence.map((e) => e.at)).toEqual(['1970-01-01T00:00:01.000Z', '1970-01-01T00:00:02.000Z']);
    // no whole number in the file: the person had not chosen to keep whole numbers
    expect(up.settings).toEqual({ recordPrivate: false, pausedSites: [], keepWholeNumbers: false });
  });

  it('version 1: a number loses its salted hash, keeps everything else', () => {
    const n = { id: 'n1', label: 'Old', country: 'CN', prefix: '138', suffix: '5678', hash: 'ab'.repeat(16), salt: 's1', nsnLength: 11, createdAt: '2024-01-01T00:00:00.000Z' };
    expect(upgradeV1Number(n)).toEqual({ id: 'n1', label: 'Old', country: 'CN', prefix: '138', suffix: '5678', nsnLength: 11, createdAt: '2024-01-01T00:00:00.000Z' });
  });
});

// A small hand-written inventory, and the backup text it exports to.
import type { EvidenceRow, NumberRow, RebindDB, SiteRow } from '@/utils/db/schema';
import { buildBackup, serializeBackup, type Inventory } from '@/utils/export/json';
import { entryForSite } from '@/utils/catalog/lookup';
import { riskScore } from '@/utils/inventory/risk';
import { certaintyOf } from '@/utils/inventory/certainty';
import type { BackupSettings } from '@/utils/export/backup-schema';

export const HASH = 'ab'.repeat(32);

/** The risk and certainty the database would hold: the real score with the real catalog. */
export const withRisk = (r: SiteRow): SiteRow => ({
  ...r,
  risk: riskScore(r.kinds, entryForSite(r.site)?.category),
  certainty: certaintyOf(r, entryForSite(r.site)),
});

export const sampleInventory = (): Inventory => ({
  numbers: [
    { id: 'n1', label: '工作号', country: 'CN', prefix: '138', suffix: '5678', hash: HASH, salt: 's1',
      nsnLength: 11, cancelDate: '2025-04-01', createdAt: 1_700_000_000_000, whole: '+8613800005678' },
  ] satisfies NumberRow[],
  sites: ([
    { site: 'bilibili.com', kinds: ['login-otp'], status: 'todo', strength: 'bound-number', firstSeen: 1_700_000_000_000,
      lastSeen: 1_700_000_100_000, risk: 0, numberIds: ['n1'], masked: ['138*5678'],
      settingsUrl: 'https://account.bilibili.com/account/security' },
    { site: 'github.com', kinds: ['mfa-sms', 'recovery-phone'], status: 'changed', strength: 'signed-in',
      firstSeen: 1_600_000_000_000, lastSeen: 1_700_000_000_000, risk: 0, numberIds: [], statusAt: 1_700_000_050_000,
      name: 'GitHub', note: 'moved to TOTP & "keys"' },
  ] satisfies SiteRow[]).map(withRisk),
  evidence: [
    { id: 1, site: 'bilibili.com', at: 1_700_000_000_000, source: 'page', strength: 'visited', kinds: ['login-otp'],
      url: 'https://passport.bilibili.com/login', signals: ['tel-input', 'send-code'] },
    { id: 2, site: 'bilibili.com', at: 1_700_000_100_000, source: 'page', strength: 'bound-number', kinds: ['bound-number'],
      url: 'https://account.bilibili.com/account/security', masked: ['138*5678'], numberId: 'n1' },
    { id: 3, site: 'github.com', at: 1_700_000_000_000, source: 'password-manager', strength: 'imported', kinds: [],
      detail: 'Bitwarden export' },
  ] satisfies EvidenceRow[],
});

export const sampleSettings: BackupSettings = { recordPrivate: false, pausedSites: ['example.org'], keepWholeNumbers: false };

export const sampleText = (settings = sampleSettings, inv = sampleInventory()) =>
  serializeBackup(buildBackup(inv, settings, Date.UTC(2025, 2, 1)));

export async function fill(db: RebindDB, inv: Inventory): Promise<void> {
  await db.transaction('rw', db.sites, db.evidence, db.numbers, async () => {
    await db.numbers.bulkAdd(inv.numbers);
    await db.sites.bulkAdd(inv.sites);
    await db.evidence.bulkAdd(inv.evidence);
  });
}

export async function dump(db: RebindDB): Promise<Inventory> {
  return {
    sites: await db.sites.orderBy('site').toArray(),
    evidence: await db.evidence.orderBy('id').toArray(),
    numbers: await db.numbers.orderBy('id').toArray(),
  };
}

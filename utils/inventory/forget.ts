// Forgetting: one site (its row and all its evidence), or everything Rebind keeps (the
// inventory, the numbers, the settings, the open guide tabs, the sites named in a failed-write
// notice, the One-Card Check counts). Each in one transaction, so a
// failure leaves the data as it was.
import { writeProblem } from '../db/health';
import type { RebindDB } from '../db/schema';
import { guideTabs } from '../guide/tabs';
import { oneCardResults } from '../onecard/store';
import { keepWholeNumbers, pausedSites, recordPrivate } from '../settings';

export async function forgetSite(db: RebindDB, site: string): Promise<void> {
  await db.transaction('rw', db.sites, db.evidence, async () => {
    await db.evidence.where('site').equals(site).delete();
    await db.sites.delete(site);
  });
}

export async function eraseEverything(db: RebindDB): Promise<void> {
  await db.transaction('rw', db.sites, db.evidence, db.numbers, async () => {
    await Promise.all([db.sites.clear(), db.evidence.clear(), db.numbers.clear()]);
  });
  await Promise.all([
    recordPrivate.removeValue(),
    pausedSites.removeValue(),
    keepWholeNumbers.removeValue(),
    guideTabs.removeValue(),
    writeProblem.removeValue(),
    oneCardResults.removeValue(),
  ]);
}

// Whether the database opens (and upgrades). Every screen asks before showing data, so a broken
// or newer database is said plainly instead of showing an empty, silent page.
export interface DbProblem {
  /** The error's name (VersionError, QuotaExceededError, UpgradeError, ...), shown as detail. */
  name: string;
}

/** Null when `open` (e.g. `() => getDb().open()`) succeeds, else what went wrong. */
export async function databaseProblem(open: () => Promise<unknown>): Promise<DbProblem | null> {
  try {
    await open();
    return null;
  } catch (e) {
    const err = e as { name?: string; inner?: { name?: string } };
    return { name: err.inner?.name ?? err.name ?? 'Error' };
  }
}

// The one reader of Rebind's database for the browser suites (tests/e2e with Playwright,
// tests/firefox with BiDi): each suite runs it inside an extension page through its own driver.
// It must stay self-contained (no imports, no outer names): the drivers send its source text.

export type TableName = 'sites' | 'evidence' | 'numbers';

/**
 * All rows of one table of the extension's IndexedDB, read in an extension page (same origin as
 * the database). A table or database that does not exist yet reads as no rows, and the reader
 * never creates the database (that would leave an empty version 1 for the extension to find).
 */
export function readTableInPage(name: string): Promise<unknown[]> {
  return new Promise<unknown[]>((ok, fail) => {
    let missing = false;
    const open = indexedDB.open('rebind');
    open.onupgradeneeded = () => {
      missing = true;
      open.transaction?.abort();
    };
    open.onerror = () => (missing ? ok([]) : fail(open.error));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(name)) {
        db.close();
        ok([]);
        return;
      }
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => {
        db.close();
        ok(req.result);
      };
      req.onerror = () => {
        db.close();
        fail(req.error);
      };
    };
  });
}

// A fresh database per test (fake-indexeddb), with the real risk function.
import { openDatabase, type RebindDB } from '@/utils/db/schema';

let n = 0;
export function freshDb(): RebindDB {
  return openDatabase(`inv-test-${Date.now()}-${n++}`);
}

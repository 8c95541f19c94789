// npm run catalog -- lookup <hostname>   the entry as JSON (exit 1 if unknown)
// npm run catalog -- stats               counts as JSON
// npm run catalog -- search <query>      matching sites, one JSON object per line
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allEntries, entryForSite, searchCatalog, siteForHost } from '../utils/catalog/lookup';
import { catalogStats } from '../utils/catalog/stats';

const USAGE = 'usage: npm run catalog -- lookup <hostname> | stats | search <query> [limit]';

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const [cmd, arg, limit] = argv;
  if (cmd === 'stats') {
    out(JSON.stringify(catalogStats(allEntries()), null, 2));
    return 0;
  }
  if (cmd === 'lookup' && arg) {
    const site = siteForHost(arg);
    const entry = site ? entryForSite(site) : undefined;
    if (!entry) {
      err(`not in the catalog: ${arg}${site ? ` (site ${site})` : ''}`);
      return 1;
    }
    out(JSON.stringify(entry, null, 2));
    return 0;
  }
  if (cmd === 'search' && arg) {
    const n = limit ? Number(limit) : 20;
    for (const e of searchCatalog(arg, Number.isFinite(n) ? n : 20)) out(JSON.stringify({ site: e.site, name: e.name, kinds: e.kinds }));
    return 0;
  }
  err(USAGE);
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = run(process.argv.slice(2), (s) => console.log(s), (s) => console.error(s));
}

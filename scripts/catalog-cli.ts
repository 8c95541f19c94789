// npm run catalog -- lookup <host> [--json]   which site a host speaks for, and each fact of its
//                                            entry with its status and sources (exit 1 if unknown)
// npm run catalog -- stats                   counts as JSON, by status (sourced / unverified)
// npm run catalog -- search <query>          matching sites, one JSON object per line
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allEntries, entryForSite, searchCatalog, siteForHost } from '../utils/catalog/lookup';
import { catalogStats } from '../utils/catalog/stats';
import type { CatalogEntry, Fact, Localized } from '../utils/catalog/types';

const USAGE = 'usage: npm run catalog -- lookup <hostname> [--json] | stats | search <query> [limit]';

const shown = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? v.join(', ') : `${(v as Localized).en} | ${(v as Localized).zh}`;

/** One fact: its value, its status, then one line per source. */
function factLines(label: string, f: Fact<unknown> | undefined, indent: string): string[] {
  if (!f) return [];
  const lines = [`${indent}${label}: ${shown(f.value)}`, `${indent}  status: ${f.status}`];
  for (const s of f.sources ?? []) {
    lines.push(`${indent}  source: ${s.type}, retrieved ${s.retrieved}: ${s.url}${s.title ? ` (${s.title})` : ''}`);
  }
  if (!f.sources?.length) lines.push(`${indent}  source: none`);
  return lines;
}

export function describeEntry(host: string, e: CatalogEntry): string {
  const lines = [
    `${host} -> ${e.site}: ${e.name.en}${e.name.zh && e.name.zh !== e.name.en ? ` / ${e.name.zh}` : ''} (${e.origin})`,
    `  domains: ${e.domains.join(', ')}`,
    `  category: ${e.category}; regions: ${e.regions?.join(', ') ?? 'worldwide'}`,
  ];
  if (e.kindsFact) lines.push(...factLines('kinds', e.kindsFact, '  '));
  else lines.push(`  kinds: ${e.kinds.join(', ') || '(none)'}`, `    source: ${e.source}`);
  (e.numbers ?? []).forEach((n, i) => {
    lines.push(`  number ${i + 1}${n.role ? `: ${n.role.en} | ${n.role.zh}` : ''}`);
    lines.push(...factLines('web', n.web, '    '));
    lines.push(...factLines(n.app?.typical ? 'app (typical path)' : 'app', n.app, '    '));
    lines.push(...factLines('removable', n.removable, '    '));
    lines.push(...factLines('delay', n.delay, '    '));
    lines.push(...factLines('lost number', n.lostNumber, '    '));
  });
  if (e.securityUrl) lines.push(`  security page: ${e.securityUrl}`);
  if (e.twoStepHelp) lines.push(`  two-step help (not where to change): ${e.twoStepHelp}`);
  if (e.deletion) lines.push(`  deletion: ${e.deletion.url ?? '(no page)'} ${e.deletion.difficulty ?? ''}`.trimEnd());
  if (e.checked) lines.push(`  checked: ${e.checked}`);
  lines.push(`  public data: ${e.source}`);
  return lines.join('\n');
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const [cmd, arg, opt] = argv;
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
    out(opt === '--json' ? JSON.stringify(entry, null, 2) : describeEntry(arg, entry));
    return 0;
  }
  if (cmd === 'search' && arg) {
    const n = opt ? Number(opt) : 20;
    for (const e of searchCatalog(arg, Number.isFinite(n) ? n : 20)) out(JSON.stringify({ site: e.site, name: e.name, kinds: e.kinds }));
    return 0;
  }
  err(USAGE);
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = run(process.argv.slice(2), (s) => console.log(s), (s) => console.error(s));
}

// Catalog costs: building the maps on first use, host lookups against the bare tldts
// call they wrap, search for "add a site by hand", and the size of the generated data.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { getDomain } from 'tldts';
import { allEntries, buildCatalog, entryForSite, searchCatalog, siteForHost, type CuratedFile } from '../utils/catalog/lookup';
import type { GeneratedFile } from '../utils/catalog/types';

const raw = readFileSync(new URL('../utils/catalog/generated.json', import.meta.url), 'utf8');
const generated = JSON.parse(raw) as GeneratedFile;
const curatedRaw = readFileSync(new URL('../utils/catalog/curated.json', import.meta.url), 'utf8');
const CURATED = (JSON.parse(curatedRaw) as CuratedFile).sites;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function time(runs: number, fn: () => void): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

const build = time(21, () => buildCatalog(generated, CURATED));
const parse = time(21, () => JSON.parse(raw));

// Hosts as the background sees them: subdomains of known sites, grouped domains, unknown ones.
const known = allEntries().flatMap((e) => e.domains.map((d) => `www.${d}`));
const hosts = [...known, ...known.map((h, i) => `shop${i}.unknown-site-${i}.com`)];
siteForHost('warm.example.com');
const rounds = 5;
const perHost = (fn: (h: string) => unknown) =>
  (time(rounds, () => {
    for (const h of hosts) fn(h);
  }) * 1e6) / hosts.length;
const bare = perHost((h) => getDomain(h));
const lookup = perHost(siteForHost);
const sites = allEntries().map((e) => e.site);
const entry = (time(rounds, () => {
  for (const s of sites) entryForSite(s);
}) * 1e6) / sites.length;
const search = time(21, () => searchCatalog('bank', 20));
const searchZh = time(21, () => searchCatalog('银行', 20));

const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`## Catalog

${allEntries().length} sites (${CURATED.length} curated), ${hosts.length} hosts per lookup round, median of ${rounds}–21 runs.

| measure | result |
| --- | --- |
| generated.json size | ${kb(raw.length)} (${kb(gzipSync(raw).length)} gzipped) |
| curated.json size | ${kb(curatedRaw.length)} (${kb(gzipSync(curatedRaw).length)} gzipped) |
| JSON.parse of generated.json | ${parse.toFixed(1)} ms |
| build the maps (first lookup) | ${build.toFixed(1)} ms |
| getDomain (tldts alone) | ${bare.toFixed(0)} ns/host |
| siteForHost (tldts + catalog) | ${lookup.toFixed(0)} ns/host, ${(lookup / bare).toFixed(2)}× the bare tldts call |
| entryForSite | ${entry.toFixed(0)} ns/site |
| searchCatalog("bank", 20) | ${search.toFixed(2)} ms |
| searchCatalog("银行", 20) | ${searchZh.toFixed(2)} ms |

Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}; other jobs shared the machine.`);

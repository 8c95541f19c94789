// Runs every benchmark in bench/ (one file per area) and writes each one's section into
// docs/BENCHMARKS.md between <!-- bench:NAME --> markers, so areas never overwrite each other.
// Usage: npm run bench [-- name ...]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const dir = 'bench';
const files = readdirSync(dir)
  .filter((f) => /\.bench\.(mjs|ts)$/.test(f))
  .filter((f) => !only.length || only.some((o) => f.startsWith(o)))
  .sort();
const docPath = 'docs/BENCHMARKS.md';
let doc = existsSync(docPath)
  ? readFileSync(docPath, 'utf8')
  : '# Benchmarks\n\nWritten by `npm run bench`. Each section is replaced when its benchmark runs again.\n';

let failed = 0;
for (const f of files) {
  const name = f.replace(/\.bench\.(mjs|ts)$/, '');
  console.log(`== bench ${name}`);
  const r = spawnSync('npx', ['tsx', join(dir, f)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) {
    console.error(`bench ${name} failed (exit ${r.status})`);
    failed++;
    continue;
  }
  // A benchmark prints its Markdown section on stdout.
  const section = `<!-- bench:${name} -->\n${r.stdout.trim()}\n<!-- /bench:${name} -->`;
  const re = new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->`);
  doc = re.test(doc) ? doc.replace(re, section) : `${doc.trimEnd()}\n\n${section}\n`;
  console.log(r.stdout.trim());
}
writeFileSync(docPath, doc);
console.log(`wrote ${docPath}`);
process.exit(failed ? 1 : 0);

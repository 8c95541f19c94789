// npm run catalog:build -- derive utils/catalog/generated.json from the public data in
// ../shared/data (or $REBIND_DATA_DIR), and check the curated files in data/catalog/sites into
// utils/catalog/curated.json; a curated entry's `notOurs` cuts the public groups. Skipped
// public records are listed on stderr; a missing source file or any bad curated file is fatal
// (each error names the file and field), so a half-built catalog is never written.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkCuratedSet } from '../utils/catalog/curated-schema';
import { generate, serialize, SOURCE_FILES, type Problem, type Sources } from '../utils/catalog/generate';
import type { CuratedSite } from '../utils/catalog/types';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultDataDir = () =>
  process.env.REBIND_DATA_DIR
    ? path.resolve(process.env.REBIND_DATA_DIR)
    : path.resolve(repoRoot, '../shared/data');
export const defaultOutFile = path.join(repoRoot, 'utils/catalog/generated.json');
export const curatedDir = path.join(repoRoot, 'data/catalog/sites');
export const curatedOutFile = path.join(repoRoot, 'utils/catalog/curated.json');

/** Every curated file, checked; errors name the file and field. */
export function readCurated(dir: string): { sites: CuratedSite[]; errors: string[] } {
  const files = readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
  const bad = files.filter((f) => !f.file.endsWith('.json')).map((f) => `${f.file}: (file): not a .json file`);
  const r = checkCuratedSet(files.filter((f) => f.file.endsWith('.json')));
  return { sites: r.sites, errors: [...bad, ...r.errors] };
}

/** One site per line, like generated.json. */
export function serializeCurated(sites: readonly CuratedSite[]): string {
  return `{"format":1,"sites":[\n${sites.map((s) => JSON.stringify(s)).join(',\n')}\n]}\n`;
}

/** Which data folder holds which commit, read from the data's README table (credits only). */
function readCommits(dataDir: string): Record<string, string> {
  const readme = path.join(dataDir, 'README.md');
  if (!existsSync(readme)) return {};
  const out: Record<string, string> = {};
  for (const line of readFileSync(readme, 'utf8').split('\n')) {
    const m = /^\|\s*`([\w-]+)\/[^|]*\|\s*([\w./-]+)[^|]*?commit ([0-9a-f]{7,40})/.exec(line);
    if (m) out[m[1]!] = `${m[2]}@${m[3]}`;
  }
  return out;
}

/** `curated` cuts the public groups where an entry lists `notOurs`; errors name file and field. */
export function buildFromDir(
  dataDir: string,
  curated: readonly CuratedSite[] = [],
): { json: string; problems: Problem[]; errors: string[]; sites: number } {
  const sources = {} as Sources;
  for (const [key, rel] of Object.entries(SOURCE_FILES) as [keyof Sources, string][]) {
    const file = path.join(dataDir, rel);
    if (!existsSync(file)) throw new Error(`catalog source missing: ${file}`);
    try {
      sources[key] = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`catalog source is not JSON: ${file}: ${(e as Error).message}`);
    }
  }
  const { file, problems, errors } = generate(sources, curated);
  file.sources = readCommits(dataDir);
  return { json: serialize(file), problems, errors, sites: file.sites.length };
}

function main(): void {
  const dataDir = defaultDataDir();
  const out = process.argv[2] ? path.resolve(process.argv[2]) : defaultOutFile;
  const curatedOut = process.argv[3] ? path.resolve(process.argv[3]) : curatedOutFile;
  const curated = readCurated(process.env.REBIND_CURATED_DIR ? path.resolve(process.env.REBIND_CURATED_DIR) : curatedDir);
  if (curated.errors.length) {
    for (const e of curated.errors) process.stderr.write(`bad curated file: ${e}\n`);
    process.stderr.write(`${curated.errors.length} errors in data/catalog/sites; nothing written\n`);
    process.exit(1);
  }
  let result;
  try {
    result = buildFromDir(dataDir, curated.sites);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
  if (result.errors.length) {
    for (const e of result.errors) process.stderr.write(`bad curated file: ${e}\n`);
    process.stderr.write(`${result.errors.length} errors in data/catalog/sites; nothing written\n`);
    process.exit(1);
  }
  writeFileSync(curatedOut, serializeCurated(curated.sites));
  process.stderr.write(`wrote ${path.relative(process.cwd(), curatedOut)}: ${curated.sites.length} curated sites\n`);
  for (const p of result.problems) process.stderr.write(`skipped: ${p.file}: ${p.record}: ${p.reason}\n`);
  writeFileSync(out, result.json);
  process.stderr.write(
    `wrote ${path.relative(process.cwd(), out)}: ${result.sites} sites, ${result.json.length} bytes, ${result.problems.length} problems\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();

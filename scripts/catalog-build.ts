// npm run catalog:build -- derive utils/catalog/generated.json from the public data in
// ../shared/data (or $REBIND_DATA_DIR). Skipped records are listed on stderr; a missing
// source file is fatal, so a half-built catalog is never written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate, serialize, SOURCE_FILES, type Problem, type Sources } from '../utils/catalog/generate';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultDataDir = () =>
  process.env.REBIND_DATA_DIR
    ? path.resolve(process.env.REBIND_DATA_DIR)
    : path.resolve(repoRoot, '../shared/data');
export const defaultOutFile = path.join(repoRoot, 'utils/catalog/generated.json');

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

export function buildFromDir(dataDir: string): { json: string; problems: Problem[]; sites: number } {
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
  const { file, problems } = generate(sources);
  file.sources = readCommits(dataDir);
  return { json: serialize(file), problems, sites: file.sites.length };
}

function main(): void {
  const dataDir = defaultDataDir();
  const out = process.argv[2] ? path.resolve(process.argv[2]) : defaultOutFile;
  let result;
  try {
    result = buildFromDir(dataDir);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
  for (const p of result.problems) process.stderr.write(`skipped: ${p.file}: ${p.record}: ${p.reason}\n`);
  writeFileSync(out, result.json);
  process.stderr.write(
    `wrote ${path.relative(process.cwd(), out)}: ${result.sites} sites, ${result.json.length} bytes, ${result.problems.length} problems\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();

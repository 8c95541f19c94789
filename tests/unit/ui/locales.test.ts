// Every string the UI and the overlay ask for exists in both languages, with the same placeholders.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n';

const ROOTS = ['components/popup', 'components/dashboard', 'components/common', 'components/onecard', 'utils/guide'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

const source = ROOTS.flatMap(files).map((f) => readFileSync(f, 'utf8')).join('\n');
const literal = [...source.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!);
const prefixed = Object.keys(LOCALES.en).filter((k) => /^(ui_|guide_|cl_|safety_|onecard_)/.test(k));
const placeholders = (s: string | undefined) => [...(s ?? '').matchAll(/\$[A-Za-z0-9_]+\$/g)].map((m) => m[0]).sort();

describe('UI strings', () => {
  it('finds the keys it checks', () => {
    expect(literal.length).toBeGreaterThan(100);
  });

  it.each(['en', 'zh'] as const)('every key used exists in %s', (lang) => {
    expect([...new Set(literal)].filter((k) => !LOCALES[lang][k])).toEqual([]);
  });

  it('zh_CN has every ui_/guide_/safety_ key of en, with the same placeholders, and is not English', () => {
    const missing = prefixed.filter((k) => !LOCALES.zh[k]);
    expect(missing).toEqual([]);
    const mismatched = prefixed.filter((k) => placeholders(LOCALES.en[k]?.message).join() !== placeholders(LOCALES.zh[k]?.message).join());
    expect(mismatched).toEqual([]);
    const untranslated = prefixed.filter((k) => /[A-Za-z]{4,}/.test(LOCALES.zh[k]!.message) && !/[\u4e00-\u9fff]/.test(LOCALES.zh[k]!.message));
    expect(untranslated).toEqual([]);
  });

  it('keys built at run time (statuses, kinds, sources, categories, certainty, impact, countries) exist in both', async () => {
    const { STATUSES, KINDS, STRENGTHS, EVIDENCE_SOURCES } = await import('@/utils/types');
    const { CATEGORIES, DIFFICULTIES, SOURCE_TYPES } = await import('@/utils/catalog/types');
    const { CERTAINTIES } = await import('@/utils/inventory/certainty');
    const { IMPACTS } = await import('@/utils/inventory/impact');
    const { RECYCLING_RULES } = await import('@/utils/inventory/recycling');
    const countries = RECYCLING_RULES.map((r) => r.country);
    const keys = [
      ...STATUSES.map((s) => `ui_status_${s.replaceAll('-', '_')}`),
      ...STATUSES.filter((s) => s !== 'todo').map((s) => `ui_action_${s.replaceAll('-', '_')}`),
      ...KINDS.map((k) => `kind_${k.replaceAll('-', '_')}`),
      ...STRENGTHS.map((s) => `ui_strength_${s.replaceAll('-', '_')}`),
      ...EVIDENCE_SOURCES.map((s) => `ui_source_${s.replaceAll('-', '_')}`),
      ...CATEGORIES.map((c) => `ui_cat_${c}`),
      ...DIFFICULTIES.map((d) => `ui_difficulty_${d}`),
      ...CERTAINTIES.map((c) => `cl_certainty_${c.replaceAll('-', '_')}`),
      ...IMPACTS.map((i) => `cl_impact_${i}`),
      ...['progress', 'daysLeft', 'openAccounts'].flatMap((k) => [`cl_${k}_one`, `cl_${k}_other`]),
      ...countries.flatMap((c) => [`cl_window_${c}`, `cl_recycle_${c}`, `export_ics_end_${c}`, `export_ics_endDesc_${c}`]),
      'cl_recycle_unknown',
      ...['phone', 'learned', 'security', 'well_known', 'front'].map((x) => `ui_go_opens_${x}`),
      ...['phone', 'learned', 'security', 'well_known', 'front'].map((x) => `ui_guide_src_${x}`),
      ...['sites', 'numbers', 'import', 'export', 'settings', 'privacy'].map((x) => `ui_nav_${x}`),
      ...SOURCE_TYPES.map((s) => `onecard_src_${s.replaceAll('-', '_')}`),
    ];
    for (const lang of ['en', 'zh'] as const) expect(keys.filter((k) => !LOCALES[lang][k])).toEqual([]);
  });
});

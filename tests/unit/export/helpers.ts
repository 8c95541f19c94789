// Shared by the export tests: a translator over the real messages.json files (so a missing key
// or a broken placeholder shows up), sample items, and a fresh database per test.
import { openDatabase, type RebindDB } from '@/utils/db/schema';
import type { ExportContext, ExportItem, ExportList, Translate } from '@/utils/export/types';
import { isDone } from '@/utils/export/text';
import { translator as shared } from '../i18n';

/** The exporters' translate function over the real messages.json (tests/unit/i18n.ts: unknown keys throw). */
export const translator = (locale: 'en' | 'zh_CN'): Translate => shared(locale === 'zh_CN' ? 'zh' : 'en') as Translate;

export const NOW = Date.UTC(2025, 2, 1, 10, 0, 0);
export const ctxEn: ExportContext = { t: translator('en'), lang: 'en', now: NOW };
export const ctxZh: ExportContext = { t: translator('zh_CN'), lang: 'zh', now: NOW };

export function item(over: Partial<ExportItem> & { site: string }): ExportItem {
  return {
    name: over.site,
    kinds: ['login-otp'],
    status: 'todo',
    impact: 'other',
    certainty: 'likely',
    numberIds: [],
    numbers: [],
    numberUnconfirmed: false,
    where: { url: `https://${over.site}/.well-known/change-password` },
    lastSeen: NOW - 86_400_000,
    ...over,
  };
}

/** Items as an exporter receives them, with the counts the checklist would give for them. */
export function list(items: readonly ExportItem[]): ExportList {
  const done = items.filter((i) => isDone(i.status)).length;
  return {
    items: [...items],
    counts: {
      open: items.length - done,
      done,
      total: items.length,
      openSure: items.filter((i) => !isDone(i.status) && i.certainty !== 'possible').length,
    },
  };
}

let n = 0;
export function freshDb(): RebindDB {
  return openDatabase(`export-test-${Date.now()}-${n++}`);
}

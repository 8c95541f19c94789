// Helpers for the UI e2e tests: seed the inventory from an extension page, read the locale files.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const cache = new Map<string, Messages>();

/** The text chrome.i18n gives for a key in a locale, with $1.. substituted (for assertions). */
export function msg(lang: 'en' | 'zh-CN', key: string, ...subs: (string | number)[]): string {
  const dir = lang === 'zh-CN' ? 'zh_CN' : 'en';
  let m = cache.get(dir);
  if (!m) {
    m = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales', dir, 'messages.json'), 'utf8')) as Messages;
    cache.set(dir, m);
  }
  const e = m[key];
  if (!e) throw new Error(`no message ${key} in ${dir}`);
  return e.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = e.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => String(subs[Number(n) - 1] ?? ''));
  });
}

export interface Seed {
  sites: Record<string, unknown>[];
  numbers?: Record<string, unknown>[];
  evidence?: Record<string, unknown>[];
}

/**
 * Writes rows into the extension's database from an extension page that has already opened it
 * (the page's Dexie created the schema). Pages showing the data are reloaded afterwards.
 */
export async function seed(page: Page, data: Seed): Promise<void> {
  await page.evaluate(
    (d) =>
      new Promise<void>((ok, fail) => {
        const open = indexedDB.open('rebind');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sites', 'numbers', 'evidence'], 'readwrite');
          for (const s of d.sites) tx.objectStore('sites').put(s);
          for (const n of d.numbers ?? []) tx.objectStore('numbers').put(n);
          const ev = tx.objectStore('evidence');
          for (const e of d.evidence ?? []) ev.put(e);
          tx.oncomplete = () => {
            db.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    data,
  );
}

const DAY = 86_400_000;

export function site(site: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Date.now();
  return {
    site,
    kinds: ['login-otp'],
    status: 'todo',
    strength: 'signed-in',
    firstSeen: now - 30 * DAY,
    lastSeen: now - DAY,
    risk: 41,
    numberIds: [],
    ...over,
  };
}

/** A heavy user's inventory: n sites over a few numbers, riskier ones first in no particular order. */
export function manySites(n: number, numberIds: string[] = []): Record<string, unknown>[] {
  const kinds = [['login-otp'], ['recovery-phone', 'mfa-sms'], ['login-phone'], ['mfa-sms'], ['bound-number'], ['contact-phone']];
  const statuses = ['todo', 'todo', 'todo', 'changed', 'not-mine', 'ignore'];
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      site(`site${i}.example${i % 7}.com`.replace(/\.example\d\.com$/, `-x${i % 7}.com`), {
        kinds: kinds[i % kinds.length],
        status: statuses[(i * 7) % statuses.length],
        risk: (i * 37) % 140,
        lastSeen: Date.now() - (i % 300) * DAY,
        numberIds: numberIds.length ? [numberIds[i % numberIds.length]] : [],
        masked: i % 5 === 0 ? ['138*5678'] : undefined,
      }),
    );
  }
  return out;
}

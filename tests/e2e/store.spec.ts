// Store images from fixture data, in English and Simplified Chinese: Chrome Web Store
// screenshots (1280 × 800) of the popup and the dashboard, and the 440 × 280 promo tile, with
// the captions of docs/store/<lang>.md. Written to docs/store/<lang>/.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { msg, seed, site } from './ui-helpers';

declare const chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };

const ROOT = resolve(import.meta.dirname, '..', '..');
const ICON = `data:image/png;base64,${readFileSync(resolve(ROOT, 'public/icon/128.png')).toString('base64')}`;

/** The listing's screenshot captions (`- popup: …` under "## Screenshot captions"). */
function captions(dir: string): Record<'popup' | 'dashboard' | 'tile', string> {
  const text = readFileSync(resolve(ROOT, 'docs/store', `${dir}.md`), 'utf8');
  const section = text.split(/^## /m).find((s) => s.startsWith('Screenshot captions')) ?? '';
  const out: Record<string, string> = {};
  for (const m of section.matchAll(/^- (\w+): (.+)$/gm)) out[m[1]!] = m[2]!.trim();
  for (const k of ['popup', 'dashboard', 'tile']) if (!out[k]) throw new Error(`docs/store/${dir}.md: no caption for ${k}`);
  return out as Record<'popup' | 'dashboard' | 'tile', string>;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain page around an image or a title, for the store's fixed sizes. */
async function compose(context: BrowserContext, size: { width: number; height: number }, body: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; height: 100%; }
    body { font-family: system-ui, "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; background: linear-gradient(135deg, #0b57d0, #063a8c); color: #fff;
      display: flex; align-items: center; justify-content: center; gap: 56px; box-sizing: border-box; }
    .caption { max-width: 520px; font-size: 44px; font-weight: 700; line-height: 1.25; }
    .name { display: flex; align-items: center; gap: 14px; font-size: 30px; font-weight: 700; margin-bottom: 24px; }
    .shot { border-radius: 12px; box-shadow: 0 16px 48px rgba(0, 0, 0, 0.35); max-height: 720px; }
    .tile { flex-direction: column; gap: 14px; padding: 24px; text-align: center; }
    .tile .name { margin: 0; font-size: 34px; }
    .tile .caption { font-size: 22px; font-weight: 600; max-width: 380px; }
  </style></head>${body}</html>`);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

const NUMBER = {
  id: 'n-old', label: 'Old SIM', country: 'CN', prefix: '138', suffix: '5678', hash: 'h', salt: 's',
  nsnLength: 11, createdAt: Date.now(),
};

const SITES = [
  site('paypal.com', { kinds: ['login-otp', 'recovery-phone'], risk: 140.2, numberIds: ['n-old'], strength: 'signed-in', name: 'PayPal' }),
  site('bilibili.com', { kinds: ['login-otp'], risk: 80.1, numberIds: ['n-old'], name: 'Bilibili' }),
  site('taobao.com', { kinds: ['login-otp', 'recovery-phone'], risk: 95.3, numberIds: ['n-old'], strength: 'submitted', name: 'Taobao' }),
  site('example-forum.com', { kinds: ['bound-number', 'recovery-phone'], risk: 38.2, numberIds: ['n-old'], strength: 'bound-number', masked: ['138*5678'] }),
  site('dropbox.com', { kinds: ['mfa-sms'], risk: 22.4, numberIds: ['n-old'], strength: 'signed-in', name: 'Dropbox' }),
  site('example-shop.com', { kinds: ['mfa-sms'], risk: 20.1, strength: 'submitted', status: 'changed', statusAt: Date.now() }),
  site('example-gym.com', { kinds: ['login-phone'], risk: 30.1, strength: 'imported' }),
  site('jd.com', { kinds: ['contact-phone'], risk: 1.2, strength: 'visited', name: 'JD.com' }),
];

for (const lang of ['en', 'zh-CN'] as const) {
  const dir = lang === 'en' ? 'en' : 'zh_CN';
  const out = resolve(ROOT, 'docs/store', dir);

  test.describe(`store images in ${lang}`, () => {
    test.use({ lang });

    test('screenshots at 1280 × 800 and the 440 × 280 promo tile', async ({ context, openExtensionPage }) => {
      test.setTimeout(180_000);
      mkdirSync(out, { recursive: true });
      const text = captions(dir);
      const name = msg(lang, 'extName');

      const dash = await openExtensionPage('options.html');
      await expect(dash.locator('.dashboard h1')).toBeVisible();
      await seed(dash, { sites: SITES, numbers: [NUMBER] });
      await dash.setViewportSize({ width: 1280, height: 800 });
      await dash.reload();
      await expect(dash.locator('table.sites tbody tr[data-site="paypal.com"]')).toBeVisible();
      expect(await dash.locator('table.sites tbody tr').count()).toBeGreaterThan(5);
      const dashShot = await dash.screenshot();

      // The popup describes the site of a tab the person has open.
      const tab = await context.newPage();
      await tab.goto('http://passport.bilibili.com/login');
      const popup = await openExtensionPage('popup.html');
      const tabId = await popup.evaluate(async () => (await chrome.tabs.query({ url: 'http://passport.bilibili.com/*' }))[0]?.id ?? -1);
      await popup.goto(popup.url() + `?tab=${tabId}`);
      await popup.setViewportSize({ width: 400, height: 900 });
      await expect(popup.locator('[data-current-site="bilibili.com"]')).toBeVisible();
      await expect(popup.locator('.checklist [data-site="paypal.com"]')).toBeVisible();
      const popupShot = await popup.locator('.popup').screenshot();

      const files = {
        popup: resolve(out, 'screenshot-1-popup.png'),
        dashboard: resolve(out, 'screenshot-2-dashboard.png'),
        tile: resolve(out, 'promo-tile-440x280.png'),
      };
      const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
      const first = await compose(context, { width: 1280, height: 800 }, `<body>
        <div><div class="name"><img src="${ICON}" width="48" height="48" alt="">${esc(name)}</div>
        <div class="caption">${esc(text.popup)}</div></div>
        <img class="shot" src="${img(popupShot)}" alt=""></body>`);
      await expect(first.locator('img.shot')).toHaveJSProperty('complete', true);
      await first.screenshot({ path: files.popup });

      const second = await compose(context, { width: 1280, height: 800 }, `<body style="flex-direction: column; gap: 18px">
        <div class="caption" style="max-width: none; font-size: 32px">${esc(text.dashboard)}</div>
        <img class="shot" style="width: 1120px" src="${img(dashShot)}" alt=""></body>`);
      await expect(second.locator('img.shot')).toHaveJSProperty('complete', true);
      await second.screenshot({ path: files.dashboard });

      const tile = await compose(context, { width: 440, height: 280 }, `<body class="tile">
        <div class="name"><img src="${ICON}" width="56" height="56" alt="">${esc(name)}</div>
        <div class="caption">${esc(text.tile)}</div></body>`);
      await tile.screenshot({ path: files.tile });

      expect(pngSize(files.popup)).toEqual([1280, 800]);
      expect(pngSize(files.dashboard)).toEqual([1280, 800]);
      expect(pngSize(files.tile)).toEqual([440, 280]);
    });
  });
}

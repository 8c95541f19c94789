import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/utils/db';
import { readSmsFile, readSmsText, sniff, writeSmsEvidence } from '@/utils/sms/import';
import { SmsImportError } from '@/utils/sms/errors';
import { addNumber } from '@/utils/numbers/numbers';

const db = getDb();
beforeEach(async () => {
  await Promise.all([db.sites.clear(), db.numbers.clear(), db.evidence.clear()]);
});

const xml = (rows: [string, string, number, number][]) =>
  `<?xml version='1.0' encoding='UTF-8'?><smses>${rows
    .map(([a, b, type, date]) => `<sms address="${a}" date="${date}" type="${type}" body="${b}" sub_id="1" />`)
    .join('')}</smses>`;

describe('SMS import into the inventory', () => {
  it('writes one sms evidence row per service for the chosen number: count and dates, no body, no code', async () => {
    const n = await addNumber(db, { label: 'Old', country: 'CN', number: '13800138000' }, false);
    const summary = await readSmsFile(new Blob([xml([
      ['1069', '【铁路客服】验证码：482913，请勿泄露。', 1, Date.UTC(2024, 0, 2)],
      ['1069', '【铁路客服】验证码：771234，请勿泄露。', 1, Date.UTC(2025, 5, 30)],
      ['1069', '【腾讯科技】你正在登录微信，验证码 551177。', 1, Date.UTC(2025, 1, 1)],
      ['13900001111', '我的支付宝验证码是 998877', 1, Date.UTC(2025, 1, 1)],
      ['1069', '【京东】验证码 663311', 2, Date.UTC(2025, 1, 1)],
    ])]));
    const tally = summary.sims.get('1')!;
    expect([...tally.sites.keys()].sort()).toEqual(['12306.cn', 'wechat.com']);
    await writeSmsEvidence(db, [...tally.sites].map(([site, t]) => ({ site, tally: t })), n.id);
    const rows = await db.evidence.toArray();
    expect(rows.map((r) => [r.site, r.source, r.numberId, r.detail]).sort()).toEqual([
      ['12306.cn', 'sms', n.id, '2 SMS, 2024-01-02 – 2025-06-30'],
      ['wechat.com', 'sms', n.id, '1 SMS, 2025-02-01 – 2025-02-01'],
    ]);
    const sites = await db.sites.toArray();
    expect(sites.map((s) => s.site).sort()).toEqual(['12306.cn', 'wechat.com']);
    expect(sites.every((s) => s.numberIds.includes(n.id))).toBe(true);
    const stored = JSON.stringify([rows, sites]);
    for (const secret of ['482913', '771234', '551177', '998877', '验证码']) expect(stored).not.toContain(secret);
    // Importing the same backup again refreshes the rows instead of adding more.
    await writeSmsEvidence(db, [...tally.sites].map(([site, t]) => ({ site, tally: t })), n.id);
    expect(await db.evidence.count()).toBe(2);
  });

  it('a bad file writes nothing', async () => {
    await expect(readSmsFile(new Blob([xml([['1069', '【京东】验证码 663311', 1, 1]]).slice(0, -12)]))).rejects.toBeInstanceOf(SmsImportError);
    await expect(readSmsFile(new Blob(['not a backup']))).rejects.toMatchObject({ code: 'sms_err_not_xml' });
    expect(await db.sites.count()).toBe(0);
    expect(await db.evidence.count()).toBe(0);
  });

  it('reads pasted messages, one per paragraph; text in a wrong encoding is refused', () => {
    const s = readSmsText('【铁路客服】验证码：482913，请勿泄露。\n\nG-723914 is your Google verification code.\n\n晚上吃什么？');
    expect([...s.sims.get('')!.sites.keys()].sort()).toEqual(['12306.cn', 'google.com']);
    expect(() => readSmsText('ã\uFFFD\uFFFDéªŒè¯ç ')).toThrow(SmsImportError);
    expect(() => readSmsText('   \n\n ')).toThrow(SmsImportError);
  });
});

describe('telling files apart by their first bytes', () => {
  const bytes = (s: string | number[]) => (typeof s === 'string' ? new TextEncoder().encode(s) : new Uint8Array(s));
  it.each([
    ['XML', "<?xml version='1.0'?><smses/>", 'xml'],
    ['XML after a BOM and a newline', [0xef, 0xbb, 0xbf, 0x0a, 0x3c, 0x3f], 'xml'],
    ['UTF-16 text', [0xff, 0xfe, 0x3c, 0x00], 'xml'],
    ['SQLite', 'SQLite format 3\0....', 'sqlite'],
    ['plain text', 'these are my messages', 'text'],
    ['ciphertext', [0x8a, 0x01, 0x13, 0xff, 0x00, 0x42], 'binary'],
  ])('%s', (_label, head, kind) => {
    expect(sniff(bytes(head))).toBe(kind);
  });

  it('an encrypted backup file (random bytes, a hash for a name) gets the encrypted-backup message', async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    await expect(readSmsFile(new File([noise], '3d0d7e5fb2ce288813306e4d4636395e047a3d28'))).rejects.toMatchObject({ code: 'sms_err_encrypted' });
  });
});

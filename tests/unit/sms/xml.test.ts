import { describe, expect, it } from 'vitest';
import { SmsImportError } from '@/utils/sms/errors';
import type { SmsMessage } from '@/utils/sms/types';
import { readSmsXml } from '@/utils/sms/xml';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/\n/g, '&#10;');
const sms = (address: string, body: string, type = 1, date = 1700000000000, sub = '1') =>
  `<sms protocol="0" address="${address}" date="${date}" type="${type}" subject="null" body="${esc(body)}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" sub_id="${sub}" readable_date="" contact_name="(Unknown)" />`;
const backup = (items: string[]) =>
  `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${items.length}">\n${items.join('\n')}\n</smses>\n`;

async function read(blob: Blob, signal?: AbortSignal) {
  const out: SmsMessage[] = [];
  const progress: number[] = [];
  await readSmsXml(blob, (m) => out.push(m), { signal, onProgress: (f) => progress.push(f) });
  return { out, progress };
}

async function code(blob: Blob): Promise<string> {
  try {
    await read(blob);
  } catch (e) {
    if (e instanceof SmsImportError) return e.code;
    throw e;
  }
  return 'ok';
}

describe('Android SMS Backup & Restore XML', () => {
  it('reads each message: address, body, date, received or sent, SIM', async () => {
    const { out, progress } = await read(new Blob([backup([
      sms('1069', '【淘宝网】验证码 "1234" & more\n二行', 1, 1700000000000, '2'),
      sms('+8613800138000', 'hi', 2, 1700000001000, '-1'),
    ])]));
    expect(out).toEqual([
      { address: '1069', body: '【淘宝网】验证码 "1234" & more\n二行', at: 1700000000000, received: true, sim: '2' },
      { address: '+8613800138000', body: 'hi', at: 1700000001000, received: false },
    ]);
    expect(progress.at(-1)).toBe(1);
  });

  it('reads a file in many small chunks (a character split between chunks)', async () => {
    const text = backup(Array.from({ length: 50 }, (_, i) => sms('1069', `【铁路客服】验证码${1000 + i}`)));
    const bytes = new TextEncoder().encode(text);
    const chunks = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.slice(i, i + 7));
    const { out } = await read(new Blob(chunks));
    expect(out).toHaveLength(50);
    expect(out[49]!.body).toBe('【铁路客服】验证码1049');
  });

  it.each([
    ['a cut-off file', backup([sms('1', 'a'), sms('2', 'b')]).slice(0, -40), 'sms_err_truncated'],
    ['a file without its closing tag', backup([sms('1', 'a')]).replace('</smses>', ''), 'sms_err_truncated'],
    ['a text file', 'hello, these are my messages', 'sms_err_not_xml'],
    ['a PDF', '%PDF-1.7\n...', 'sms_err_not_xml'],
    ['XML of something else', '<?xml version="1.0"?><calls><call number="1"/></calls>', 'sms_err_not_backup'],
    ['an empty file', '', 'sms_err_empty'],
    ['an XML file declared in another encoding', '<?xml version="1.0" encoding="ISO-8859-1"?><smses></smses>', 'sms_err_encoding'],
  ])('%s: a clear error', async (_label, text, expected) => {
    expect(await code(new Blob([text]))).toBe(expected);
  });

  it('text that is not UTF-8 (GBK bytes): a clear error', async () => {
    const gbk = new Uint8Array([0x3c, 0x73, 0x6d, 0x73, 0x65, 0x73, 0x3e, 0xd1, 0xe9, 0xd6, 0xa4, 0x3c, 0x2f, 0x73, 0x6d, 0x73, 0x65, 0x73, 0x3e]);
    expect(await code(new Blob([gbk]))).toBe('sms_err_encoding');
  });

  it('a 2 GB file is refused before it is read', async () => {
    let read = false;
    const huge = { size: 2 * 1024 ** 3, stream: () => { read = true; return new Blob([]).stream(); } } as unknown as Blob;
    await expect(readSmsXml(huge, () => {})).rejects.toMatchObject({ code: 'sms_err_too_big', params: [2048, 1024] });
    expect(read).toBe(false);
  });

  it('Cancel stops the reading', async () => {
    const ctl = new AbortController();
    const chunks = Array.from({ length: 20 }, () => new TextEncoder().encode(sms('1069', '【京东】验证码123456')));
    const blob = new Blob([new TextEncoder().encode("<?xml version='1.0' encoding='UTF-8'?><smses>"), ...chunks, '</smses>']);
    let seen = 0;
    const p = readSmsXml(blob, () => { if (++seen === 1) ctl.abort(); }, { signal: ctl.signal });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});

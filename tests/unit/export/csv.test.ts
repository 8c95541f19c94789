import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, defuseCell, exportCsv } from '@/utils/export/csv';
import { ctxEn, ctxZh, item, list } from './helpers';

const parse = (csv: string) => Papa.parse<string[]>(csv.slice(BOM.length), { skipEmptyLines: true }).data;

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, uses CRLF, and has one row per site', () => {
    const csv = exportCsv(list([item({ site: 'a.com' }), item({ site: 'b.com' })]), ctxEn);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    const rows = parse(csv);
    expect(rows[0]).toEqual([
      'Site', 'Name', 'What it protects', 'How sure', 'Uses the number for', 'Where to change it (web)',
      'Where to change it (app)', 'Guidance from', 'Status', 'Numbers', 'Last seen', 'Note',
    ]);
    expect(rows[1]).toEqual([
      'a.com', 'a.com', 'Other accounts', 'Likely', 'sign-in by SMS code', 'https://a.com/.well-known/change-password', '', '',
      'To do', '', '2025-02-28', '',
    ]);
  });

  it('keeps Chinese text, commas, quotes and line breaks intact through a CSV parser', () => {
    const row = item({
      site: 'weixin.qq.com', name: '微信, "WeChat"', kinds: ['login-otp', 'mfa-sms'], note: '第一行\n第二行',
      where: { app: '我 > 设置 > 账号与安全', appFirst: true, appBasis: { status: 'unverified' }, typical: true },
      numbers: ['工作号', '私人号'],
    });
    const rows = parse(exportCsv(list([{ ...row, certainty: 'confirmed', impact: 'recovery' }]), ctxZh));
    expect(rows[0]?.[0]).toBe('网站');
    expect(rows[1]).toEqual([
      'weixin.qq.com', '微信, "WeChat"', '找回钥匙：邮箱和能找回其他账号的账号', '已确认', '短信验证码登录、短信两步验证', '',
      '我 > 设置 > 账号与安全', '常见路径 · 未核实：菜单名称可能不同', '待处理', '工作号、私人号', '2025-02-28', '第一行\n第二行',
    ]);
  });

  it('says where a sourced place comes from and when it was checked', () => {
    const row = item({
      site: 'qq.com', name: 'QQ',
      where: {
        url: 'https://aq.qq.com/', app: 'Settings > Phone', appFirst: false,
        urlBasis: { status: 'sourced', type: 'official', url: 'https://kf.qq.com/faq/1', retrieved: '2026-12-01', name: 'QQ' },
        appBasis: { status: 'unverified' },
      },
    });
    const rows = parse(exportCsv(list([row]), ctxEn));
    expect(rows[1]?.[7]).toBe("From QQ's help, checked 2026-12-01 / Not verified: menu names may differ");
  });

  it.each(['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=cmd|\' /C calc\'!A0\nline2'])(
    'no cell starting %j reaches a spreadsheet as a formula',
    (bad) => {
      const csv = exportCsv(list([item({ site: 'x.com', name: bad, note: bad, numbers: [bad] })]), ctxEn);
      const rows = parse(csv);
      const cells = rows.flat();
      for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      expect(rows[1]?.[1]?.startsWith("'")).toBe(true);
      expect(rows[1]?.[1]?.replace(/'/g, '')).toBe(bad.replace(/'/g, ''));
    },
  );

  it('leaves ordinary cells alone', () => {
    expect(defuseCell('bilibili.com')).toBe('bilibili.com');
    expect(defuseCell('a-b=c')).toBe('a-b=c');
    expect(defuseCell('')).toBe('');
  });
});

// Terse builder for curated entries: one service per line keeps the lists reviewable.
import type { Kind } from '../../types';
import type { Category, CuratedEntry, Difficulty, Localized } from '../types';

const KIND_CODES: Record<string, Kind> = {
  otp: 'login-otp',
  id: 'login-phone',
  rec: 'recovery-phone',
  mfa: 'mfa-sms',
  acct: 'account-phone',
};

export interface Extra {
  /** More domains of the same account (registrable domains, or a host such as v.qq.com). */
  d?: string[];
  /** Web page where the number is changed. */
  url?: string;
  rm?: CuratedEntry['removable'];
  /** Deletion page. */
  del?: string;
  diff?: Difficulty;
  sec?: string;
  regions?: string[];
}

/** [English, Chinese] in-app path. */
export type Path = readonly [string, string];

export function maker(source: string, defaults: { removable: CuratedEntry['removable']; regions?: string[] }) {
  return (
    site: string,
    en: string,
    zh: string,
    kinds: string,
    category: Category,
    app: Path | null,
    x: Extra = {},
  ): CuratedEntry => {
    const phone: { url?: string; app?: Localized } = {};
    if (x.url) phone.url = x.url;
    if (app) phone.app = { en: app[0], zh: app[1] };
    const e: CuratedEntry = {
      site,
      domains: [site, ...(x.d ?? [])],
      name: { en, zh },
      kinds: kinds.split(' ').map((k) => {
        const kind = KIND_CODES[k];
        if (!kind) throw new Error(`curated ${site}: unknown kind code ${k}`);
        return kind;
      }),
      category,
      phone,
      removable: x.rm ?? defaults.removable,
      source,
    };
    const regions = x.regions ?? defaults.regions;
    if (regions) e.regions = regions;
    if (x.sec) e.securityUrl = x.sec;
    if (x.del || x.diff) e.deletion = { ...(x.del ? { url: x.del } : {}), ...(x.diff ? { difficulty: x.diff } : {}) };
    return e;
  };
}

export const CN_SOURCE =
  'Curated from maintainer knowledge of the service in mainland China (phone sign-in, bound number, menu path); not verified against the live site or app.';
export const GLOBAL_SOURCE =
  'Curated from maintainer knowledge of the service (SMS sign-in or recovery, where the number is changed); not verified against the live site or app.';

/** Chinese services: a number is required by real-name rules, so it can only be replaced. */
export const cn = maker(CN_SOURCE, { removable: 'replace-only', regions: ['cn'] });
export const gl = maker(GLOBAL_SOURCE, { removable: 'unknown' });

/** Menu paths shared by many apps; wording is ours. */
export const P = {
  meSecurity: ['Me > Settings > Account and security > Phone number', '我的 > 设置 > 账号与安全 > 手机号'],
  meAccount: ['Me > Settings > Account > Change phone number', '我的 > 设置 > 账号管理 > 更换手机号'],
  profileSecurity: ['Profile > Settings > Account security > Bound phone', '个人中心 > 设置 > 账户安全 > 绑定手机'],
  bank: [
    'Me > Settings > Security centre > change the phone number (the number reserved for a card may need a branch visit or the card-management menu)',
    '我的 > 设置 > 安全中心 > 修改手机号（银行卡预留手机号可能需在卡片管理中修改或到网点办理）',
  ],
  telecom: [
    'This is the phone number itself: transfer or cancel it at a store or in the carrier app (My > Services)',
    '这就是号码本身：到营业厅或在运营商 App（我的 > 业务办理）办理过户或销号',
  ],
  settingsPhone: ['Settings > Account > Phone number', '设置 > 账户 > 手机号码'],
  profilePhone: ['Profile > Settings > Personal information > Phone number', '个人资料 > 设置 > 个人信息 > 手机号码'],
  bankGlobal: [
    'In the app: Profile or Settings > Personal details > Phone number (some banks also require a call or branch visit)',
    'App 内：个人资料或设置 > 个人信息 > 手机号码（部分银行还需致电或到网点办理）',
  ],
} as const satisfies Record<string, Path>;

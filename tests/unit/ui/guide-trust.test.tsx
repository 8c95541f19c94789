// Guidance on screen says how sure it is: sourced (from whose help, when), not verified, typical
// path; two-step help is offered as such, never as where to change the number.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GuideInfo } from '@/components/common/SiteActions';
import { Popup } from '@/components/popup/Popup';
import { allEntries } from '@/utils/catalog/lookup';
import type { CatalogEntry } from '@/utils/catalog/types';
import { getDb, type SiteRow } from '@/utils/db';
import { useLocale } from '../i18n';

const now = Date.now();
const row = (site: string, over: Partial<SiteRow> = {}): SiteRow => ({
  site, kinds: ['login-otp'], status: 'todo', strength: 'signed-in', firstSeen: now, lastSeen: now, risk: 141, numberIds: [], ...over,
});
const first = (pred: (e: CatalogEntry) => boolean) => {
  const e = allEntries().find(pred);
  if (!e) throw new Error('no catalog entry fits this test');
  return e;
};

beforeEach(async () => {
  await getDb().sites.clear();
});
afterEach(cleanup);

describe('GuideInfo (dashboard detail)', () => {
  it('a sourced web page names the help it comes from, its date, and links the source', () => {
    const tr = useLocale('en');
    const e = first((x) => x.numbers?.[0]?.web?.sources?.some((s) => s.type === 'official') === true);
    const src = e.numbers![0]!.web!.sources!.filter((s) => s.type === 'official').sort((a, b) => (a.retrieved < b.retrieved ? 1 : -1))[0]!;
    render(<GuideInfo row={row(e.site)} />);
    expect(screen.getAllByText(tr('ui_trust_help', e.name.en, src.retrieved), { exact: false }).length).toBeGreaterThan(0);
    const links = screen.getAllByRole('link', { name: tr('ui_trust_source') }).map((a) => a.getAttribute('href'));
    expect(links).toContain(src.url);
  });

  it('an unverified template path says "typical path" and "not verified" (zh)', () => {
    const tr = useLocale('zh');
    const e = first((x) => x.numbers?.length === 1 && !!x.numbers[0]!.app?.typical && x.numbers[0]!.app.status === 'unverified');
    render(<GuideInfo row={row(e.site)} />);
    expect(screen.getByText(`${tr('ui_trust_typical')} · ${tr('ui_trust_unverified')}`, { exact: false })).toBeTruthy();
    expect(screen.queryByRole('link', { name: tr('ui_trust_source') })).toBeNull();
  });

  it('offers two-step help under its own name, not as the page for changing the number', () => {
    const tr = useLocale('en');
    const e = first((x) => x.origin === 'generated' && !!x.twoStepHelp && !x.securityUrl);
    render(<GuideInfo row={row(e.site)} />);
    const help = screen.getByRole('link', { name: tr('ui_trust_twoStepHelp') });
    expect(help.getAttribute('href')).toBe(e.twoStepHelp);
    const where = screen.getByRole('link', { name: tr('ui_guide_src_well_known') });
    expect(where.getAttribute('href')).toBe(`https://${e.site}/.well-known/change-password`);
  });

  it('shows each further number of the account with its role', () => {
    useLocale('en');
    const e = first((x) => (x.numbers?.length ?? 0) > 1);
    render(<GuideInfo row={row(e.site)} />);
    for (const n of e.numbers!.slice(1)) expect(screen.getByText(`${n.role!.en}:`)).toBeTruthy();
  });
});

describe('popup guidance line', () => {
  it('says how sure an in-app path is', async () => {
    const tr = useLocale('en');
    const e = first(
      (x) => x.numbers?.length === 1 && !x.numbers[0]!.web && x.numbers[0]!.app?.status === 'unverified' && !!x.numbers[0]!.app.typical,
    );
    await getDb().sites.put(row(e.site));
    render(<Popup />);
    const item = await screen.findByText(e.numbers![0]!.app!.value.en, { exact: false });
    expect(item.textContent).toContain(`${tr('ui_trust_typical')} · ${tr('ui_trust_unverified')}`);
  });
});

import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AddSite, HistoryImport, ImportAdded, NumbersManager, PasswordImport } from '@/components/inventory';
import { mergeObservations } from '@/utils/inventory/merge';
import { markBeforeImport } from '@/utils/inventory/undo';
import { fakeHistory, makeHistory } from './fake-history';
import { useScreens } from '../screens';

vi.mock('@/utils/catalog/lookup', async () => (await import('./catalog-fake')).fakeLookup);

const { db } = useScreens();

describe('NumbersManager', () => {
  it('adds a number, shows its visible digits and what its country does after the cancel date', async () => {
    render(<NumbersManager />);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Old SIM' } });
    fireEvent.change(screen.getByLabelText('Country or region'), { target: { value: 'CN' } });
    fireEvent.input(screen.getByLabelText('Phone number'), { target: { value: '138 0013 5678' } });
    fireEvent.input(screen.getAllByLabelText('Planned cancellation')[0]!, { target: { value: '2031-01-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add number' }));
    // The first number also creates this profile's key (WebCrypto + IndexedDB): slow on a busy machine.
    await screen.findByText('Old SIM', undefined, { timeout: 15_000 });
    expect(screen.getByText('138…5678')).toBeTruthy();
    expect(screen.getByText(/After you cancel \(2031-01-10\), the carrier freezes the number for about 90 days, until 2031-04-10/)).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Allow notifications' })).toBeTruthy();
    expect((await db.numbers.toArray())[0]).toMatchObject({ prefix: '138', suffix: '5678', cancelDate: '2031-01-10' });
  }, 20_000);

  it('never promises China’s freeze for a US number', async () => {
    render(<NumbersManager />);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'US cell' } });
    fireEvent.change(screen.getByLabelText('Country or region'), { target: { value: 'US' } });
    fireEvent.input(screen.getByLabelText('Phone number'), { target: { value: '(201) 555-0123' } });
    fireEvent.input(screen.getAllByLabelText('Planned cancellation')[0]!, { target: { value: '2031-01-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add number' }));
    const item = (await screen.findByText('US cell', undefined, { timeout: 10_000 })).closest('li')!;
    expect(item.textContent).toMatch(/at least 45 days, until 2031-02-24/);
    expect(item.textContent).not.toMatch(/90|freez/i);
  });

  it('says what is wrong with a bad number and stores nothing', async () => {
    render(<NumbersManager />);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'X' } });
    fireEvent.input(screen.getByLabelText('Phone number'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add number' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/does not look like a phone number/);
    expect(await db.numbers.count()).toBe(0);
  });
});

describe('PasswordImport', () => {
  it('imports a chosen file and reports what was skipped', async () => {
    render(<PasswordImport />);
    const csv = 'name,url,username,password\nA,https://www.alipay.com/,me,pw\nB,android://x@app/,me,pw\n';
    const input = screen.getByLabelText('CSV file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([csv], 'passwords.csv')], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByText(/Chrome \/ Edge export/)).textContent).toMatch(/2 entries read, 1 sites imported \(1 new\)/);
    expect(screen.getByText('Not a website (app or other link)')).toBeTruthy();
    expect(await db.sites.get('alipay.com')).toBeTruthy();
  });

  it('refuses an unknown file with a clear message', async () => {
    render(<PasswordImport />);
    const input = screen.getByLabelText('CSV file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['a,b\n1,2\n'], 'x.csv')], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a password export Rebind knows/);
    expect(await db.sites.count()).toBe(0);
  });
});

describe('HistoryImport', () => {
  it('asks for the permission on the click, scans, then gives the permission back', async () => {
    const request = vi.fn(async () => true);
    const remove = vi.fn(async () => true);
    fakeBrowser.permissions.request = request as never;
    fakeBrowser.permissions.remove = remove as never;
    const history = fakeHistory(makeHistory(2_000, ['github.com', 'www.alipay.com'], 10));
    (fakeBrowser as unknown as { history: { search: unknown } }).history.search = history.search;
    render(<HistoryImport />);
    expect(request).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Scan history' }));
    expect(request).toHaveBeenCalledWith({ permissions: ['history'] });
    expect((await screen.findByText(/Read 2000 history entries/)).textContent).toMatch(/2 known sites, 2 of them new/);
    expect((await db.sites.toArray()).map((s) => s.site).sort()).toEqual(['alipay.com', 'github.com']);
    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith({ permissions: ['history'] }));
  });

  it('explains when the permission is refused', async () => {
    fakeBrowser.permissions.request = (async () => false) as never;
    render(<HistoryImport />);
    fireEvent.click(screen.getByRole('button', { name: 'Scan history' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Without the history permission/);
  });
});

describe('AddSite', () => {
  it('finds a catalog site by its Chinese name and adds it by hand', async () => {
    render(<AddSite />);
    fireEvent.input(screen.getByLabelText('Site, app or domain'), { target: { value: '支付宝' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('Added Alipay to your accounts.');
    expect(await db.sites.get('alipay.com')).toMatchObject({ strength: 'manual', kinds: ['login-otp', 'recovery-phone'] });
  });

  it('adds any typed domain, and refuses what is not one', async () => {
    render(<AddSite />);
    const box = screen.getByLabelText('Site, app or domain');
    fireEvent.input(box, { target: { value: 'https://shop.my-gym.co.uk/login' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add my-gym.co.uk' }));
    await screen.findByText('Added my-gym.co.uk to your accounts.');
    expect(await db.sites.get('my-gym.co.uk')).toMatchObject({ strength: 'manual', status: 'todo' });
    fireEvent.input(box, { target: { value: '?!' } });
    expect(screen.getByText(/No match/)).toBeTruthy();
  });

  it('adds an app the catalog does not know by its name, with the keyboard', async () => {
    render(<AddSite />);
    const box = screen.getByLabelText('Site, app or domain');
    fireEvent.input(box, { target: { value: 'My Gym App' } });
    expect(screen.getByRole('button', { name: 'Add the app “My Gym App” by its name' })).toBeTruthy();
    // Enter in the search box adds it.
    fireEvent.submit(box.closest('form')!);
    await screen.findByText('Added My Gym App to your accounts.');
    expect(await db.sites.get('app:my-gym-app')).toMatchObject({ name: 'My Gym App', strength: 'manual', status: 'todo' });
  });

  it('says a site is already listed, by its name, and adds no second row', async () => {
    render(<AddSite />);
    const box = screen.getByLabelText('Site, app or domain');
    fireEvent.input(box, { target: { value: 'My Gym App' } });
    fireEvent.submit(box.closest('form')!);
    await screen.findByText('Added My Gym App to your accounts.');
    fireEvent.input(box, { target: { value: 'my  gym APP' } });
    fireEvent.click(screen.getByRole('button', { name: /by its name/ }));
    await screen.findByText('My Gym App is already in your list.');
    fireEvent.input(box, { target: { value: '支付宝' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('Added Alipay to your accounts.');
    const evidence = await db.evidence.count();
    fireEvent.input(box, { target: { value: 'alipay.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('Alipay is already in your list.');
    expect(await db.sites.count()).toBe(2);
    expect(await db.evidence.count()).toBe(evidence);
  });
});

describe('the end of an import: sites added, and Undo', () => {
  it('lists the sites a password import added and Undo takes back only them', async () => {
    // Listed before the import, with its own evidence: it must stay as it was.
    await mergeObservations(db, [{ site: 'alipay.com', at: 1_000, source: 'page', strength: 'visited', kinds: ['login-otp'], url: 'https://alipay.com/login' }]);
    const alipay = await db.sites.get('alipay.com');
    render(<PasswordImport />);
    const csv = 'name,url,username,password\nA,https://www.alipay.com/,me,pw\nG,https://github.com/login,me,pw\n';
    const input = screen.getByLabelText('CSV file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([csv], 'passwords.csv')], configurable: true });
    fireEvent.change(input);
    await screen.findByText('This import added 1 site:');
    const list = screen.getByRole('list', { name: 'Sites this import added' });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['GitHub']);
    expect(await db.sites.count()).toBe(2);
    const undo = screen.getByRole('button', { name: 'Undo this import' });
    undo.focus();
    fireEvent.click(undo);
    await screen.findByText('Import undone: 1 site removed, the others are as they were.');
    expect(await db.sites.get('github.com')).toBeUndefined();
    expect(await db.sites.get('alipay.com')).toEqual(alipay);
    expect(await db.evidence.count()).toBe(1);
  });

  it('says so when an import added no site', async () => {
    const mark = await markBeforeImport(db);
    render(<ImportAdded mark={mark} />);
    await screen.findByText('This import added no new sites.');
    expect(screen.queryByRole('list')).toBeNull();
  });
});

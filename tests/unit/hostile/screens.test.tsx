// Hostile input, on screen: what the person sees about backups that identify numbers, encrypted
// backups, settings a backup would change, and numbers that must be entered again.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ExportPanel, ImportBackup } from '@/components/export';
import { NumbersManager } from '@/components/inventory';
import { recordPrivate } from '@/utils/settings';
import { dump, fill, sampleInventory, sampleText } from '../export/fixtures';
import { jsonFile, useScreens } from '../screens';

const { db, saved } = useScreens({ fill: (d) => fill(d, sampleInventory()), downloads: true });
const file = (text: string) => jsonFile(text);

describe('the backup screens', () => {
  it('say that a backup identifies the number, and save an encrypted one that imports with its passphrase', async () => {
    render(<ExportPanel />);
    fireEvent.click(screen.getByLabelText('Full backup (.json)'));
    expect(screen.getByText(/A backup identifies your numbers/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Encrypt the backup with a passphrase'));
    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/at least 8 characters/);
    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: 'correct horse battery' } });
    fireEvent.input(screen.getByLabelText('Passphrase again'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    expect(saved[0]!.name).toMatch(/^rebind-backup-encrypted-\d{4}-\d{2}-\d{2}\.json$/);
    const sealed = await saved[0]!.text;
    expect(sealed).not.toMatch(/5678|bilibili|工作号/);
    cleanup();

    await Promise.all([db.sites.clear(), db.numbers.clear(), db.evidence.clear()]);
    render(<ImportBackup />);
    fireEvent.change(screen.getByLabelText('Backup file (.json)'), { target: { files: [file(sealed)] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    fireEvent.input(await screen.findByLabelText('Passphrase'), { target: { value: 'wrong horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect((await screen.findByRole('alert', undefined, { timeout: 10_000 })).textContent).toMatch(/Wrong passphrase.*Nothing was imported/);
    expect(await db.sites.count()).toBe(0);
    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(async () => expect(await db.sites.count()).toBe(2), { timeout: 10_000 });
  }, 30_000);

  it('replace lists the settings the file would change; cancelling changes nothing', async () => {
    await recordPrivate.setValue(false);
    const before = await dump(db);
    render(<ImportBackup />);
    fireEvent.change(screen.getByLabelText('Backup file (.json)'), {
      target: { files: [file(sampleText({ recordPrivate: true, pausedSites: ['a.com', 'b.com'], keepWholeNumbers: false }))] },
    });
    fireEvent.click(screen.getByLabelText('Replace my current list'));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Record sites in private windows: off → on');
    expect(dialog.textContent).toContain('Paused sites: 2 added, 0 removed');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await recordPrivate.getValue()).toBe(false);
    expect(await dump(db)).toEqual(before);
  });
});

describe('a number from before the key', () => {
  it('says typed numbers are not matched yet, and is matched again once entered again', async () => {
    await db.numbers.put({ id: 'old', label: 'Old SIM', country: 'CN', prefix: '139', suffix: '4321', nsnLength: 0, createdAt: 1 });
    render(<NumbersManager />);
    const item = await screen.findByText('Old SIM');
    const li = item.closest('li')!;
    expect(li.textContent).toMatch(/not matched to this number yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Enter it again' }));
    const form = screen.getByRole('form', { name: 'Enter it again' });
    const input = form.querySelector('input')!;
    fireEvent.input(input, { target: { value: '139 0000 1234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not this number/);
    fireEvent.input(input, { target: { value: '139 0000 4321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.numbers.get('old'))?.mac).toMatch(/^[0-9a-f]{64}$/), { timeout: 5000 });
    await waitFor(() => expect(screen.queryByText(/not matched to this number yet/)).toBeNull());
  });
});

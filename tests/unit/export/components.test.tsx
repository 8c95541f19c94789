import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ExportPanel, ImportBackup } from '@/components/export';
import { dump, fill, sampleInventory, sampleText } from './fixtures';
import { jsonFile, useScreens } from '../screens';

const { db, saved } = useScreens({ fill: (d) => fill(d, sampleInventory()), downloads: true });
const file = jsonFile;

describe('ExportPanel', () => {
  it('saves a Markdown checklist filtered by status', async () => {
    render(<ExportPanel />);
    fireEvent.click(screen.getByLabelText('To do'));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^rebind-checklist-\d{4}-\d{2}-\d{2}\.md$/);
    const md = await saved[0]!.text;
    expect(md).toContain('bilibili.com');
    expect(md).not.toContain('GitHub');
    expect(screen.getByRole('status').textContent).toBe(`Saved ${saved[0]!.name}`);
  });

  it('says so, and saves no file, when the filters match nothing', async () => {
    render(<ExportPanel />);
    fireEvent.click(screen.getByLabelText('Account deleted'));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText('No site matches the chosen filters.');
    expect(saved).toHaveLength(0);
  });

  it('saves CSV for one number, and a calendar for numbers with a cancellation date', async () => {
    render(<ExportPanel />);
    await screen.findByRole('option', { name: '工作号 (…5678)' });
    fireEvent.change(screen.getByLabelText('Number'), { target: { value: 'n1' } });
    fireEvent.click(screen.getByLabelText('Spreadsheet (.csv)'));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const csv = await saved[0]!.text;
    expect(csv.startsWith('\uFEFF"Site",')).toBe(true);
    expect(csv).toContain('bilibili.com');
    // Tied to no number yet: on every number's checklist, and says so.
    expect(csv).toMatch(/"github\.com",[^\r]*number not confirmed/);
    fireEvent.click(screen.getByLabelText('Calendar reminders (.ics)'));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.name).toMatch(/\.ics$/);
    expect(await saved[1]!.text).toContain('DTSTART;VALUE=DATE:20250401');
  });

  it('saves the whole backup whatever the filters', async () => {
    render(<ExportPanel />);
    fireEvent.click(screen.getByLabelText('Full backup (.json)'));
    expect(screen.getByText(/filters do not apply/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const b = JSON.parse(await saved[0]!.text);
    expect(b).toMatchObject({ format: 'rebind-backup', version: 3 });
    expect(b.sites).toHaveLength(2);
    expect(b.evidence).toHaveLength(3);
    expect(JSON.stringify(b)).not.toContain('+8613800005678');
  });
});

describe('ImportBackup', () => {
  const choose = (f: File) => fireEvent.change(screen.getByLabelText('Backup file (.json)'), { target: { files: [f] } });

  it('says what is wrong with a bad file and changes nothing', async () => {
    const before = await dump(db);
    render(<ImportBackup />);
    choose(file(sampleText().replace('"version": 3', '"version": 9')));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/version 9, made by a newer Rebind.*Where: version\. Nothing was imported/);
    expect(await dump(db)).toEqual(before);
  });

  it('lists a bad row before importing the rest', async () => {
    await db.sites.delete('github.com');
    render(<ImportBackup />);
    choose(file(sampleText().replace('"status":"changed"', '"status":"done"')));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toMatch(/sites\[1\]\.status: A value has the wrong type.*The row is left out/);
    expect(await db.sites.get('github.com')).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, merge' }));
    expect((await screen.findByText(/^Imported:/)).textContent).toMatch(/^Imported: 0 new sites/);
    expect(await db.sites.get('github.com')).toBeUndefined();
    expect(await db.sites.get('bilibili.com')).toBeTruthy();
  });

  it('refuses a file over the size limit without reading it', async () => {
    render(<ImportBackup />);
    const big = file('x');
    Object.defineProperty(big, 'size', { value: 100 * 1024 * 1024 });
    const text = vi.spyOn(big, 'text');
    choose(big);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/too large: a Rebind backup is at most 64 MB/);
    expect(text).not.toHaveBeenCalled();
  });

  it('merges by default and reports what was added', async () => {
    await db.sites.delete('github.com');
    render(<ImportBackup />);
    choose(file(sampleText()));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    // The file pauses a site this device does not: shown before anything is written.
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Paused sites: 1 added, 0 removed');
    expect(await db.sites.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, merge' }));
    expect((await screen.findByText(/^Imported:/)).textContent).toBe('Imported: 1 new sites, 0 evidence records, 0 new numbers.');
    expect(await db.sites.count()).toBe(2);
  });

  it('asks before replacing, and cancelling changes nothing', async () => {
    await db.sites.add({ ...sampleInventory().sites[0]!, site: 'only-here.com' });
    render(<ImportBackup />);
    choose(file(sampleText()));
    fireEvent.click(screen.getByLabelText('Replace my current list'));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toMatch(/will be removed/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await db.sites.get('only-here.com')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, replace' }));
    await screen.findByText(/^Imported:/);
    expect(await db.sites.get('only-here.com')).toBeUndefined();
    expect((await db.sites.toArray()).map((s) => s.site).sort()).toEqual(['bilibili.com', 'github.com']);
  });
});

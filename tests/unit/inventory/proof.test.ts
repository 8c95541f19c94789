import { describe, expect, it, vi } from 'vitest';
import type { SiteRow } from '@/utils/db/schema';
import { mergeRow, type Observation } from '@/utils/inventory/merge';
import { applyProof, currentProof, judgeProof, oldNumbers, type ProofNumber } from '@/utils/inventory/proof';
import { checklist } from '@/utils/inventory/checklist';

vi.mock('@/utils/catalog/lookup', async () => (await import('./catalog-fake')).fakeLookup);

const OLD: ProofNumber = { id: 'old', country: 'CN', prefix: '138', suffix: '5678', cancelDate: '2030-01-01' };
const NEW: ProofNumber = { id: 'new', country: 'CN', prefix: '139', suffix: '1234' };
// Same last four as the old number: only the leading digits tell them apart.
const TWIN: ProofNumber = { id: 'twin', country: 'CN', prefix: '159', suffix: '5678' };
const numbers = [OLD, NEW];

const page = (masked: string[], at = 5_000): Observation => ({
  site: 'a.com', at, source: 'page', strength: 'bound-number', kinds: ['bound-number'], masked,
});

function marked(status: SiteRow['status'] = 'changed', numberIds = ['old']): SiteRow {
  const row = mergeRow(undefined, { ...page(['138*5678'], 1_000) }, numbers);
  return { ...row, numberIds, status, statusAt: 2_000 };
}

describe('judgeProof', () => {
  it('a display that fits the old number reopens', () => {
    expect(judgeProof(['old'], { source: 'page', kinds: [], masked: ['138*5678'], at: 1 }, numbers)).toEqual({
      state: 'old',
      tail: '5678',
    });
  });

  it('a display of another registered number verifies', () => {
    expect(judgeProof(['old'], { source: 'page', kinds: [], masked: ['139*1234'], at: 1 }, numbers)).toEqual({
      state: 'new',
      tail: '1234',
    });
  });

  it('a display fitting the old and a new number alike is neither: unclear', () => {
    const v = judgeProof(['old'], { source: 'page', kinds: [], masked: ['*5678'], at: 1 }, [OLD, TWIN]);
    expect(v).toEqual({ state: 'unclear', tail: '5678' });
  });

  it('a sign-in submitted with the old number reopens; any other form with it does not', () => {
    const signIn = { source: 'submit' as const, kinds: ['login-phone' as const], numberId: 'old', at: 1 };
    expect(judgeProof(['old'], signIn, numbers)?.state).toBe('old');
    expect(judgeProof(['old'], { ...signIn, kinds: ['contact-phone'] }, numbers)).toBeNull();
    expect(judgeProof(['old'], { ...signIn, numberId: 'new' }, numbers)).toBeNull();
  });

  it('a display of no registered number says nothing', () => {
    expect(judgeProof(['old'], { source: 'page', kinds: [], masked: ['177*0000'], at: 1 }, numbers)).toBeNull();
  });
});

describe('oldNumbers', () => {
  it('is the number being cancelled when the site already showed the new one too', () => {
    expect(oldNumbers({ numberIds: ['old', 'new'] }, numbers)).toEqual(['old']);
    expect(oldNumbers({ numberIds: ['new'] }, [{ ...OLD, cancelDate: undefined }, NEW])).toEqual(['new']);
  });
});

describe('the merge', () => {
  it('reopens an item marked changed when the site still shows the old number', () => {
    const row = mergeRow(marked(), page(['138*5678']), numbers);
    expect(row.status).toBe('todo');
    expect(currentProof(row)).toMatchObject({ state: 'old', tail: '5678' });
    expect(checklist([row]).open.map((i) => i.row.site)).toEqual(['a.com']);
  });

  it('verifies an item marked unbound that now shows the new number, and keeps it done', () => {
    const row = mergeRow(marked('unbound'), page(['139*1234']), numbers);
    expect(row.status).toBe('unbound');
    expect(currentProof(row)).toMatchObject({ state: 'new', tail: '1234' });
    expect(checklist([row]).done).toHaveLength(1);
    // Showing the new number again later is still proof, not a reopening: the old set is kept.
    const again = mergeRow(row, page(['139*1234'], 9_000), numbers);
    expect(again.status).toBe('unbound');
    expect(currentProof(again)?.state).toBe('new');
  });

  it('leaves an ambiguous display undecided: status kept, said so', () => {
    const row = mergeRow(marked(), page(['*5678']), [OLD, TWIN]);
    expect(row.status).toBe('changed');
    expect(currentProof(row)?.state).toBe('unclear');
  });

  it('never touches to-do items or other decisions, and a new decision makes old proof stale', () => {
    const todo = mergeRow({ ...marked(), status: 'todo' }, page(['138*5678']), numbers);
    expect(todo.proof).toBeUndefined();
    const notMine = mergeRow(marked('not-mine'), page(['138*5678']), numbers);
    expect(notMine.status).toBe('not-mine');
    const verified = applyProof(marked(), marked(), page(['139*1234']), numbers);
    expect(currentProof({ ...verified, statusAt: 3_000 })).toBeUndefined();
  });
});

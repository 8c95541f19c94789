// One checklist item in the popup: name and how sure, what the number is used for, then one
// action ("Go change it") and one menu ("Done ▾"). When it was last seen lives in the dashboard.
import type { ChecklistItem } from '@/utils/inventory/checklist';
import { t } from '@/utils/i18n';
import { SiteActions, Trust, guideOf } from '../common/SiteActions';
import { certaintyWord, proofLine, siteName, usesLine, whyLine } from '../common/words';

export function Item({ item, showUnconfirmed }: { item: ChecklistItem; showUnconfirmed: boolean }) {
  const { row, certainty } = item;
  const guide = guideOf(row);
  const uses = usesLine(item);
  const proof = proofLine(row);
  return (
    <li class="item" data-site={row.site} data-certainty={certainty} data-impact={item.impact}>
      <div class="item-head">
        <span class="site-name">{siteName(row)}</span>
        <span class={`certainty certainty-${certainty}`}>{certaintyWord(certainty)}</span>
      </div>
      {proof ? <div class={`proof proof-${row.proof!.state}`}>{proof}</div> : null}
      {uses ? <div class="kinds">{uses}</div> : null}
      <div class="muted evidence">
        {whyLine(row)}
        {showUnconfirmed && item.numberUnconfirmed ? ` · ${t('cl_numberUnconfirmed')}` : ''}
      </div>
      {guide.appFirst && guide.app ? (
        <div class="app-path">
          {t('ui_guide_inApp')} {guide.app}
          <Trust basis={guide.appBasis} typical={guide.typical} />
        </div>
      ) : null}
      <SiteActions row={row} />
    </li>
  );
}

// What the person can do about one site: go to the place where the number is changed, then say
// what they did. Status writes go straight to the database (utils/inventory/status).
import { entryForSite } from '@/utils/catalog/lookup';
import { getDb, type SiteRow } from '@/utils/db';
import { basisText, guidanceFor, type Basis, type Guidance, type NumberGuidance } from '@/utils/guide/where';
import { openGuide } from '@/utils/guide/open';
import { t, uiLanguage } from '@/utils/i18n';
import { setStatus } from '@/utils/inventory/status';
import type { Status } from '@/utils/types';

const DONE: Exclude<Status, 'todo'>[] = ['changed', 'unbound', 'deleted', 'not-mine', 'ignore'];

export function guideOf(row: Pick<SiteRow, 'site' | 'settingsUrl'>): Guidance {
  return guidanceFor(row, entryForSite(row.site), uiLanguage());
}

function report(e: unknown) {
  console.error('[rebind] could not save', e);
}

export function SiteActions({ row, compact = false }: { row: SiteRow; compact?: boolean }) {
  const guide = guideOf(row);
  const set = (s: Status) => setStatus(getDb(), row.site, s).catch(report);
  const open = (e: Event) => {
    e.preventDefault();
    if (guide.url) openGuide(row.site, guide.url, row.masked ?? []).catch(report);
  };
  if (row.status !== 'todo') {
    return (
      <div class="actions">
        <button type="button" class="secondary" onClick={() => set('todo')}>
          {t('ui_action_reopen')}
        </button>
      </div>
    );
  }
  return (
    <div class="actions" role="group" aria-label={t('ui_actionsFor', row.site)}>
      {guide.url && !guide.appFirst ? (
        <a class="button primary" href={guide.url} target="_blank" rel="noreferrer" onClick={open}>
          {t('ui_action_open')}
        </a>
      ) : null}
      {(compact ? (['changed', 'not-mine'] as const) : DONE).map((s) => (
        <button type="button" key={s} class="secondary" onClick={() => set(s)}>
          {t(`ui_action_${s.replace('-', '_')}`)}
        </button>
      ))}
    </div>
  );
}

/** How sure a catalog fact is, with a link to the page it comes from. */
export function Trust({ basis, typical = false }: { basis: Basis | undefined; typical?: boolean }) {
  if (!basis) return null;
  return (
    <span class="muted trust" data-trust={basis.status}>
      {' ('}
      {basisText(basis, t, typical)}
      {basis.status === 'sourced' ? (
        <>
          {' · '}
          <a href={basis.url} target="_blank" rel="noreferrer">
            {t('ui_trust_source')}
          </a>
        </>
      ) : null}
      {')'}
    </span>
  );
}

/** The further numbers of an account (QQ's security phone): role, place, how sure, delay. */
function OtherNumber({ n, site }: { n: NumberGuidance; site: string }) {
  return (
    <li>
      {n.role ? <span class="label">{n.role}:</span> : null}{' '}
      {n.app ? (
        <>
          <span class="app-path">{n.app}</span>
          <Trust basis={n.appBasis} typical={n.typical} />
        </>
      ) : null}
      {n.url ? (
        <>
          {' '}
          <a href={n.url} target="_blank" rel="noreferrer" onClick={(e) => {
            e.preventDefault();
            openGuide(site, n.url!, []).catch(report);
          }}>
            {t('ui_guide_src_phone')}
          </a>
          <Trust basis={n.urlBasis} />
        </>
      ) : null}
      {n.delay ? <div class="muted">{t('ui_trust_delay')} {n.delay}</div> : null}
      {n.lostNumber ? <div class="muted">{t('ui_trust_lost')} {n.lostNumber}</div> : null}
    </li>
  );
}

/** Where to do it: the in-app path, the web page and how sure each is, other numbers, deletion. */
export function GuideInfo({ row }: { row: SiteRow }) {
  const g = guideOf(row);
  return (
    <div class="guide">
      {g.app ? (
        <p>
          <span class="label">{t('ui_guide_inApp')}</span> <span class="app-path">{g.app}</span>
          <Trust basis={g.appBasis} typical={g.typical} />
        </p>
      ) : null}
      {g.url && g.source ? (
        <p>
          <span class="label">{t(g.appFirst ? 'ui_guide_webToo' : 'ui_guide_web')}</span>{' '}
          <a href={g.url} target="_blank" rel="noreferrer" onClick={(e) => {
            e.preventDefault();
            openGuide(row.site, g.url!, row.masked ?? []).catch(report);
          }}>
            {t(`ui_guide_src_${g.source.replace('-', '_')}`)}
          </a>
          <Trust basis={g.urlBasis} />
        </p>
      ) : null}
      {g.delay ? <p class="muted">{t('ui_trust_delay')} {g.delay}</p> : null}
      {g.lostNumber ? <p class="muted">{t('ui_trust_lost')} {g.lostNumber}</p> : null}
      {g.others.length ? (
        <ul class="other-numbers">
          {g.others.map((n, i) => (
            <OtherNumber key={i} n={n} site={row.site} />
          ))}
        </ul>
      ) : null}
      {g.twoStepHelp ? (
        <p class="muted">
          <a href={g.twoStepHelp} target="_blank" rel="noreferrer">
            {t('ui_trust_twoStepHelp')}
          </a>{' '}
          ({t('ui_trust_twoStepNote')})
        </p>
      ) : null}
      {g.removable === 'replace-only' ? <p class="muted">{t('ui_guide_replaceOnly')}</p> : null}
      {g.deletion ? (
        g.deletion.difficulty === 'impossible' ? (
          <p class="muted">{t('ui_guide_noDelete')}</p>
        ) : (
          <p>
            {g.deletion.url ? (
              <a href={g.deletion.url} target="_blank" rel="noreferrer">
                {t('ui_guide_delete')}
              </a>
            ) : (
              t('ui_guide_deleteNoLink')
            )}
            {g.deletion.difficulty ? ` (${t(`ui_difficulty_${g.deletion.difficulty}`)})` : ''}
          </p>
        )
      ) : null}
    </div>
  );
}

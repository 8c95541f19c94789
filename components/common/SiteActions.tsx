// What the person can do about one site: one primary action that says what it opens, and one
// "Done ▾" menu that says what they did (with Undo). Status writes go straight to the database
// (utils/inventory/status).
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { entryForSite } from '@/utils/catalog/lookup';
import { getDb, type SiteRow } from '@/utils/db';
import { basisText, guidanceFor, type Basis, type Guidance, type NumberGuidance } from '@/utils/guide/where';
import { openGuide } from '@/utils/guide/open';
import { t, uiLanguage } from '@/utils/i18n';
import { setStatus } from '@/utils/inventory/status';
import type { Status } from '@/utils/types';
import { offerUndo } from './Undo';
import { siteName } from './words';

/** The Done menu, in the order a person most often means. */
export const DONE: readonly Exclude<Status, 'todo'>[] = ['changed', 'unbound', 'deleted', 'not-mine', 'ignore'];

const key = (s: string) => s.replaceAll('-', '_');

export function guideOf(row: Pick<SiteRow, 'site' | 'settingsUrl'>): Guidance {
  return guidanceFor(row, entryForSite(row.site), uiLanguage());
}

function report(e: unknown) {
  console.error('[rebind] could not save', e);
}

/** Sets a status and offers Undo. */
export async function decide(row: SiteRow, status: Status): Promise<void> {
  const before = await setStatus(getDb(), row.site, status);
  if (before) offerUndo({ site: row.site, name: siteName(row), status, before });
}

/** "Go change it", and underneath what it opens: the phone page, a settings page, or a guess. */
export function GoButton({ row }: { row: SiteRow }) {
  const guide = guideOf(row);
  if (!guide.url || !guide.source || guide.appFirst) return null;
  const open = (e: Event) => {
    e.preventDefault();
    openGuide(row.site, guide.url!, row.masked ?? []).catch(report);
  };
  const what = `go-${row.site}`;
  return (
    <span class="go">
      <a class="button primary" href={guide.url} target="_blank" rel="noreferrer" onClick={open} aria-describedby={what}>
        {t('ui_go')}
      </a>{' '}
      <span id={what} class="muted small" data-source={guide.source}>
        {t(`ui_go_opens_${key(guide.source)}`)}
      </span>
    </span>
  );
}

/** "Done ▾": a menu of what the person did. Keyboard: arrows move, Escape closes. */
export function DoneMenu({ row }: { row: SiteRow }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const menu = useRef<HTMLUListElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  }, [open]);
  const choose = (s: Status) => {
    setOpen(false);
    decide(row, s).catch(report);
  };
  const onKey = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    }
  };
  return (
    <span class="done-menu">
      <button ref={toggle} type="button" class="secondary" aria-haspopup="menu" aria-expanded={open}
        aria-controls={id} onClick={() => setOpen(!open)}>
        {t('ui_done_menu')}
      </button>
      {open ? (
        <ul id={id} role="menu" ref={menu} class="menu" aria-label={t('ui_actionsFor', siteName(row))} onKeyDown={onKey}>
          {DONE.map((s) => (
            <li key={s} role="none">
              <button type="button" role="menuitem" class="secondary" data-status={s} onClick={() => choose(s)}>
                {t(`ui_action_${key(s)}`)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </span>
  );
}

/** The actions for one site: Go and Done for an open item, "Mark as to do" for a done one. */
export function SiteActions({ row }: { row: SiteRow }) {
  if (row.status !== 'todo') {
    return (
      <div class="actions">
        <button type="button" class="secondary" onClick={() => decide(row, 'todo').catch(report)}>
          {t('ui_action_reopen')}
        </button>
      </div>
    );
  }
  return (
    <div class="actions" role="group" aria-label={t('ui_actionsFor', siteName(row))}>
      <GoButton row={row} />
      <DoneMenu row={row} />
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
            {t(`ui_guide_src_${key(g.source)}`)}
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

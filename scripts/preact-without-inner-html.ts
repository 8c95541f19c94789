// Build-time transform: Preact without its dangerouslySetInnerHTML path, so no assignment to
// innerHTML ships in the extension (addons.mozilla.org's linter warns on any, and a reviewer
// would have to prove it unreachable). Rebind never renders HTML from strings: eslint forbids
// the prop in JSX, and with this transform a use anywhere else throws instead of parsing HTML.
// The patterns are those of Preact 10's minified dist files; if an upgrade changes them the
// build fails here rather than shipping the old path.
import type { Plugin } from 'vite';

/** Preact's dist files as Vite resolves them (browser and import conditions). */
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/;

// `(dom.innerHTML = newHtml.__html)`: renders the prop's HTML.
const SET_HTML = /\((\w+)\.innerHTML\s*=\s*(\w+)\.__html\)/g;
// `(dom.innerHTML = "")`: clears HTML left by an earlier render with the prop.
const CLEAR_HTML = /\((\w+)\.innerHTML\s*=\s*(""|''|``)\)/g;

export const REFUSAL = 'Rebind renders no HTML from strings: dangerouslySetInnerHTML is disabled';

/** Preact's source with both innerHTML assignments replaced; throws if either is not found. */
export function withoutInnerHtml(code: string, file = 'preact'): string {
  let set = 0;
  let clear = 0;
  const out = code
    .replace(SET_HTML, () => {
      set++;
      return `(function(){throw new Error(${JSON.stringify(REFUSAL)})}())`;
    })
    .replace(CLEAR_HTML, (_m, dom: string) => {
      clear++;
      // Same effect for clearing: every child node goes.
      return `(${dom}.textContent="")`;
    });
  if (set !== 1 || clear !== 1) {
    throw new Error(
      `${file}: expected one innerHTML render and one innerHTML clear in Preact, found ${set} and ${clear}; ` +
        'update scripts/preact-without-inner-html.ts for this Preact version',
    );
  }
  if (/\.innerHTML\s*=(?!=)/.test(out)) throw new Error(`${file}: an innerHTML assignment is left after the transform`);
  return out;
}

/** The Vite plugin wxt.config.ts adds to every build. */
export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'rebind:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!PREACT_DIST.test(file)) return null;
      return { code: withoutInnerHtml(code, file), map: null };
    },
  };
}

/**
 * WXT's content-script context announces a new script twice: a CustomEvent on the document,
 * which newer copies of the same script listen for (it is how an old copy left by an update
 * stops), and a window.postMessage kept for copies built with older WXT versions. Ours never
 * are, and that message goes to the page's own scripts, telling them the extension is there.
 * In Chromium it also cost about 20 ms at every page's start (measured: vna:loaded → vna:start
 * 33 → 13 ms median on the seed article; about half of it reappears later as the isolated
 * world's first DOM work, so 6–10 ms less in all). It is taken out at build time; the build
 * fails if WXT's code no longer has it in this shape, so an upgrade is looked at again.
 */
import type { Plugin } from 'vite';

const FILE = /wxt\/dist\/utils\/content-script-context\.m?js$/;
const LEGACY_MESSAGE =
  /\n\s*window\.postMessage\(\{\s*type: ContentScriptContext\.SCRIPT_STARTED_MESSAGE_TYPE,[^}]*\}, "\*"\);/;

export function quietContentScriptStart(): Plugin {
  return {
    name: 'vna-quiet-content-script-start',
    enforce: 'pre',
    transform(code, id) {
      if (!FILE.test(id.split('?')[0])) return null;
      if (!LEGACY_MESSAGE.test(code))
        this.error(
          `${id}: WXT's legacy window.postMessage start message was not found; check scripts/build/quiet-start.ts against this WXT version.`,
        );
      return { code: code.replace(LEGACY_MESSAGE, ''), map: null };
    },
  };
}

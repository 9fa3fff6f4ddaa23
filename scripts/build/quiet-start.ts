/**
 * WXT's content-script context announces a new copy of the script to older copies (left in the
 * page by an extension update or a re-injection) with events the page's own scripts can see and
 * send: a window.postMessage, and a CustomEvent on the document. A page that dispatches that
 * CustomEvent switches the extension off (on Firefox its name holds the public add-on id); the
 * postMessage told every page the extension was there, and cost about 20 ms at each start in
 * Chromium. Both are replaced at build time: a new copy finds the old one through a global of
 * the extension's isolated world, where page scripts cannot reach, and retires it directly. The
 * build fails if WXT's code no longer has this shape, so an upgrade is looked at again.
 */
import type { Plugin } from 'vite';

const FILE = /wxt\/dist\/utils\/content-script-context\.m?js$/;
const START =
  /\tstopOldScripts\(\) \{[\s\S]*?\n\t\}\n\tverifyScriptStartedEvent\(event\) \{[\s\S]*?\n\t\}\n\tlistenForNewerScripts\(\) \{[\s\S]*?\n\t\}\n/;

const REPLACEMENT = `\tstopOldScripts() {
\t\tconst key = Symbol.for("vna:content-script-context:" + this.contentScriptName);
\t\tconst old = globalThis[key];
\t\tglobalThis[key] = this;
\t\tif (old && old !== this) old.notifyInvalidated();
\t}
\tlistenForNewerScripts() {}
`;

export function quietContentScriptStart(): Plugin {
  return {
    name: 'vna-quiet-content-script-start',
    enforce: 'pre',
    transform(code, id) {
      if (!FILE.test(id.split('?')[0])) return null;
      if (!START.test(code))
        this.error(
          `${id}: WXT's content-script start and retirement code was not found; check scripts/build/quiet-start.ts against this WXT version.`,
        );
      return { code: code.replace(START, REPLACEMENT), map: null };
    },
  };
}

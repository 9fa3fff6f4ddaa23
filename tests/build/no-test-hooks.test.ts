/**
 * The built extensions are what the stores get and what the end-to-end tests run (Chromium and
 * Firefox alike read the extension's state by asking it from an extension page): no state of the
 * extension is written on the page's own elements for tests, in any build a reader installs.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, filesOf, readText } from './built';

/** The attributes a test build once wrote on <html> (issue 10: a hostile page reads them). */
const STATE_MARKS = /data-vna-(state|saved|entities|notes|open|frames)\b|data-vna-\$\{/;

describe.each(BUILDS)('$browser build', ({ dir }) => {
  it('writes no test state on the page (no data-vna-state, -open, -frames … attributes)', () => {
    const js = filesOf(dir).filter((f) => f.endsWith('.js'));
    expect(js).toContain('content-scripts/content.js');
    for (const f of js) expect(readText(path.join(dir, f)), f).not.toMatch(STATE_MARKS);
  });
});

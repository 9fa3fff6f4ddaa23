/**
 * Re-anchor W3C text selectors, one case per line on stdin:
 *   npm run -s anchor < CASES.jsonl
 * Each line {"file": TEXT_FILE, "selectors": [...]} prints {"start","end","method"} or
 * {"orphan": true}, offsets in UTF-16 code units of the file read as UTF-8 then NFC; a bad line
 * prints {"error": "..."} and makes the exit code 1, the other lines still run.
 * Same code as the extension (utils/anchoring).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createAnchorer, type Anchorer } from '../../utils/anchoring/anchor';
import { parseCase } from '../../utils/anchoring/cases';

const anchorers = new Map<string, Anchorer | { error: string }>();

function anchorerFor(file: string): Anchorer | { error: string } {
  const key = path.resolve(file);
  let a = anchorers.get(key);
  if (!a) {
    try {
      a = createAnchorer(readFileSync(key, 'utf8').normalize('NFC'));
    } catch (e) {
      a = { error: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
    }
    anchorers.set(key, a);
  }
  return a;
}

async function main() {
  let failed = false;
  const out: string[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const c = parseCase(line);
    let result: unknown;
    if ('error' in c) result = c;
    else {
      const a = anchorerFor(c.file);
      result = 'error' in a ? a : a.anchor(c.selectors);
    }
    if (result && typeof result === 'object' && 'error' in result) failed = true;
    out.push(JSON.stringify(result));
    if (out.length >= 256) process.stdout.write(`${out.splice(0).join('\n')}\n`);
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  process.exitCode = failed ? 1 : 0;
}

main();

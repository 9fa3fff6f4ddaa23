/** The saved site pages (tests/fixtures/sites/manifest.json) parsed with linkedom, as the CLI does. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

export const SITES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sites');

export interface Fixture {
  kind: 'article' | 'home' | 'category' | '404';
  site: string;
  url: string;
  file: string;
  title?: string;
  lead?: string;
  published?: string;
  author?: string;
  bodyStart?: string;
}

export const FIXTURES: Fixture[] = JSON.parse(readFileSync(path.join(SITES_DIR, 'manifest.json'), 'utf8'));

export function load(file: string): Document {
  return parseHTML(readFileSync(path.join(SITES_DIR, file), 'utf8')).document as unknown as Document;
}

/**
 * npm run -s detect -- URL=FILE.html ...
 * Parses each saved page with linkedom, runs the same detection and text index as the
 * extension, and prints one JSON object per line. Each argument is split at its LAST `=`, so
 * URLs with query strings work.
 *
 * npm run -s detect -- --check [MANIFEST.json ...]
 * Runs over the saved test pages a manifest lists (default: the site fixtures and the older
 * layouts in tests/fixtures/sites) and prints what went wrong on each page, then the figures;
 * exits 1 when any page fails. `--generic` skips the site adapters (the fallback alone).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../utils/sites/detect';
import { detectGeneric } from '../../utils/sites/generic';
import { buildTextIndex } from '../../utils/dom/text-index';
import { allPassed, checkPages, formatReport, type CheckPage } from './detect-check';
import { SITES_DIR } from '../lib/fixtures';

export interface DetectLine {
  url: string;
  article: boolean;
  site: string | null;
  title: string | null;
  lead: string | null;
  published: string | null;
  author: string | null;
  text: string | null;
}

export function detectHtml(url: string, html: string, genericOnly = false): DetectLine {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const info = genericOnly ? detectGeneric(doc, url) : detectArticle(doc, url);
  if (!info)
    return { url, article: false, site: null, title: null, lead: null, published: null, author: null, text: null };
  return {
    url,
    article: true,
    site: info.site,
    title: info.title,
    lead: info.lead || null,
    published: info.published ?? null,
    author: info.author ?? null,
    text: buildTextIndex(info).text,
  };
}

/** The manifests `--check` reads when none is named. */
export const DEFAULT_MANIFESTS = ['manifest.json', 'generations.json'].map((f) => path.join(SITES_DIR, f));

function check(args: string[]): number {
  const genericOnly = args.includes('--generic');
  const files = args.filter((a) => !a.startsWith('--'));
  let status = 0;
  for (const file of files.length ? files : DEFAULT_MANIFESTS) {
    let pages: CheckPage[];
    try {
      pages = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      console.error(`cannot read ${file}: ${(e as Error).message}`);
      return 2;
    }
    const { results, figures } = checkPages(pages, path.dirname(file), (url, html) =>
      detectHtml(url, html, genericOnly),
    );
    console.log(`${path.basename(file)}${genericOnly ? ' (generic path only)' : ''}\n`);
    console.log(`${formatReport(results, figures)}\n`);
    if (!allPassed(figures)) status = 1;
  }
  return status;
}

function main(args: string[]): number {
  if (args.length === 0) {
    console.error('usage: npm run -s detect -- URL=FILE.html [URL=FILE.html ...]');
    console.error('       npm run -s detect -- --check [--generic] [MANIFEST.json ...]');
    return 2;
  }
  if (args.includes('--check')) return check(args.filter((a) => a !== '--check'));
  let status = 0;
  for (const arg of args) {
    const at = arg.lastIndexOf('=');
    if (at <= 0) {
      console.error(`not URL=FILE: ${arg}`);
      status = 2;
      continue;
    }
    const [url, file] = [arg.slice(0, at), arg.slice(at + 1)];
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch (e) {
      console.error(`cannot read ${file}: ${(e as Error).message}`);
      status = 1;
      continue;
    }
    console.log(JSON.stringify(detectHtml(url, html)));
  }
  return status;
}

if (process.argv[1] && /detect\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));

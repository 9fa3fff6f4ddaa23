/**
 * npm run -s detect -- URL=FILE.html ...
 * Parses each saved page with linkedom, runs the same detection and text index as the
 * extension, and prints one JSON object per line. Each argument is split at its LAST `=`, so
 * URLs with query strings work.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../utils/sites/detect';
import { buildTextIndex } from '../../utils/dom/text-index';

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

export function detectHtml(url: string, html: string): DetectLine {
  const { document } = parseHTML(html);
  const info = detectArticle(document as unknown as Document, url);
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

function main(args: string[]): number {
  if (args.length === 0) {
    console.error('usage: npm run -s detect -- URL=FILE.html [URL=FILE.html ...]');
    return 2;
  }
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

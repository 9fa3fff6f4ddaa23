/**
 * PRIVACY.md rendered as an extension page (privacy.html), so the options page can link to the
 * policy of the very version installed, with no network request. The Markdown is split into
 * language sections at `<!-- lang: xx -->` lines, each rendered with CommonMark in safe mode
 * (raw HTML dropped) and marked with its `lang` so screen readers and hyphenation get it right.
 */
import { HtmlRenderer, Parser } from 'commonmark';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const PRIVACY_SOURCE = 'PRIVACY.md';
export const PRIVACY_PAGE = 'privacy.html';
const LANG_MARK = /^<!-- lang: ([a-z]{2}) -->$/;

export function splitByLanguage(markdown: string): { lang: string; text: string }[] {
  const sections: { lang: string; lines: string[] }[] = [];
  for (const line of markdown.split('\n')) {
    const m = LANG_MARK.exec(line.trim());
    if (m) sections.push({ lang: m[1], lines: [] });
    else if (sections.length) sections[sections.length - 1].lines.push(line);
  }
  if (!sections.length) throw new Error(`${PRIVACY_SOURCE} has no "<!-- lang: xx -->" section marks`);
  return sections.map((s) => ({ lang: s.lang, text: s.lines.join('\n') }));
}

export function renderPrivacyPage(markdown: string): string {
  const renderer = new HtmlRenderer({ safe: true });
  const parser = new Parser();
  const body = splitByLanguage(markdown)
    .map((s) => `<section lang="${s.lang}">\n${renderer.render(parser.parse(s.text))}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Privacy · Quyền riêng tư</title>
<style>
:root { color-scheme: light dark; font: 16px/1.55 system-ui, sans-serif; }
body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
section + section { border-top: 1px solid #8886; margin-top: 2.5rem; }
code { font-size: 0.9em; }
table { border-collapse: collapse; } td, th { border: 1px solid #8886; padding: 0.25rem 0.5rem; vertical-align: top; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export function privacyPageFrom(root: string): string {
  return renderPrivacyPage(readFileSync(path.join(root, PRIVACY_SOURCE), 'utf8'));
}

/**
 * Turn arbitrary user text into CommonMark that renders as exactly that text.
 *
 * Quotes come from news pages and notes from the reader; either may contain `*`, `<script>`,
 * `[x](y)`, a leading `1.` or `---`. Escaping every structural character (rather than trying to
 * guess which ones matter where) keeps the guarantee simple enough to test by rendering.
 */

// Characters that can start inline structure anywhere on a line. `(`, `)`, `.`, `-`, `+`, `=`,
// `:` only matter at a line start and are handled there, so ordinary prose stays readable.
const INLINE_SPECIAL = /[\\`*_[\]<>&#!|~]/g;

// Whitespace that CommonMark strips at the edges of a line (spaces, tabs) plus NBSP, which some
// renderers also trim; written as numeric references so they survive.
const EDGE_WS: Record<string, string> = { ' ': '&#32;', '\t': '&#9;', '\u00a0': '&#160;' };

function encodeEdgeWhitespace(line: string): string {
  const lead = /^[ \t\u00a0]+/.exec(line)?.[0] ?? '';
  const rest = line.slice(lead.length);
  const trail = /[ \t\u00a0]+$/.exec(rest)?.[0] ?? '';
  const mid = rest.slice(0, rest.length - trail.length);
  const enc = (ws: string) => Array.from(ws, (c) => EDGE_WS[c]).join('');
  return enc(lead) + mid + enc(trail);
}

/** Escape one line (no line breaks inside) so it renders literally as paragraph text. */
export function escapeInline(line: string): string {
  let s = line.replace(INLINE_SPECIAL, (c) => `\\${c}`);
  // Block starters: list bullets, ordered-list numbers, setext underlines, thematic breaks.
  s = s.replace(/^([ \t\u00a0]*)([-+=])/, '$1\\$2');
  s = s.replace(/^([ \t\u00a0]*\d{1,9})([.)])/, '$1\\$2');
  return encodeEdgeWhitespace(s);
}

/**
 * Escape multi-line text as the lines of one paragraph: every line break (blank lines included)
 * becomes a hard break (`\` at the end of a line), so the rendered text keeps each `\n`.
 * An empty line is written as a lone `\`, which keeps the paragraph open. Trailing line breaks
 * are dropped: CommonMark has no way to end a paragraph with a hard break.
 * Returns the lines; the caller adds any prefix such as `> `.
 */
export function escapeParagraph(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  return lines.map((line, i) => {
    const last = i === lines.length - 1;
    const body = escapeInline(line);
    return last ? body : `${body}\\`;
  });
}

/** One-line text (headings, list items, labels): line breaks become spaces. */
export function escapeOneLine(text: string): string {
  return escapeInline(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/**
 * A link destination in angle brackets; characters that would end or confuse it are
 * percent-encoded. Only http(s) URLs are linked at all (see `safeHttpUrl`).
 */
export function linkDestination(url: string): string {
  return `<${url.replace(/[<>\\\s`]/g, (c) => encodeURIComponent(c))}>`;
}

/** The URL if it is an absolute http(s) URL, else null: no `javascript:` links in exports. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A YAML double-quoted scalar. JSON strings are valid YAML 1.2; U+2028/9 escaped for YAML 1.1. */
export function yamlString(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

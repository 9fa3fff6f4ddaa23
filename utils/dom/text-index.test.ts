// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildTextIndex, offsetsFromRange, pointAt, rangeFromOffsets } from './text-index';

// The window's own document: happy-dom ranges from createHTMLDocument() documents misplace boundaries.
function dom(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
const index = (html: string, exclude?: string[]) => {
  const doc = dom(html);
  return { doc, idx: buildTextIndex({ regions: [doc.body.firstElementChild!], exclude }) };
};

describe('buildTextIndex', () => {
  it('separates paragraphs by a blank line and collapses white space like a browser', () => {
    const { idx } = index('<div><h1>  Tiêu   đề </h1>\n<p>Một\n  <b>hai</b> <i> ba</i></p><p>Bốn<br>năm</p>  </div>');
    expect(idx.text).toBe('Tiêu đề\n\nMột hai ba\n\nBốn\n\nnăm');
  });

  it('keeps NBSP and <pre> white space', () => {
    const { idx } = index('<div><p>Nghị\u00a0quyết  23</p><pre>a  b\nc</pre></div>');
    expect(idx.text).toBe('Nghị\u00a0quyết 23\n\na  b\nc');
  });

  it('skips script, style, form fields, hidden, editable, own UI and noise', () => {
    const { idx } = index(
      `<div><p>A<script>var x = "<p>no</p>";</script><style>p{}</style>B</p>
      <p hidden>hidden</p><p aria-hidden="true">aria</p><p style="display: none">none</p>
      <div contenteditable="true">edit</div><div contenteditable="false">ok</div>
      <input value="v"><textarea>t</textarea><select><option>o</option></select><button>b</button>
      <vna-card>card</vna-card><span data-vna-ui>ui</span><template><p>tpl</p></template><noscript>ns</noscript>
      <div class="cms-relate">related</div><p>C</p></div>`,
      ['.cms-relate'],
    );
    expect(idx.text).toBe('AB\n\nok\n\nC');
  });

  it('keeps raw characters: NFD and entity-decoded base letters stay as the page has them', () => {
    const doc = parseHTML('<html><body><div><p>Ch&#105;\u0301nh ph\u0075\u0309</p></div></body></html>')
      .document as unknown as Document;
    const idx = buildTextIndex({ regions: [doc.querySelector('div')!] });
    expect(idx.text).toBe('Chi\u0301nh phu\u0309');
    expect(idx.text.normalize('NFC')).toBe('Chính phủ');
  });

  it('reads title, lead and body once each, in that order, even when the body contains them', () => {
    const doc = dom('<article><p class="lead">Sapo</p><h1>Tựa</h1><p>Thân bài</p></article>');
    const a = doc.querySelector('article')!;
    const idx = buildTextIndex({ regions: [doc.querySelector('h1')!, doc.querySelector('.lead')!, a] });
    expect(idx.text).toBe('Tựa\n\nSapo\n\nThân bài');
  });

  it('produces the same text in linkedom as in happy-dom', () => {
    const html =
      '<div><h2> Sapo  <a href="#">liên kết</a></h2><ul><li>một</li><li>hai <em>ba</em></li></ul><table><tr><td>x</td><td>y</td></tr></table></div>';
    const l = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
    expect(buildTextIndex({ regions: [l.querySelector('div')!] }).text).toBe(index(html).idx.text);
  });
});

describe('offsets and ranges', () => {
  const html =
    '<div><h1>Thường trực  Ban Bí thư</h1><p>Ông <b>Võ Văn</b> Thưởng <span class="ad">QC</span>phát biểu.</p></div>';

  it("rangeFromOffsets and offsetsFromRange are each other's inverse on every span", () => {
    const { idx } = index(html, ['.ad']);
    for (let s = 0; s < idx.text.length; s++) {
      for (let e = s + 1; e <= idx.text.length; e++) {
        const r = rangeFromOffsets(idx, s, e);
        const back = offsetsFromRange(idx, r);
        const inner = idx.text.slice(s, e);
        // Ends inside a separator snap to the nearest character, so compare the trimmed span.
        const lead = inner.length - inner.replace(/^\n+/, '').length;
        const trail = inner.length - inner.replace(/\n+$/, '').length;
        if (lead + trail >= inner.length) continue;
        expect(back, `${s}-${e}`).toEqual({ start: s + lead, end: e - trail });
      }
    }
  });

  it('maps a collapsed white-space run to its first character and the range text to the page', () => {
    const { idx } = index(html, ['.ad']);
    const at = idx.text.indexOf('Ban');
    const r = rangeFromOffsets(idx, at - 1, at + 3) as Range;
    expect(r.startContainer.textContent).toBe('Thường trực  Ban Bí thư');
    expect(r.startOffset).toBe('Thường trực'.length);
    expect(r.toString()).toBe('  Ban');
    const name = idx.text.indexOf('Võ Văn Thưởng');
    expect(rangeFromOffsets(idx, name, name + 13).toString()).toBe('Võ Văn Thưởng');
  });

  it('maps element boundaries and snaps ranges that start inside noise', () => {
    const { doc, idx } = index(html, ['.ad']);
    const p = doc.querySelector('p')!;
    const r = doc.createRange();
    r.setStart(p, 1); // before <b>
    r.setEnd(doc.querySelector('.ad')!.firstChild!, 1); // inside the skipped ad
    expect(idx.text.slice(...(Object.values(offsetsFromRange(idx, r)!) as [number, number]))).toBe('Võ Văn Thưởng ');
    const only = doc.createRange();
    only.selectNodeContents(doc.querySelector('.ad')!);
    expect(offsetsFromRange(idx, only)).toBeNull();
  });
});

describe('the offset map on white-space-heavy markup', () => {
  // Deterministic mixes of letters, spaces, NBSP, tabs, newlines, inline and block elements, <pre>.
  let state = 7;
  const rnd = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const bit = () => pick(['a', 'ư', 'ệ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\r\n', 'Bộ', '.']);
  const text = () => Array.from({ length: Math.floor(rnd() * 6) }, bit).join('');
  const tree = (depth: number): string =>
    Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => {
      if (depth > 3 || rnd() < 0.5) return text();
      const t = pick(['p', 'b', 'span', 'div', 'pre', 'i', 'li']);
      return `<${t}>${tree(depth + 1)}</${t}>`;
    }).join('');

  it('maps every character to the same character of its Text node (a collapsed space to white space)', () => {
    for (let c = 0; c < 300; c++) {
      const doc = parseHTML(`<html><body><div>${tree(0)}x</div></body></html>`).document as unknown as Document;
      const idx = buildTextIndex({ regions: [doc.querySelector('div')!] });
      const { runs } = idx;
      const mapped = new Array<boolean>(idx.text.length).fill(false);
      for (let i = 0; i < runs.count; i++) {
        if (i > 0) expect(runs.start[i]).toBeGreaterThanOrEqual(runs.end[i - 1]);
        if (i === 0 || runs.node[i] !== runs.node[i - 1]) expect(idx.firstRun.get(runs.node[i])).toBe(i);
        for (let p = runs.start[i]; p < runs.end[i]; p++) {
          mapped[p] = true;
          const raw = runs.node[i].data[runs.rawStart[i] + p - runs.start[i]];
          if (raw !== idx.text[p])
            expect([idx.text[p], raw], `offset ${p} of ${JSON.stringify(idx.text)}`).toEqual([
              ' ',
              expect.stringMatching(/^[ \t\r\n\f]$/),
            ]);
          expect(pointAt(idx, p, 'start')).toEqual({
            node: runs.node[i],
            offset: runs.rawStart[i] + p - runs.start[i],
          });
          expect(pointAt(idx, p + 1, 'end')).toEqual({
            node: runs.node[i],
            offset: runs.rawStart[i] + p + 1 - runs.start[i],
          });
        }
      }
      // What no run covers is a paragraph separator.
      expect(idx.text.replace(/[^]/g, (ch, p: number) => (mapped[p] ? '' : ch))).toMatch(/^(\n\n)*$/);
    }
  });
});

describe('hostile input', () => {
  it('walks 5,000 nested levels without overflowing the stack (linkedom)', () => {
    const deep = `${'<div>'.repeat(5000)}sâu${'</div>'.repeat(5000)}`;
    const doc = parseHTML(`<html><body><main>${deep}</main></body></html>`).document as unknown as Document;
    const idx = buildTextIndex({ regions: [doc.querySelector('main')!], exclude: ['.x div', 'div > div > .y'] });
    expect(idx.text).toBe('sâu');
  }, 60_000);

  it('indexes 100,000 nodes and text that names vna- elements', () => {
    const parts: string[] = [];
    for (let i = 0; i < 25_000; i++) parts.push(`<p>đoạn ${i} &lt;vna-card&gt; <b>x</b></p>`);
    const doc = parseHTML(`<html><body><div>${parts.join('')}</div></body></html>`).document as unknown as Document;
    const idx = buildTextIndex({ regions: [doc.querySelector('div')!] });
    expect(idx.text.startsWith('đoạn 0 <vna-card> x\n\nđoạn 1')).toBe(true);
    expect(idx.text.split('\n\n')).toHaveLength(25_000);
  }, 60_000);

  it('survives selectors the matcher rejects', () => {
    const { idx } = index('<div><p>A</p><p class="n">B</p></div>', ['::bogus((', '.n']);
    expect(idx.text).toBe('A');
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createPainter } from './painter';

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const w = document.createTreeWalker(root, 4);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

function rangeOf(node: Text, start: number, end: number, endNode: Text = node): Range {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(endNode, end);
  return r;
}

describe('wrapper painter (browsers without the Custom Highlight API)', () => {
  it('wraps overlapping groups and restores the page exactly, same nodes and all', () => {
    document.body.innerHTML =
      '<p id="p">Ủy viên <b>Bộ Chính trị</b>, Thường trực Ban Bí thư Võ Văn Thưởng phát biểu.</p>';
    const p = document.getElementById('p')!;
    const before = p.innerHTML;
    const [t1, t2, t3] = textNodes(p);
    const painter = createPainter(document);
    expect(painter.kind).toBe('wrapper');
    let selfMutations = 0;
    painter.onSelfMutation = () => selfMutations++;

    // "Bộ Chính trị" (inside <b>) and "Ban Bí thư Võ Văn Thưởng" as entities; a note over "Thường trực Ban Bí thư".
    // Offsets are taken before drawing; ranges are made inside providers, on the original DOM.
    const banBiThu = t3.data.indexOf('Ban Bí thư');
    const noteStart = t3.data.indexOf('Thường trực');
    const t2Length = t2.data.length;
    painter.set('entities', () => [
      {
        name: 'vna-entity-body',
        ranges: [rangeOf(t2, 0, t2Length), rangeOf(t3, banBiThu, banBiThu + 'Ban Bí thư'.length)],
        style: { underline: '#2f8fd8', priority: 1 },
      },
    ]);
    painter.set('notes', () => [
      {
        name: 'vna-note-yellow',
        ranges: [rangeOf(t3, noteStart, banBiThu + 'Ban Bí thư'.length)],
        style: { background: '#ffe066', priority: 2 },
      },
    ]);

    const marks = [...p.querySelectorAll('vna-mark')];
    expect(
      marks.filter((m) => m.getAttribute('data-vna-group') === 'vna-entity-body').map((m) => m.textContent),
    ).toEqual(['Bộ Chính trị', 'Ban Bí thư']);
    const note = marks.filter((m) => m.getAttribute('data-vna-group') === 'vna-note-yellow');
    expect(note.map((m) => m.textContent).join('')).toBe('Thường trực Ban Bí thư');
    // Where they overlap the note (higher priority) is innermost: its background paints over the
    // entity's, and the entity's underline, set on the outer mark, still shows through.
    expect(note.some((m) => m.parentElement?.getAttribute('data-vna-group') === 'vna-entity-body')).toBe(true);
    expect(p.textContent).toBe('Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Võ Văn Thưởng phát biểu.');
    expect(selfMutations).toBe(2);

    // A caret inside drawn text maps back to the original node and offset.
    const drawn = textNodes(p).find((t) => t.data === 'Ban Bí thư')!;
    expect(painter.toOriginal(drawn, 4)).toEqual({ node: t3, offset: banBiThu + 4 });

    painter.clear();
    expect(p.innerHTML).toBe(before);
    expect(textNodes(p)).toEqual([t1, t2, t3]);
  });

  it('replacing one owner keeps the other drawn', () => {
    document.body.innerHTML = '<p id="p">Nghị quyết 23 của Ban Chấp hành Trung ương</p>';
    const [t] = textNodes(document.getElementById('p')!);
    const painter = createPainter(document);
    painter.set('entities', () => [{ name: 'a', ranges: [rangeOf(t, 0, 13)], style: {} }]);
    painter.set('notes', () => [{ name: 'b', ranges: [rangeOf(t, 18, 41)], style: {} }]);
    painter.set('notes', () => []);
    expect([...document.querySelectorAll('vna-mark')].map((m) => m.textContent)).toEqual(['Nghị quyết 23']);
    painter.remove('entities');
    expect(document.querySelectorAll('vna-mark')).toHaveLength(0);
    expect(document.getElementById('p')!.childNodes).toHaveLength(1);
  });
});

describe('withOriginal', () => {
  it('lets the page text be read without the marks, then draws them again', () => {
    document.body.innerHTML = '<p id="p">Bộ Chính trị họp</p>';
    const p = document.getElementById('p')!;
    const [t] = textNodes(p);
    const painter = createPainter(document);
    painter.set('entities', () => [{ name: 'a', ranges: [rangeOf(t, 0, 12)], style: {} }]);
    const seen = painter.withOriginal(() => [p.childNodes.length, t.data]);
    expect(seen).toEqual([1, 'Bộ Chính trị họp']);
    expect(p.querySelectorAll('vna-mark')).toHaveLength(1);
  });
});

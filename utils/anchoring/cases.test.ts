import { describe as suite, expect, it } from 'vitest';
import { parseCase } from './cases';

suite('parseCase (one line of `npm run anchor`)', () => {
  it('reads a well-formed case, defaulting missing context to empty', () => {
    const line = JSON.stringify({
      file: 'a.txt',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'Nghị quyết 23' },
        { type: 'TextPositionSelector', start: 3, end: 16 },
      ],
    });
    expect(parseCase(line)).toEqual({
      file: 'a.txt',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'Nghị quyết 23', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 3, end: 16 },
      ],
    });
  });

  it.each([
    ['{"file": "a.txt", "selectors": [', /not JSON/],
    ['[1, 2]', /not a JSON object/],
    ['{"selectors": [{"type": "TextQuoteSelector", "exact": "x"}]}', /file/],
    ['{"file": "a.txt", "selectors": []}', /selectors/],
    ['{"file": "a.txt", "selectors": [{"type": "TextQuoteSelector", "exact": 5}]}', /exact/],
    ['{"file": "a.txt", "selectors": [{"type": "TextPositionSelector", "start": 4, "end": 2}]}', /start <= end/],
    ['{"file": "a.txt", "selectors": [{"type": "TextPositionSelector", "start": 1.5, "end": 2}]}', /integers/],
    ['{"file": "a.txt", "selectors": [{"type": "XPathSelector", "value": "/p"}]}', /unsupported type/],
  ])('reports %s as an error', (line, message) => {
    const r = parseCase(line);
    expect('error' in r && r.error).toMatch(message);
  });
});

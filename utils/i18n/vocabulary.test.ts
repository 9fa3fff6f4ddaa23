/**
 * One vocabulary per language. Vietnamese: the tone mark of an open syllable sits on its first
 * vowel ("xóa", "hủy", "hòa"), as in the gazetteer's names ("Thành ủy"); officials are "cán bộ,
 * lãnh đạo" (as in the manifest's description), never "quan chức".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi } from './strings';
import { dossierVi } from './dossier';

/** Tone on the second vowel of an open "oa", "oe" or "uy" (not "quy", where u is part of the consonant). */
const NEW_STYLE_TONE = /(?<![\p{L}])[\p{L}]*(o[áàảãạ]|o[éèẻẽẹ]|(?<!q)u[ýỳỷỹỵ])(?![\p{L}])/iu;

const localeVi = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../public/_locales/vi/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

const texts: [string, string][] = [
  ...Object.entries(vi).map(([k, v]) => [k, v] as [string, string]),
  ...Object.entries(localeVi).map(([k, v]) => [`_locales/vi ${k}`, v.message] as [string, string]),
  ...Object.entries(dossierVi).map(([k, v]) => [`dossier ${k}`, String(v)] as [string, string]),
];

describe('Vietnamese UI strings', () => {
  it('place tone marks one way', () => {
    expect(texts.filter(([, v]) => NEW_STYLE_TONE.test(v)).map(([k, v]) => `${k}: ${v}`)).toEqual([]);
    expect(NEW_STYLE_TONE.test('Xoá')).toBe(true);
    expect(NEW_STYLE_TONE.test('Hoàn tác, quý')).toBe(false);
  });

  it('call officials one thing', () => {
    expect(texts.filter(([, v]) => /quan chức/i.test(v)).map(([k]) => k)).toEqual([]);
  });
});

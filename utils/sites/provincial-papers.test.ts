import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bodies from '../entities/data/bodies.json';
import { homePlaceForHost, PROVINCIAL_PAPERS } from './provincial-papers';
import { SITES } from './registry';

const localities = new Map(bodies.localities.map((l) => [l.id, l as { id: string; to?: string }]));

describe('the provincial papers table', () => {
  it('names provinces the data knows, with a merged one’s last day as the data gives it', () => {
    for (const [domain, , province, until] of PROVINCIAL_PAPERS) {
      expect(localities.has(province), domain).toBe(true);
      expect(until, domain).toBe(localities.get(province)!.to);
    }
  });

  it('has each domain once, none of a listed site, each with its source in docs/provincial-papers.md', () => {
    const domains = PROVINCIAL_PAPERS.map(([d]) => d);
    expect(new Set(domains).size).toBe(domains.length);
    const listed = SITES.flatMap((s) => s.domains);
    const doc = readFileSync(new URL('../../docs/provincial-papers.md', import.meta.url), 'utf8');
    for (const d of domains) {
      expect(listed, d).not.toContain(d);
      expect(doc, d).toMatch(new RegExp(`^\\| ${d.replaceAll('.', '\\.')}\\s+\\|[^\\n]*\\|\\s*https?://`, 'm'));
    }
  });
});

describe('a host’s own province', () => {
  it('is a provincial paper’s, on any of its subdomains, and a listed city paper’s', () => {
    expect(homePlaceForHost('baothanhhoa.vn', '2024-03-01')).toEqual({ id: 'thanh-hoa', paper: 'Báo Thanh Hóa' });
    expect(homePlaceForHost('daihoidang.baoquangninh.vn')).toEqual({ id: 'quang-ninh', paper: 'Báo Quảng Ninh' });
    expect(homePlaceForHost('www.hanoimoi.vn')).toEqual({ id: 'ha-noi', paper: 'Hà Nội Mới' });
    expect(homePlaceForHost('BAONGHEAN.VN.')).toEqual({ id: 'nghe-an', paper: 'Báo Nghệ An' });
  });

  it('is none for a national site, a look-alike host, or a merged province’s paper after the merger or undated', () => {
    expect(homePlaceForHost('vnexpress.net')).toBeUndefined();
    expect(homePlaceForHost('fakebaothanhhoa.vn')).toBeUndefined();
    expect(homePlaceForHost('baovinhphuc.com.vn', '2025-06-30')).toEqual({ id: 'vinh-phuc', paper: 'Báo Vĩnh Phúc' });
    expect(homePlaceForHost('baovinhphuc.com.vn', '2025-07-01')).toBeUndefined();
    expect(homePlaceForHost('baovinhphuc.com.vn')).toBeUndefined();
  });

  it('is a province’s or a city’s own portal, or a department’s on it, by one of the place’s names', () => {
    const portal = (name: string) => `Cổng thông tin điện tử ${name}`;
    expect(homePlaceForHost('daklak.gov.vn', '2025-09-08')).toEqual({ id: 'dak-lak', paper: portal('tỉnh Đắk Lắk') });
    expect(homePlaceForHost('sonoivu.hanoi.gov.vn')).toEqual({ id: 'ha-noi', paper: portal('thành phố Hà Nội') });
    expect(homePlaceForHost('tphcm.gov.vn')?.id).toBe('tp-ho-chi-minh');
    expect(homePlaceForHost('hochiminhcity.gov.vn')?.id).toBe('tp-ho-chi-minh');
    expect(homePlaceForHost('thuathienhue.gov.vn')).toEqual({ id: 'hue', paper: portal('thành phố Huế') });
    // A merged province's portal, up to its last day; a ministry's is no place's.
    expect(homePlaceForHost('daknong.gov.vn', '2025-06-30')?.id).toBe('dak-nong');
    expect(homePlaceForHost('daknong.gov.vn', '2025-07-01')).toBeUndefined();
    expect(homePlaceForHost('moh.gov.vn', '2025-07-01')).toBeUndefined();
    expect(homePlaceForHost('daklak.gov.vn.example.com')).toBeUndefined();
  });
});

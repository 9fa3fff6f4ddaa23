import { describe, expect, it } from 'vitest';
import { urlShape, type UrlShape } from './url-shape';

const CASES: [UrlShape, string][] = [
  // Articles of many generations: long slugs, ids, dates in the path, id queries.
  ['article', 'https://vnexpress.net/gl/xa-hoi/2012/06/3ba3b5d2/'],
  [
    'article',
    'https://vnexpress.net/tin-tuc/thoi-su/quoc-hoi-thong-qua-luat-to-chuc-chinh-quyen-dia-phuong-3234567.html',
  ],
  ['article', 'https://tuoitre.vn/tin/chinh-tri-xa-hoi/20151008/trung-uong-thao-luan-nhan-su-dai-hoi-xii/980123.html'],
  ['article', 'https://www.thanhnien.com.vn/pages/20120116/hoi-nghi-trung-uong-4-ban-ve-xay-dung-dang.aspx'],
  ['article', 'https://news.zing.vn/Thu-tuong-Nguyen-Tan-Dung-tra-loi-chat-van-ve-kinh-te-post475123.html'],
  ['article', 'https://www.24h.com.vn/tin-tuc-trong-ngay/ty-le-cu-tri-di-bau-c46a789012.html'],
  ['article', 'https://quochoi.vn/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx?ItemID=91234'],
  ['article', 'https://baotinh.example.vn/chu-tich-ubnd-tinh-tiep-cong-dan-dinh-ky'],
  // Lists: sections, tags, search, authors, topics, paging.
  ['list', 'https://tuoitre.vn/tim-kiem.htm?keywords=qu%E1%BB%91c%20h%E1%BB%99i'],
  ['list', 'https://dantri.com.vn/tag/nguyen-phu-trong.htm'],
  ['list', 'https://tuoitre.vn/tac-gia/thanh-chung.htm'],
  ['list', 'https://news.zing.vn/tieu-diem/ky-hop-quoc-hoi.html'],
  ['list', 'https://vnexpress.net/chu-de/ky-hop-thu-9-quoc-hoi-khoa-xv-5123'],
  ['list', 'https://vnexpress.net/thoi-su/chinh-tri-p2'],
  ['list', 'https://www.24h.com.vn/tin-tuc-trong-ngay-c46.html?vpage=2'],
  // Video pages and forums, by path segment or host.
  ['video', 'https://video.vnexpress.net/tin-tuc/thoi-su/chu-tich-quoc-hoi-phat-bieu-be-mac-ky-hop-thu-6-3836789.html'],
  ['video', 'https://soha.vn/video/phat-bieu-cua-tong-bi-thu-198250902101530123.htm'],
  ['forum', 'https://tinhte.vn/thread/nghi-dinh-147-ve-xac-thuc-tai-khoan-mang-xa-hoi-anh-em-nghi-sao.4012345/'],
  ['forum', 'https://voz.vn/t/thao-luan-ve-sap-nhap-tinh.1012345/'],
  ['forum', 'https://diendan.example.vn/showthread.php?t=12345'],
  // Section fronts say nothing either way.
  ['unknown', 'https://vnexpress.net/thoi-su/chinh-tri'],
  ['unknown', 'https://tuoitre.vn/thoi-su.htm'],
  ['unknown', 'https://baoquocte.vn/gioi-thieu.html'],
  ['unknown', 'not a url'],
];

describe('urlShape', () => {
  it.each(CASES)('%s: %s', (shape, url) => {
    expect(urlShape(url)).toBe(shape);
  });

  it('does not take an article slug starting with a list word for a list ("trang phục", "tag")', () => {
    expect(urlShape('https://baotinh.vn/trang-phuc-le-hoi-truyen-thong-duoc-phuc-dung-123456.html')).toBe('article');
  });
});

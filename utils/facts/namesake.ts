/**
 * Two people of one name: the data knows an official by name, and the article gives the person
 * an office of its own ("Thiếu tướng Nguyễn Văn Hùng, Phó Tư lệnh Quân khu 7" where the data's
 * Nguyễn Văn Hùng is a minister). The text's office is read as the bodies it names (engine ids,
 * EntitySpan.roleBodies); the card says so when none of them is found in any office the data
 * lists for that person, at any time: another person, or an office the data lacks. Only a clear
 * mismatch counts: an office with no body ("Thiếu tướng", "Ủy viên"), or a local organ with no
 * place ("Thành ủy", "UBND tỉnh"), says nothing, but for the army and the police: a rank alone
 * ("Thượng tướng X") or an office only in their organs ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")
 * disagrees with a Vietnamese official the data lists in no army or police post at any time.
 */
import { slugify } from '../text/normalize';
import { cardRecords } from '../entities/records';
import { ABROAD } from '../entities/finders/own-id';
import { isRankOnly, type Position } from '../entities/types';

/** Level words before a place in a body id's last part ("tinh-bac-ninh"): the place is the rest. */
const LEVEL_PREFIX = /^(tinh|thanh-pho|tp|thu-do|huyen|quan|thi-xa|xa|phuong|dac-khu)-/;
/** Places that are only level words ("UBND tỉnh" with no name): nothing to compare. */
const VAGUE_PLACE = new Set(['tinh', 'thanh-pho', 'tp', 'huyen', 'quan', 'thi-xa', 'xa', 'phuong', 'dac-khu']);

/** A body id's parts, its term left out: "body:hoi-dong-nhan-dan--thanh-hoa--khoa-xvii" → organ, place. */
const idParts = (bodyId: string) =>
  bodyId
    .replace(/^body:/, '')
    .split('--')
    .filter((p) => !/^(khoa|nhiem-ky)-/.test(p));

/**
 * What one body of the text's role says about where the person serves: the place of a local
 * body ("body:tinh-uy--bac-ninh" → the slug "bac-ninh"), else the organ's names as slugs
 * ("body:quan-khu-7" → "quan-khu-7"); null when it says nothing definite.
 */
export function roleKeys(bodyId: string): string[] | null {
  const parts = idParts(bodyId);
  if (!parts.length) return null;
  // Another country's organ whose country the text does not say ("Chủ tịch Thượng viện Hun Sen"):
  // its organ's words ("thuong-vien") are in the data's office of that country's.
  if (parts.length === 1 && parts[0].endsWith(`-${ABROAD}`)) return [parts[0].slice(0, -ABROAD.length - 1)];
  // A steering board of a place ("Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Quảng Nam"): the place.
  const board = steering(bodyId);
  if (board?.place) return [board.place];
  if (parts.length > 1) {
    const last = parts[parts.length - 1];
    // A prefix's organ, no place ("ban-thuong-vu--tinh-uy", "Ban Thường vụ Tỉnh ủy"): as the organ alone.
    if (cardRecords().bodies.some((b) => b.id === last)) return roleKeys(`body:${last}`);
    // A national organ's branch ("NHNN Chi nhánh TPHCM"): the organ says more than its place.
    const head = cardRecords().bodies.find((b) => b.id === parts[0]);
    if (head?.level === 'central' && !head.tags?.includes('place-after')) return organNames(head.id);
    const place = last.replace(LEVEL_PREFIX, '');
    return place && !VAGUE_PLACE.has(place) ? [place] : null;
  }
  const { bodies } = cardRecords();
  const rec = bodies.find((b) => b.id === parts[0]);
  if (!rec) {
    // A foreign party's organ ("dang-cong-san-trung-quoc-ban-chap-hanh-trung-uong"): the party's
    // name is in the data's office ("Tổng Bí thư Đảng Cộng sản Trung Quốc").
    const party = bodies.find((b) => b.level === 'foreign' && parts[0].startsWith(`${b.id}-`));
    return [parts[0], ...countryNamesOf(parts[0]), ...(party ? [party.id] : [])];
  }
  // A local organ names no one organ without its place.
  if (rec.tags?.includes('local')) return null;
  return organNames(rec.id);
}

/** An organ's id and every name the data gives it, as slugs ("uy-ban-nhan-dan", "ubnd", ...). */
function organNames(id: string): string[] {
  const rec = cardRecords().bodies.find((b) => b.id === id);
  return [...new Set([id, ...(rec ? [rec.name, ...(rec.aliases ?? []), ...(rec.abbr ?? [])] : []).map(slugify)])];
}

/**
 * Another country's organ, named by the country's id ("bo-ngoai-giao-nga"), under each name of
 * the country, as the data may write the office ("Thứ trưởng Bộ Ngoại giao Liên bang Nga"), and
 * the country's names alone.
 */
function countryNamesOf(id: string): string[] {
  for (const names of cardRecords().countries) {
    const country = slugify(names[0]);
    if (!id.endsWith(`-${country}`)) continue;
    const organ = id.slice(0, -country.length - 1);
    // (And the country alone: the data may write the office without the organ, "Thủ tướng
    // Campuchia" for "Thủ tướng Chính phủ Hoàng gia Campuchia"; one name of one country is one person.)
    return names.flatMap((n) => [`${organ}-${slugify(n)}`, `${organ}-nuoc-${slugify(n)}`, slugify(n)]);
  }
  // A country inside a party's own name, not ours: "Đảng Nước Nga Thống nhất" is Russia's.
  const party = id.startsWith('dang-');
  const inside = party && cardRecords().countries.find((names, k) => k > 0 && id.includes(`-${slugify(names[0])}-`));
  return inside ? inside.map(slugify) : [];
}

/** A steering board's id ("ban-chi-dao--phong-chong-dich-covid-19-tinh-quang-nam"): its organ, and the place its task ends with. */
function steering(bodyId: string): { place?: string } | null {
  const parts = bodyId.replace(/^body:/, '').split('--');
  if (
    !cardRecords()
      .bodies.find((b) => b.id === parts[0])
      ?.tags?.includes('steering')
  )
    return null;
  const place = parts.length > 1 ? STEERING_PLACE.exec(parts[parts.length - 1])?.[1] : undefined;
  return place && !VAGUE_PLACE.has(place) ? { place } : {};
}
/** The last place of a steering board's task ("...-xa-hoi-tinh-nghe-an" → "nghe-an"). */
const STEERING_PLACE = /.*(?:^|-)(?:tinh|thanh-pho|tp|huyen|quan|thi-xa|xa|phuong)-(.+)$/;

/**
 * A board made for one task and no place ("Ban Chỉ đạo các dự án đường sắt" of a city): the data
 * lists no such office and its task is no place, so it says nothing of who the person is.
 */
const adHoc = (bodyId: string) => steering(bodyId)?.place === undefined && steering(bodyId) !== null;

/** Words of the army's and the police's organs, in a body id or an office's slug. */
const ARMED =
  /(^|-)(quoc-phong|quan-doi|quan-khu|quan-doan|quan-chung|quan-su|cong-an|bien-phong|hai-quan|khong-quan|phong-khong|tu-lenh|tham-muu|canh-sat|canh-ve|tong-cuc-chinh-tri)(-|$)/;
/** Words of the police's organs alone, and of the army's alone ("tư lệnh", "tham mưu" are both's). */
const POLICE = /(^|-)(cong-an|canh-sat)(-|$)/;
const ARMY =
  /(^|-)(quoc-phong|quan-doi|quan-khu|quan-doan|quan-chung|quan-su|bien-phong|hai-quan|khong-quan|phong-khong)(-|$)/;

/**
 * The text puts the person in the army or the police (a rank alone, or offices only in their
 * organs) and the data lists no army or police post for them at any time, or none in the force the
 * text's organs are (a policeman and the data's army officer of that name). Another country's
 * leaders are left out: the press gives them ranks the data's offices do not show ("Đại tướng"
 * of a head of government).
 */
function armedOnlyInText(role: string | undefined, roleBodies: readonly string[], positions: readonly Position[]) {
  // (Beside an armed organ, a bare "Đảng ủy" is that organ's: "Bí thư Đảng ủy, Chính ủy BĐBP".)
  const inArms = (b: string) => ARMED.test(b.replace(/^body:/, ''));
  const armed =
    isRankOnly(role) || (roleBodies.some(inArms) && roleBodies.every((b) => inArms(b) || b === 'body:dang-uy'));
  if (!armed) return false;
  const held = positions.map((p) => slugify(`${p.title} ${p.org ?? ''}`));
  if (!held.some((h) => ARMED.test(h))) return true;
  // The police's organs for one the data lists in the army only, or the army's for a policeman.
  const force = (re: RegExp) => roleBodies.some((b) => re.test(b.replace(/^body:/, '')));
  if (force(POLICE) && !force(ARMY)) return !held.some((h) => POLICE.test(h));
  if (force(ARMY) && !force(POLICE)) return !held.some((h) => ARMY.test(h));
  return false;
}

/**
 * The text's role names bodies, and none of them is found in any office the data lists for the
 * person: the mention may be of another person of the same name, or of an office the data lacks.
 * `text.role`, the role as the text gives it, and `text.foreign`, the data's person is another
 * country's, weigh a rank (armedOnlyInText).
 */
const DEPUTY = /(^|\s)(đại biểu|ĐBQH)(\s|,|$)/iu;
/** The organs a deputy sits in: the National Assembly (its term, its delegations), a council. */
const SEAT_ORGAN = /^body:(quoc-hoi|doan-dai-bieu-quoc-hoi|hoi-dong-nhan-dan)(--|$)/;
/** The Central Committee: its seat is shared by some two hundred people. */
const CC_SEAT = /^body:ban-chap-hanh-trung-uong-dang(--|$)/;

export function maybeNamesake(
  roleBodies: readonly string[] | undefined,
  positions: readonly Position[],
  text: { role?: string; foreign?: boolean } = {},
): boolean {
  if (!text.foreign && positions.length && armedOnlyInText(text.role, roleBodies ?? [], positions)) return true;
  // An aide's office names the organs of the one aided ("Trợ lý Ủy viên Bộ Chính trị, Thủ tướng"): it
  // agrees with a person the data lists as such an aide, and with no one else.
  const aide = AIDE.exec(titleSlug(text.role ?? ''));
  if (aide && positions.length) return !positions.some((p) => slugify(p.title).startsWith(aide[1]));
  // A deputy's seat ("đại biểu Quốc hội khóa XV", "ĐBQH", "đại biểu HĐND tỉnh"): the data lists few
  // of them, so neither it nor its organ says anything against the person.
  const deputy = DEPUTY.test(text.role ?? '');
  const bodies = (roleBodies ?? []).filter((b) => !adHoc(b) && !(deputy && SEAT_ORGAN.test(b)));
  if (deputy && !bodies.length) return false;
  const read = bodies.map((b) => ({ body: b, keys: roleKeys(b) }));
  const keys = read.flatMap((r) => r.keys ?? []);
  // A title alone, the organ not said ("Bốn phó bí thư được chỉ định gồm: A, B"): it disagrees
  // with a person of ours whose offices never had that title.
  if (!read.length && text.role && !text.foreign && positions.length)
    return titleNeverHeld(text.role, positions) || envoyNeverHeld(text.role, positions);
  if (!read.length || !positions.length) return false;
  const offices = officeSlugs(positions);
  // A province the text places the person in that no office of the data's person names, though a
  // Central Committee seat agrees: a seat hundreds share tells no one apart ("nguyên Ủy viên Trung
  // ương Đảng, nguyên Bí thư Tỉnh ủy Bình Thuận" and the data's minister, r366).
  const seatsOnly = read.every(
    (r) => CC_SEAT.test(r.body) || !r.keys?.some((k) => offices.some((o) => o.includes(`-${k}-`))),
  );
  if (!text.foreign && seatsOnly && placeNeverServed(roleBodies, positions)) return true;
  // A local organ named without its place ("Bí thư Tỉnh ủy" in a province's news) may be the
  // data's office in such an organ: then the text may well give the data's person, whatever the
  // rest of the office ("Ủy viên Trung ương Đảng", which the data may lack), by any name of the
  // organ (the data writes "Chủ tịch UBND tỉnh Phú Thọ", the id "uy-ban-nhan-dan").
  const organs = read.filter((r) => !r.keys).map((r) => r.body.replace(/^body:/, '').split('--')[0]);
  const named = (organ: string) => organNames(organ).some((n) => offices.some((o) => o.includes(`-${n}-`)));
  if (organs.some(named)) return false;
  // An office the text writes short ("Bộ trưởng Y tế", "Phó thủ tướng") that is one of the data's.
  if (text.role && roleAgrees(text.role, offices, !text.foreign)) return false;
  // Only local organs without their place: they disagree with a person the data lists in no local
  // office at all ("Phó Chủ tịch UBND TP" and the data's deputy foreign minister).
  if (!keys.length) return organs.length > 0 && !offices.some((o) => LOCAL.test(o.slice(1, -1)));
  return !keys.some((k) => offices.some((o) => o.includes(`-${k}-`)));
}

/**
 * The text's role places the person in a province or city none of the data's offices of the person
 * ever name ("body:hoi-dong-nhan-dan--thanh-hoa" for a deputy minister who never served there).
 */
export function placeNeverServed(roleBodies: readonly string[] | undefined, positions: readonly Position[]): boolean {
  // (A place the data knows: "Vĩnh Phúcvì", a typo, names none.)
  const places = (roleBodies ?? []).flatMap((b) => {
    const parts = idParts(b);
    const last = parts.length > 1 ? parts[parts.length - 1].replace(LEVEL_PREFIX, '') : '';
    return cardRecords().localities.some((l) => l.id === last) ? [last] : [];
  });
  const offices = officeSlugs(positions);
  return places.length > 0 && places.every((p) => !offices.some((o) => o.includes(`-${p}-`)));
}

/**
 * The text's role names an office the data lists for the person, at any time (a single seat by its
 * title, "nguyên Chủ tịch nước"; a shortened office, "Bộ trưởng Y tế"): more than not disagreeing,
 * it tells this person from another of the same name whose offices say nothing either way.
 */
export function roleNamesOffice(role: string | undefined, positions: readonly Position[], foreign = false): boolean {
  if (!role || !positions.length) return false;
  const offices = officeSlugs(positions);
  return roleAgrees(role, offices, !foreign);
}

/**
 * A role's slug without the words before its title: "nguyên", "cựu", "tân", "quyền", and those
 * that say it was given again or now ("tái đắc cử", "được bầu giữ chức", "giữ chức vụ").
 */
const titleSlug = (role: string) =>
  slugify(role)
    .replace(/^(tai-dac-cu|dac-cu|tai-cu|(duoc-)?(bau|bo-nhiem|chi-dinh)(-giu-chuc(-vu)?|-lam)?|giu-chuc(-vu)?)-/, '')
    .replace(/^(nguyen|cuu|tan|quyen)-/, '');

const AIDE = /^(tro-ly|thu-ky)-/;

/** A bare title ("phó bí thư", "Chủ tịch") that no office of the data's person has. */
function titleNeverHeld(role: string, positions: readonly Position[]): boolean {
  const title = titleSlug(role);
  const head = BARE_TITLE.test(title) ? title : SHORT_PORTFOLIO.exec(title)?.[1];
  return !!head && !titleHeld(head, positions);
}
/** Some office of the person's has the title `head` (a slug: "chu-tich", "dai-su"). */
const titleHeld = (head: string, positions: readonly Position[]) =>
  positions.some((p) => `-${slugify(p.title)}-`.includes(`-${head}-`));
/**
 * A post in a company the text gives a name the data knows (EntitySpan.companyPost), and the data's
 * person never held one: another person of the name, or a post the data lacks. An employer named
 * by an acronym alone may be an association ("nguyên Chủ tịch VCCI"): then the title too.
 */
export function companyPostNeverHeld(post: string, positions: readonly Position[]): boolean {
  if (positions.some((p) => IN_COMPANY.test(`${p.title} ${p.org ?? ''}`))) return false;
  if (IN_COMPANY.test(post)) return true;
  const head = MANAGER.exec(titleSlug(post))?.[1];
  return !!head && !titleHeld(head, positions);
}
/** An office in a company, a state group's or a bank's ("Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam"). */
const IN_COMPANY =
  /\b(tập đoàn|tổng công ty|công ty|ngân hàng(?! nhà nước)|hội đồng quản trị|hội đồng thành viên|hđqt|hđtv)\b/iu;
const MANAGER = /^((?:pho-)?(?:chu-tich|tong-giam-doc|giam-doc))(-|$)/;

/** A minister's title with the portfolio written short, no organ read ("Bộ trưởng Ngoại giao"): the title still tells. */
const SHORT_PORTFOLIO = /^((?:pho-)?(?:bo-truong|thu-truong))-(?!bo-)[a-z]/;

/**
 * An envoy's office ("Đại sứ Việt Nam tại Ấn Độ", "Tổng Lãnh sự ... tại Thượng Hải") of a person
 * the data lists in no envoy's office at any time: our missions name no body of ours to compare.
 */
function envoyNeverHeld(role: string, positions: readonly Position[]): boolean {
  const envoy = ENVOY.exec(titleSlug(role));
  return !!envoy && !titleHeld(envoy[1], positions);
}
const ENVOY = /^(dai-su|tong-lanh-su|lanh-su|dai-bien)(-|$)/;

/** The data's offices of a person as slugs between dashes ("-bo-truong-bo-y-te-"), with the seats they imply. */
const officeSlugs = (positions: readonly Position[]): string[] =>
  positions.flatMap((p) => [`-${slugify(`${p.title} ${p.org ?? ''}`)}-`, ...impliedSeats(p.title)]);

/**
 * The seats an office holds by the Party's Charter, which the data may not list apart, as offices'
 * slugs: the General Secretary is elected from the Politburo's members ("nguyên Ủy viên Bộ Chính
 * trị" agrees with the data's "Tổng Bí thư").
 */
const impliedSeats = (title: string): string[] =>
  /^tong-bi-thu-ban-chap-hanh/.test(slugify(title)) ? ['-uy-vien-bo-chinh-tri-'] : [];

/** Offices one person holds at a time in a country, whose title alone names them ("Thủ tướng"). */
const SINGLE_SEAT =
  /^(thu-tuong|tong-bi-thu|chu-tich-nuoc|chu-tich-quoc-hoi)(-(chinh-phu|dang(-cong-san-viet-nam)?|ban-chap-hanh-trung-uong-dang))?$/;

const LOCAL = /(^|-)(tinh|thanh|huyen|quan|thi|xa|phuong|ubnd|hdnd|dang-uy|dang-bo)(-|$)/;
/** Titles that name no one office ("Phó Chủ tịch", "Ủy viên"): they agree with too many. */
const BARE_TITLE =
  /^(pho-)?(chu-tich|giam-doc|tong-giam-doc|truong-ban|bi-thu|uy-vien|chanh-an|vien-truong|cuc-truong|vu-truong|thu-truong|bo-truong)$/;

/**
 * One of the role's parts (between commas) has all its words in one of the data's offices
 * (`offices`: slugs, each between dashes): the text writes an office of the data's person, if
 * shortened ("Bộ trưởng Y tế" for "Bộ trưởng Bộ Y tế"); `ours`: the person is Vietnamese, whose
 * single seats the press names by their title alone.
 */
function roleAgrees(role: string, offices: readonly string[], ours: boolean): boolean {
  return role.split(/,| - | – /).some((part) => {
    const slug = titleSlug(part);
    // "Thủ tướng" alone, of one of ours, is the data's "Thủ tướng Chính phủ" (not its "Phó Thủ tướng").
    const seat = SINGLE_SEAT.exec(slug);
    if (seat) return ours && offices.some((o) => o.startsWith(`-${seat[1]}-`));
    const words = slug.split('-').filter(Boolean);
    // A local organ's office without its place ("Phó Bí thư Tỉnh ủy") may be any province's.
    if (words.length < 3 || BARE_TITLE.test(slug) || LOCAL.test(slug)) return false;
    return offices.some((o) => words.every((w) => o.includes(`-${w}-`)));
  });
}

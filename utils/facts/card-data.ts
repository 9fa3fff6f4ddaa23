/**
 * What the card frame is sent for one mention: the gazetteer's facts about the entity, an
 * official's positions through held.ts (with their certainty and sources). Pure: the content
 * script calls it, the frame only renders.
 */
import { describeEntity } from '../entities/card';
import { forDisplay, matchKey } from '../text/normalize';
import { findOfficial, officialFacts } from '../entities/official-facts';
import { isAccused, isWatchListSpan, type EntitySpan } from '../entities/types';
import type { CardData } from '../frames/protocol';
import { currentPositions, positionsBefore, positionsOn } from './held';
import { CARD_LEVELS } from './levels';
import { companyPostNeverHeld, maybeNamesake, placeNeverServed } from './namesake';

/** An office the data ends this soon after a defendant's article was most likely lost over the case: the same person. */
const REMOVED_WITHIN_DAYS = 92;
const dayPlus = (day: string, n: number) =>
  new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The http(s) addresses in a source string ("https://a (Nghị quyết …); https://b"). */
export function sourceUrls(sources: readonly string[]): string[] {
  return [...new Set(sources.flatMap((s) => s.match(/https?:\/\/[^\s;()]+/g) ?? []))];
}

/** The offices a role calls former ("nguyên Ủy viên ..., cựu Bộ trưởng ..."), as match keys. */
function formerOffices(role: string | undefined): string[] {
  return (role ?? '').split(/,\s*/).flatMap((part) => {
    const m = /^(nguyên|cựu)\s+(.+)$/iu.exec(part.trim());
    return m ? [matchKey(m[2])] : [];
  });
}

/** Another person of the name, by their latest office and its years ("Chủ tịch UBND tỉnh An Giang, 2019–2024"). */
function namesakeLine(id: string): string[] {
  const rec = officialFacts().find((o) => `official:${o.id}` === id);
  const last = rec?.positions.reduce((a, b) => ((b.from ?? '') > (a.from ?? '') ? b : a));
  if (!last) return [];
  const end = typeof last.to === 'string' ? last.to.slice(0, 4) : last.to === null ? '' : '?';
  return [`${last.title}, ${(last.from ?? '?').slice(0, 4)}–${end}`];
}

/** An office held full time, not a seat beside one ("Ủy viên Ban Chấp hành Trung ương", "Đại biểu Quốc hội"). */
const FULL_TIME = /^(?!(Ủy viên|Uỷ viên|Đại biểu|Thành viên|Hội viên)\s)/u;

export function cardData(span: EntitySpan, articleDate: string | undefined, mention: CardData['mention']): CardData {
  const card = describeEntity(span, articleDate);
  const data: CardData = {
    kind: span.kind,
    name: card.name,
    entityId: card.id,
    articleDate,
    mention,
    rows: [],
    sources: [],
  };
  const row = (label: string, value: string | undefined, translate = false) => {
    if (value) data.rows.push(translate ? { label, value, translate } : { label, value });
  };
  // A name of the reader's watch list was found because the reader listed it, not by a rule.
  const watched = isWatchListSpan(span);
  if (watched) row('page.foundBy', 'page.foundBy.watchList', true);
  if (span.kind === 'official') {
    const rec = findOfficial(span);
    if (rec) {
      // The text gives an office the data never lists for this person: say so before the facts.
      // A defendant ("Bị cáo X") whom the data has in office that day is most likely another X.
      // (Not one whose office the data ends within weeks: removed after the arrest, the same person.)
      const heldThatDay = articleDate ? positionsOn(rec, articleDate) : [];
      const accusedInOffice =
        isAccused(span.role) &&
        heldThatDay.length > 0 &&
        !heldThatDay.some((h) => !!h.to && h.to <= dayPlus(articleDate!, REMOVED_WITHIN_DAYS));
      if (
        span.role &&
        (accusedInOffice || maybeNamesake(span.roleBodies, rec.positions, { role: span.role, foreign: !!rec.country }))
      )
        data.unlistedRole = span.role;
      // A post in a company the data's person never held ("cựu chủ tịch FLC" and the general of the name).
      if (!span.role && span.companyPost && companyPostNeverHeld(span.companyPost, rec.positions))
        data.unlistedRole = span.companyPost;
      // Busy that day in an office of their own, and the text's is in a province they never served in:
      // another person of the name (r339). None of the data's facts, then. (Not a defendant the data
      // has in office: the data may not have ended the office yet, as for Đinh La Thăng.)
      const busy = heldThatDay.filter((h) => h.certain && FULL_TIME.test(h.title));
      if (data.unlistedRole && busy.length && placeNeverServed(span.roleBodies, rec.positions)) {
        data.otherPerson = busy.map((h) => h.title).join('; ');
        data.role = span.role;
        return data;
      }
      if (articleDate) {
        // An office the text calls former ("nguyên Phó Trưởng Ban ...") is not shown as perhaps held
        // that day unless the data is sure of it (an end not known, or not confirmed, is not): the
        // article is the newer word.
        const former = formerOffices(span.role);
        data.atDate = heldThatDay.filter((h) => h.certain || !former.includes(matchKey(h.title)));
        // None that day: the last offices the data ends before it (a former official's).
        if (!data.atDate.length) data.before = positionsBefore(rec, articleDate);
      }
      // The text gives no office and calls the person something else ("một người dân"): the facts may
      // be another's. (No office read says nothing alone: the engine does not read every office, "Lê
      // Quốc Minh - Tổng Biên tập Báo Nhân dân"; a name the data gives two people has its own warning.)
      if (!span.role && !watched && span.ordinaryPerson) data.noRoleInText = true;
      if (span.namesakes?.length) data.namesakes = span.namesakes.flatMap(namesakeLine);
      Object.assign(data, currentPositions(rec));
      data.checked = rec.checked;
      data.sources = sourceUrls(rec.positions.map((p) => p.source));
    }
    if (span.role) data.role = span.role;
    if (!rec) {
      row('page.roleInText', span.role);
      if (!watched) row('page.noRecord', '—');
    }
  } else if (span.kind === 'body') {
    if (card.fullName && card.fullName !== card.name) row('page.fullName', card.fullName);
    row('page.placeFromArticle', card.placeFromArticle);
    row('page.placeFromSite', card.placeFromSite);
    const shared = card.shared;
    if (shared) {
      const byDate = span.id === `body:${shared.after.id}` ? 'after' : articleDate ? 'before' : 'unknown';
      data.sharedName = {
        short: forDisplay(span.text),
        before: shared.before.name,
        after: shared.after.name,
        until: shared.until,
        read: byDate,
      };
    }
    if (card.level && CARD_LEVELS.has(card.level)) row('page.level', `page.level.${card.level}`, true);
    row('page.successor', card.successor);
    if (!card.successor) row('page.until', card.validTo);
    if (!card.id) row('page.noRecord', '—');
    data.sources = sourceUrls(card.sources ?? []);
  } else {
    row('page.docType', card.docType);
    row('page.number', card.number);
    row('page.issuer', card.issuer);
    row('page.year', card.year);
  }
  return data;
}

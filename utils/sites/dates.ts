/**
 * Publication dates as news pages write them, to ISO 8601. Pure: strings in, string out.
 * Vietnamese pages print local time (GMT+7) without a zone, so a date-time read from page text
 * gets `+07:00`; a date alone stays a date.
 */
import { forDisplay } from '../text/normalize';

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  const day = new Date(Date.UTC(y, mo - 1, d));
  return (
    y >= 1990 && y <= 2100 && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && h < 24 && mi < 60 && s < 60
  );
}

/** ISO 8601 date or date-time, or undefined when the string holds no recognisable date. */
export function toIsoDate(input: string | null | undefined): string | undefined {
  if (!input) return undefined;
  const s = forDisplay(input).replace(/\s+/g, ' ').trim();
  if (!s) return undefined;

  // Already ISO-like: 2026-07-20, 2026-07-20T06:31:56+07:00, 2026-07-20 06:31:56, ...+0700
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    if (!valid(+y, +mo, +d, +(h ?? 0), +(mi ?? 0), +(sec ?? 0))) return undefined;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const z = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '+07:00';
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${z}`;
  }

  // Vietnamese page text: "Thứ hai, 20/7/2026, 06:31 (GMT+7)", "12-12-2022 18:05", "06:31 20/07/2026"
  const dmy =
    /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/.exec(s) ??
    /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i.exec(s);
  if (!dmy) return undefined;
  const [d, mo, y] = [+dmy[1], +dmy[2], +dmy[3]];
  const rest = `${s.slice(0, dmy.index)} ${s.slice(dmy.index + dmy[0].length)}`;
  const t = /(?:^|\D)(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:\s*(AM|PM|SA|CH)\b)?/i.exec(rest);
  let [h, mi, sec] = t ? [+t[1], +t[2], +(t[3] ?? 0)] : [0, 0, 0];
  // "10:45 PM" (24h.com.vn), and the Vietnamese locale's SA (sáng) / CH (chiều).
  const half = t?.[4]?.toUpperCase();
  if ((half === 'PM' || half === 'CH') && h < 12) h += 12;
  else if ((half === 'AM' || half === 'SA') && h === 12) h = 0;
  if (!valid(y, mo, d, h, mi, sec)) return undefined;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  return t ? `${date}T${pad(h)}:${pad(mi)}:${pad(sec)}+07:00` : date;
}

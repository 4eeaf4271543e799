import { ClaimDate } from '@app/domain';
import { Lexicon } from './lexicon';
import { Token } from './text';

const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The date a sentence gives for what it reports, resolved against the article's publication time:
 * an explicit date ("29 أيلول", "September 29, 2017"), a relative day ("أمس", "yesterday"), or a
 * weekday ("يوم الثلاثاء", "on Tuesday": the latest such day not after publication).
 */
export function sentenceDate(all: Token[], publishedAt: string, lex: Lexicon): ClaimDate | undefined {
  // Names in quotes ("روسيا اليوم") are not dates.
  const tokens = outsideQuotes(all);
  const published = Date.parse(publishedAt);
  const publishedDay = Date.UTC(new Date(published).getUTCFullYear(), new Date(published).getUTCMonth(), new Date(published).getUTCDate());
  for (let i = 0; i < tokens.length; i++) {
    // ("since Nov. 20", "منذ 5 آذار": where a span of days begins, not a day's date.)
    if (/^(since|منذ)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    // ("…killed since the jihadists launched their assault on September 16": the day a span began,
    // told in a clause of since, dates no figure.)
    if (sinceClauseBefore(tokens, i)) continue;
    const explicit = explicitDateAt(tokens, i, publishedDay, lex);
    if (explicit) return { value: explicit, precision: 1, basis: 'explicit' };
  }
  for (let i = 0; i < tokens.length; i++) {
    const relative = lex.relativeDay(tokens, i);
    if (relative) return { value: isoDay(publishedDay + relative.value * DAY_MS), precision: 1, basis: 'relative' };
    const weekday = lex.weekdayAt(tokens, i);
    if (weekday) {
      const back = (new Date(publishedDay).getUTCDay() - weekday.value + 7) % 7;
      return { value: isoDay(publishedDay - back * DAY_MS), precision: 1, basis: 'relative' };
    }
  }
  return undefined;
}

/**
 * Whether the token at `i` is the day something began in a clause of since a few words before it:
 * "since the jihadists launched their assault on September 16", "منذ بدء الهجوم في 16 أيلول" (not
 * "since the weekend … on March 5", where the date is the toll's own).
 */
function sinceClauseBefore(tokens: Token[], i: number): boolean {
  let began = false;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    if (tokens[k].kind === 'punct') return false;
    began ||= BEGAN.test(tokens[k].lower);
    if (/^(since|منذ)$/.test(tokens[k].lower)) return began;
  }
  return false;
}
const BEGAN = /^(began|begun|launched|started|erupted|opened|بدء|بدايه|انطلاق|اندلاع|بدات|انطلقت|اندلعت)$/;

function explicitDateAt(tokens: Token[], i: number, publishedDay: number, lex: Lexicon): string | undefined {
  // Day before month ("29 أيلول", "29 September") or month before day ("September 29").
  const dayFirst = dayAt(tokens[i]) !== undefined ? lex.monthAt(tokens, i + 1 + slash(tokens, i + 1)) : undefined;
  let day: number | undefined;
  let month: number | undefined;
  let next: number;
  if (dayFirst) {
    day = dayAt(tokens[i]);
    month = dayFirst.value;
    next = dayFirst.end;
    // "أيلول/سبتمبر": the second name of the same month.
    if (tokens[next]?.norm === '/' && lex.monthAt(tokens, next + 1)) next = (lex.monthAt(tokens, next + 1) as { end: number }).end;
  } else {
    const m = lex.monthAt(tokens, i);
    // ("Nov. 13": an abbreviated month keeps its stop.)
    const dayAtIndex = m && tokens[m.end]?.norm === '.' && m.end - m.start === 1 && tokens[m.start].raw.length <= 4 ? m.end + 1 : m?.end;
    if (!m || dayAtIndex === undefined || dayAt(tokens[dayAtIndex]) === undefined) return undefined;
    month = m.value;
    day = dayAt(tokens[dayAtIndex]);
    next = dayAtIndex + 1;
  }
  if (day === undefined || month === undefined) return undefined;
  if (tokens[next]?.norm === ',') next++;
  const yearToken = tokens[next];
  const publishedYear = new Date(publishedDay).getUTCFullYear();
  let year = yearToken && /^(19|20)\d\d$/.test(yearToken.norm) ? Number(yearToken.norm) : publishedYear;
  // A date later than publication without a year is last year's.
  if (!(yearToken && /^(19|20)\d\d$/.test(yearToken.norm)) && Date.UTC(year, month - 1, day) > publishedDay) year -= 1;
  return isoDay(Date.UTC(year, month - 1, day));
}

function slash(tokens: Token[], i: number): number {
  return tokens[i]?.norm === '/' ? 1 : 0;
}

function dayAt(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'number' || !/^\d{1,2}$/.test(t.norm)) return undefined;
  const n = Number(t.norm);
  return n >= 1 && n <= 31 ? n : undefined;
}

const QUOTES = new Set(['"', '«', '»', '“', '”']);

function outsideQuotes(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  let open = false;
  for (const t of tokens) {
    if (QUOTES.has(t.norm)) open = !open;
    else if (!open) kept.push(t);
  }
  return open ? tokens : kept;
}

import type { Brand, Source } from '../data/schema';
import type { Filters, YearRange } from '../state/filters';

/** The years a figure actually draws: the filter's range cut to the years the view has data for; null if none. */
export function drawnYears(yearRange: YearRange, dataYears: YearRange | null): YearRange | null {
  if (!dataYears) return yearRange;
  const from = Math.max(yearRange[0], dataYears[0]);
  const to = Math.min(yearRange[1], dataYears[1]);
  return from <= to ? [from, to] : null;
}

/** "2013–2016", or "2017" for one year. */
export function yearsText([from, to]: YearRange): string {
  return from === to ? `${from}` : `${from}–${to}`;
}

/** "Years 2013–2016 · Brands: Renault, Nissan": the filter, as a line under an exported image. */
export function filterLine({ yearRange, brands }: Pick<Filters, 'yearRange' | 'brands'>, allBrands: readonly Brand[]): string {
  const years = `${yearRange[0] === yearRange[1] ? 'Year' : 'Years'} ${yearsText(yearRange)}`;
  const brandText = brands.length === allBrands.length ? 'all brands' : brands.length ? brands.join(', ') : 'no brand selected';
  return `${years} · Brands: ${brandText}`;
}

const KIND_LABEL: Readonly<Record<Source['kind'], string>> = { news: 'news article', encyclopedia: 'encyclopedia article' };
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/** "6 December 2023" from "2023-12-06", "December 2023" from "2023-12"; anything else as written. */
export function sourceDate(date: string): string {
  const full = FULL_DATE.exec(date);
  const month = YEAR_MONTH.exec(date);
  const parts = full ?? month;
  if (!parts) return date;
  const when = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, full ? Number(parts[3]) : 1));
  if (Number.isNaN(when.getTime())) return date;
  const options: Intl.DateTimeFormatOptions = full ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(when);
}

/** `"Title", news article, Publisher, 6 December 2023`: what a reader needs to find the document. */
export function citation(source: Source): string {
  return [`"${source.title}"`, KIND_LABEL[source.kind], source.publisher, source.date && sourceDate(source.date)].filter(Boolean).join(', ');
}

/** `Source: "Title", encyclopedia article · Alliance Atlas`, the sources a chart cites in citation order. */
export function sourceLine(sources: readonly Source[]): string {
  const label = sources.length === 1 ? 'Source' : 'Sources';
  return `${label}: ${sources.map(citation).join('; ')} · Alliance Atlas`;
}

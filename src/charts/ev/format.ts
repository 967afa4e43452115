const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2017-10" → months since year 0 (2017 × 12 + 9); a year-only "2021" is placed mid-year, at July. */
export function monthIndex(date: string): number {
  const [year, month] = date.split('-').map(Number);
  return (year ?? 0) * 12 + (month === undefined ? 6 : month - 1);
}

/** Month index → "2017-10". */
export function monthDate(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** Month index → "Oct 2017". */
export function monthShort(month: number): string {
  return `${MONTHS[month % 12]!.slice(0, 3)} ${Math.floor(month / 12)}`;
}

/** Month index → "October 2017". */
export function monthLong(month: number): string {
  return `${MONTHS[month % 12]} ${Math.floor(month / 12)}`;
}

/** A dataset date ("2017-10" or "2021") as shown: "Oct 2017" or "2021". */
export function dateLabel(date: string): string {
  return date.includes('-') ? monthShort(monthIndex(date)) : date;
}

const grouped = new Intl.NumberFormat('en-US');

/** Units in prose: "1 million", "2.5 million", "273,550". */
export function formatUnits(units: number): string {
  return units >= 1_000_000 && units % 100_000 === 0 ? `${units / 1_000_000} million` : grouped.format(units);
}

/** Units with thousands separators: "273,550". */
export function formatNumber(units: number): string {
  return grouped.format(units);
}

/** Axis ticks: "0", "50k", "200k", "1M", "1.5M". */
export function formatTick(units: number): string {
  if (units >= 1_000_000) return `${+(units / 1_000_000).toFixed(2)}M`;
  if (units >= 1_000) return `${+(units / 1_000).toFixed(1)}k`;
  return String(units);
}

/** The cells of a quoted markdown table row ("| Oct 2017 | Alliance … |"), or null if the quote is prose. */
export function splitTableRow(quote: string): string[] | null {
  const trimmed = quote.trim();
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|') || trimmed.length < 2) return null;
  return trimmed.slice(1, -1).split('|').map((cell) => cell.trim());
}

/** A quote as shown in a tooltip: table rows lose their pipes ("Oct 2017 — Alliance global EV sales …"). */
export function quoteText(quote: string): string {
  return splitTableRow(quote)?.join(' — ') ?? quote;
}

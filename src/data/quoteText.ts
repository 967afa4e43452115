// A quote as a reader sees it. The seeds' tables are markdown, so a record quoting a table row quotes its pipes.

/** The cells of a quoted markdown table row ("| Oct 2017 | Alliance … |"), or null if the quote is prose. */
export function splitTableRow(quote: string): string[] | null {
  const trimmed = quote.trim();
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|') || trimmed.length < 2) return null;
  return trimmed.slice(1, -1).split('|').map((cell) => cell.trim());
}

/** A quote as shown in a tooltip or the source panel: table rows lose their pipes ("Oct 2017 — Alliance global EV sales …"). */
export function quoteText(quote: string): string {
  return splitTableRow(quote)?.join(' — ') ?? quote;
}

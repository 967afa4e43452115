/** "2013–2016", or "2017" when the range is one year. */
export function yearSpan([from, to]: readonly [number, number]): string {
  return from === to ? `${from}` : `${from}–${to}`;
}

/** "Renault, Nissan and Mitsubishi", or with `word` 'or' "Renault, Nissan or Mitsubishi" (no serial comma). */
export function listOf(items: readonly string[], word: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** "2013–2016", or "2017" when the range is one year. */
export function yearSpan([from, to]: readonly [number, number]): string {
  return from === to ? `${from}` : `${from}–${to}`;
}

/** "Renault, Nissan and Mitsubishi" (type 'conjunction') or "… or …" ('disjunction'). */
export function listOf(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat('en', { style: 'long', type }).format(items);
}

// The one sentence read out after the reader changes the filter. Each card's summary changes too, but
// those are read with the card (aria-describedby), not announced: a brand toggle used to queue four
// summaries plus the counts in the polite live region.
import type { Brand } from '../data/schema';
import { selectCursor, type Filters } from '../state/filters';
import { listOf, yearSpan } from './format';

const CHOICE_WORDS: Record<'salesMode' | 'salesLayout' | 'evScale' | 'mapRegion', (value: string) => string> = {
  salesMode: (mode) => (mode === 'share' ? 'sales as share of the total' : 'sales in units'),
  salesLayout: (layout) => `sales bars ${layout}`,
  evScale: (scale) => (scale === 'log' ? 'EV axis logarithmic' : 'EV axis linear'),
  mapRegion: (region) => `map: ${region === 'world' ? 'the world' : capitalized(region)}`,
};

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function brandPhrase(before: Filters['brands'], after: Filters['brands'], allBrands: readonly Brand[]): string {
  const added = after.filter((b) => !before.includes(b));
  const removed = before.filter((b) => !after.includes(b));
  const shown = after.length === 0 ? 'no brand selected' : after.length === allBrands.length ? 'all brands shown' : `showing ${listOf([...after])}`;
  // One brand toggled: name it first, since that is what the reader just did.
  if (added.length + removed.length === 1) return `${added[0] ?? removed[0]} ${added.length ? 'on' : 'off'}, ${shown}`;
  return shown;
}

/** One short sentence for what changed from `before` to `after`, or null when nothing the reader sees changed. */
export function filterAnnouncement(before: Filters, after: Filters, allBrands: readonly Brand[]): string | null {
  const phrases: string[] = [];
  if (before.brands.join() !== after.brands.join()) phrases.push(brandPhrase(before.brands, after.brands, allBrands));
  if (before.yearRange[0] !== after.yearRange[0] || before.yearRange[1] !== after.yearRange[1]) {
    phrases.push(`years ${yearSpan(after.yearRange)}`);
  } else if (selectCursor(before) !== selectCursor(after)) {
    // Only when the reader moved the cursor: a new range moves it too, and the years already say so.
    phrases.push(`every view as of ${selectCursor(after)}`);
  }
  for (const key of ['salesMode', 'salesLayout', 'evScale', 'mapRegion'] as const) {
    if (before[key] !== after[key]) phrases.push(CHOICE_WORDS[key](after[key]));
  }
  return phrases.length ? `${capitalized(phrases.join('; '))}.` : null;
}

import type { IntlShape } from 'react-intl';
import type { Brand } from '../data/schema';
import { formatsOf } from '../i18n/format';
import type { MessageId } from '../i18n/messages';
import { selectCursor, type Filters } from '../state/filters';
import { joinSentences } from '../i18n/joinList';
import { addEnglish } from '../i18n/messages';
import { announceEn } from '../i18n/messages/announce/en';

// Its words come with it (EnglishLater): fetched when the filter first changes, as this code is.
addEnglish({ announce: announceEn });

// The one sentence read out after the reader changes the filter. Each card's summary changes too, but
// those are read with the card (aria-describedby), not announced: a brand toggle used to queue four
// summaries plus the counts in the polite live region.

/** The sentence each view option says when it changes, by its new value. */
const CHOICE_SENTENCES: { [K in 'salesMode' | 'salesLayout' | 'evScale']: Record<Filters[K], MessageId> } = {
  salesMode: { share: 'announce.salesShare', units: 'announce.salesUnits' },
  salesLayout: { stacked: 'announce.stacked', grouped: 'announce.grouped' },
  evScale: { log: 'announce.log', linear: 'announce.linear' },
};

/** The most brands a sentence names; more are counted. */
const MOST_BRANDS_NAMED = 8;

function brandSentence(before: Filters['brands'], after: Filters['brands'], allBrands: readonly Brand[], intl: IntlShape): string {
  const added = after.filter((b) => !before.includes(b));
  const removed = before.filter((b) => !after.includes(b));
  const shown = after.length === 0 ? 'none' : after.length === allBrands.length ? 'all' : 'some';
  // Past a few, the brands shown are counted: a file of 99 brands read all their names out after each toggle.
  const brands = after.length > MOST_BRANDS_NAMED ? intl.formatMessage({ id: 'announce.brandCount' }, { count: after.length }) : formatsOf(intl).list(after);
  const values = { shown, brands };
  // One brand toggled: name it first, since that is what the reader just did.
  if (added.length + removed.length === 1) {
    return intl.formatMessage({ id: added.length ? 'announce.brandOn' : 'announce.brandOff' }, { ...values, brand: added[0] ?? removed[0] });
  }
  return intl.formatMessage({ id: 'announce.brands' }, values);
}

/** A few short sentences for what changed from `before` to `after`, or null when nothing the reader sees changed. */
export function filterAnnouncement(before: Filters, after: Filters, allBrands: readonly Brand[], intl: IntlShape): string | null {
  const sentences: string[] = [];
  if (before.lang !== after.lang) sentences.push(intl.formatMessage({ id: 'announce.lang' }));
  if (before.brands.join() !== after.brands.join()) sentences.push(brandSentence(before.brands, after.brands, allBrands, intl));
  if (before.yearRange[0] !== after.yearRange[0] || before.yearRange[1] !== after.yearRange[1]) {
    sentences.push(intl.formatMessage({ id: 'announce.years' }, { years: formatsOf(intl).yearSpan(after.yearRange) }));
  } else if (selectCursor(before) !== selectCursor(after)) {
    // Only when the reader moved the cursor: a new range moves it too, and the years already say so.
    sentences.push(intl.formatMessage({ id: 'announce.at' }, { year: selectCursor(after) }));
  }
  for (const key of ['salesMode', 'salesLayout', 'evScale'] as const) {
    if (before[key] !== after[key]) sentences.push(intl.formatMessage({ id: (CHOICE_SENTENCES[key] as Record<string, MessageId>)[after[key]]! }));
  }
  if (before.mapRegion !== after.mapRegion) sentences.push(intl.formatMessage({ id: 'announce.map' }, { region: after.mapRegion }));
  return sentences.length ? joinSentences(sentences, intl) : null;
}

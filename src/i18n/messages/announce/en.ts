/**
 * The sentence announced after a filter change (src/components/filterAnnouncement.ts): keys start with
 * "announce.". English that travels with that code, fetched when the filter first changes, so the first script
 * carries none of it.
 */
export const announceEn = {
  'announce.brandCount': '{count, plural, one {# brand} other {# brands}}',
  'announce.brandOn': '{brand} on, {shown, select, all {all brands shown} none {no brand selected} other {showing {brands}}}.',
  'announce.brandOff': '{brand} off, {shown, select, all {all brands shown} none {no brand selected} other {showing {brands}}}.',
  'announce.brands': '{shown, select, all {All brands shown} none {No brand selected} other {Showing {brands}}}.',
  'announce.years': 'Years {years}.',
  'announce.at': 'Every view as of {year}.',
  'announce.salesShare': 'Sales as share of the total.',
  'announce.salesUnits': 'Sales in units.',
  'announce.stacked': 'Sales bars stacked.',
  'announce.grouped': 'Sales bars grouped.',
  'announce.log': 'EV axis logarithmic.',
  'announce.linear': 'EV axis linear.',
  'announce.map': 'Map: {region, select, world {the world} europe {Europe} asia {Asia} other {the Americas}}.',
  'announce.lang': 'English.',
};

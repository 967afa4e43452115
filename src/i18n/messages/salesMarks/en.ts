/**
 * The interactive sales chart's words (src/charts/sales: its tooltip and the names of its bars, years and target):
 * keys start with "salesMarks.". English that travels with that chart's code (marksWords.ts adds it): the
 * pre-rendered chart names no mark, so the first script carries none of it.
 */
export const salesMarksEn = {
  'salesMarks.tooltip.noFigure': 'no figure',
  'salesMarks.tooltip.total': 'Alliance total',
  'salesMarks.tooltip.hidden': 'The total includes {hidden}, switched off in the filter.',
  'salesMarks.tooltip.hint': 'Click or press Enter to see the source',
  'salesMarks.tooltip.hintYear': 'Click or press Enter to see the source · click the year to show every view as of it',
  'salesMarks.tooltip.source': 'Source: {sources}',
  'salesMarks.target.name': 'Target: {label}, {units} units a year. Open its source',
  'salesMarks.segment.name': '{brand} {year}: {units} units, {share} of the Alliance total',
  'salesMarks.year.name': '{year}, Alliance total {units} units: {isAt, select, yes {the year every view shows} other {show every view as of this year}}',
  'salesMarks.year.nameNoTotal': '{year}: {isAt, select, yes {the year every view shows} other {show every view as of this year}}',
};

/**
 * The source panel and the cards' source lists. Keys start with "sources.". Quotes are never here: they are
 * shown verbatim in their source's language and labelled with it.
 */
export const sourcesEn = {
  'sources.list': 'Sources:',
  'sources.showAll': 'Show all {count, number} {what, select, notes {notes} plants {plants} targets {targets} rows {rows} other {sources}}',
  'sources.showFewer': 'Show fewer',
  /** The end of a tooltip a tap showed: tap the mark again, or its button, to read its source. */
  'sources.tapHint': 'Tap the {mark, select, bar {bar} plant {plant} milestone {milestone} marker {marker} target {target} arrow {arrow} company {company} other {mark}} again or Source to read the source',
  'sources.tapButton': 'Source',
  'sources.quoteLanguage': 'Original {language} text, as written',
  'sources.quoted': '“{quote}”',
  'sources.join': '{first}; {second}',
};

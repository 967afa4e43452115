/**
 * The source panel and the cards' source lists. Keys start with "sources.". Quotes are never here: they are
 * shown verbatim in their source's language and labelled with it.
 */
export const sourcesEn = {
  'sources.list': 'Sources:',
  'sources.showAll': 'Show all {count} sources',
  'sources.kicker': 'Source',
  'sources.unknown': 'Unknown source “{id}”',
  'sources.close': 'Close source panel',
  'sources.publisher': 'Publisher',
  'sources.date': 'Date',
  'sources.language': 'Language',
  'sources.kind': 'Kind',
  'sources.notStated': 'Not stated',
  'sources.asWritten': 'quotes are shown as written, not translated',
  'sources.kind.news': 'News article',
  'sources.kind.encyclopedia': 'Encyclopedia article',
  'sources.quoteLanguage': 'Original {language} text, as written',
  'sources.record': 'Record',
  'sources.recordMissing': 'This record is not in the dataset.',
  'sources.derived': 'Derived, not stated',
  'sources.note': 'Note:',
  'sources.thisRecord': '(this record)',
  'sources.showRecord': 'Show this record',
  'sources.citing': '{isOther, select, true {Other records citing this source} other {Records citing this source}} ({count})',
  'sources.citingNone': '{isOther, select, true {No other record in this dataset cites this source.} other {No record in this dataset cites this source.}}',
  'sources.group': '{group, select, sales {Sales by brand} salesTotals {Alliance sales totals} evMilestones {EV milestones} evLaunches {EV launches} ownership {Ownership stakes} plants {Plants} events {Events} other {Targets}} ({count})',
};

import type { IntlShape } from 'react-intl';

/**
 * Items that may hold commas themselves (citations, capacity figures), joined as the language separates them:
 * "a; b" · "a ; b" (narrow no-break space) · "a／b"; "" for none.
 */
export function joinList(items: readonly string[], intl: IntlShape): string {
  return items.length ? items.reduce((first, second) => intl.formatMessage({ id: 'sources.join' }, { first, second })) : '';
}

/** Sentences one after the other as the language writes them: a space between, none in Japanese; empty ones left out. */
export function joinSentences(sentences: readonly string[], intl: IntlShape): string {
  const written = sentences.filter((sentence) => sentence !== '');
  return written.length ? written.reduce((first, second) => intl.formatMessage({ id: 'app.sentences' }, { first, second })) : '';
}

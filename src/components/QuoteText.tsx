import { FormattedMessage, useIntl } from 'react-intl';
import { useMemo } from 'react';
import { highlightNumber, languageIn } from '../data/provenance';
import { quoteText } from '../data/quoteText';

interface QuoteTextProps {
  /** The source's words, verbatim (a table row is shown as its cells). */
  quote: string;
  /** Plain decimal strings the record states ("5816278"); each occurrence is wrapped in <mark>. */
  numbers: readonly string[];
  /** The source's language code: the quote is tagged with it and never translated. */
  lang: string;
}

/** A verbatim quote with the record's number marked; a quote in another language than the page's says it is shown as written. */
export function QuoteText({ quote, numbers, lang }: QuoteTextProps) {
  const segments = useMemo(() => highlightNumber(quoteText(quote), numbers), [quote, numbers]);
  const intl = useIntl();
  return (
    <figure className="source-quote">
      {lang !== intl.locale && (
        <figcaption className="source-quote-lang"><FormattedMessage id="sources.quoteLanguage" values={{ language: languageIn(lang, intl.locale) }} /></figcaption>
      )}
      <blockquote lang={lang}>
        {segments.map((segment, i) => (segment.isMatch ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
      </blockquote>
    </figure>
  );
}

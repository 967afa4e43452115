import { useIntl } from 'react-intl';
import { useEffect } from 'react';
import { formatsOf } from '../i18n/format';
import type { YearRange } from '../state/filters';

/** On a single-chart page the tab says which chart and years: "Electric vehicles 2009–2021 — Alliance Atlas". */
export function useDocumentTitle(page: { title: string; years: YearRange } | null) {
  const intl = useIntl();
  // The title up to its colon (French writes a space before it, Japanese a full-width one).
  const chart = page?.title.split(/[:：]/)[0]?.trim();
  const text = page ? intl.formatMessage({ id: 'app.documentTitle' }, { chart, years: formatsOf(intl).yearSpan(page.years) }) : null;
  useEffect(() => {
    if (text) document.title = text;
  }, [text]);
}

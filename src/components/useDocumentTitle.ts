import { useEffect } from 'react';
import { yearsText } from '../export/describe';
import type { YearRange } from '../state/filters';

/** On a single-chart page the tab says which chart and years: "Electric vehicles 2009–2021 — Alliance Atlas". */
export function useDocumentTitle(page: { title: string; years: YearRange } | null) {
  const text = page ? `${page.title.split(':')[0]} ${yearsText(page.years)} — Alliance Atlas` : null;
  useEffect(() => {
    if (text) document.title = text;
  }, [text]);
}

import { useEffect } from 'react';
import { useIntl } from 'react-intl';

/**
 * The dashboard's tab title and the page's description, in the page's language: index.html (and so the
 * pre-rendered page) holds the English. A one-chart page's title names its chart (useDocumentTitle).
 */
export function usePageHead(isDashboard: boolean) {
  const intl = useIntl();
  const title = isDashboard ? intl.formatMessage({ id: 'app.pageTitle' }) : null;
  const description = intl.formatMessage({ id: 'app.description' });
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
  useEffect(() => {
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [description]);
}

import { useEffect, useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { CardSkeleton } from './components/CardSkeleton';
import { DashboardLink } from './components/DashboardLink';
import { datasetCounts } from './components/datasetCounts';
import { EmbedCredit } from './components/EmbedCredit';
import { ErrorPanel } from './components/ErrorPanel';
import { ExportDashboardButton } from './components/ExportDashboardButton';
import { FilterAnnouncer } from './components/FilterAnnouncer';
import { FilterBar } from './components/FilterBar';
import { Header } from './components/Header';
import { LanguageMenu } from './components/LanguageMenu';
import { OnDemand, sourcePanel } from './components/onDemand';
import { PageModeContext } from './components/pageModeContext';
import { PrintHeader } from './components/PrintHeader';
import { timelineBands } from './components/timelineBands';
import { ThemeToggle } from './components/ThemeToggle';
import { UrlNotice } from './components/UrlNotice';
import { useEmbedHeight } from './components/useEmbedHeight';
import { useInitialPageMode } from './components/useInitialPageMode';
import { usePageHead } from './components/usePageHead';
import { ViewCard } from './components/ViewCard';
import { ViewsRegion } from './components/ViewsRegion';
import { DatasetError } from './data/loadDataset';
import { useDataset } from './data/useDataset';
import { useIsOnline } from './lib/useIsOnline';
import { useLocalisedDataset } from './data/useLocalisedDataset';
import { DrawnChoicesProvider } from './state/drawnChoices';
import { datasetDomain, useFilters } from './state/filters';
import { filterQueryOf } from './state/pageMode';
import { useSourcePanel } from './state/sourcePanel';
import { useUrlSync } from './state/useUrlSync';
import { useApplyTheme, useTheme } from './theme/useTheme';
import type { MessageId } from './i18n/messages';
import { VIEWS } from './views';
import { NO_HIGHLIGHT } from './state/highlight';

/** Escape clears every highlight: the brands and a record picked in the source panel. */
function useEscapeClearsHighlight() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      useFilters.getState().setHighlighted(NO_HIGHLIGHT);
      useSourcePanel.getState().highlightRecord(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** What the error panel says, as a message id and its values: a dataset error names its own sentence. */
function errorSentence(error: Error, isOnline: boolean): [{ id: MessageId }, Record<string, string | number>] {
  if (!isOnline) return [{ id: 'errors.offline' }, {}];
  return error instanceof DatasetError ? [{ id: error.messageId }, error.values] : [{ id: 'errors.load' }, { message: error.message }];
}

export function App() {
  const intl = useIntl();
  const page = useInitialPageMode();
  const { data, error, refetch, isFetching } = useDataset();
  // The views draw the dataset's labels and notes in the page's language; its years and brands are the same in every language.
  const localised = useLocalisedDataset();
  const domain = useMemo(() => (data ? datasetDomain(data) : null), [data]);
  const filterIgnored = useUrlSync(domain);
  // The views draw once the store holds this dataset's domain (and the URL's choices within it).
  const isReady = useFilters((s) => domain !== null && s.domain === domain);
  // One array per change: the notice's Dismiss remembers the list it dismissed by identity.
  const ignored = useMemo(() => [...page.ignored, ...filterIgnored], [page.ignored, filterIgnored]);
  const theme = useTheme();
  useApplyTheme(theme);
  useEscapeClearsHighlight();
  const { chart, isEmbed } = page.mode;
  useEmbedHeight(chart, isEmbed);
  usePageHead(chart === null);
  // One chart on its own page, or embedded; otherwise all four.
  const views = chart ? VIEWS.filter((view) => view.chart === chart) : VIEWS;
  const layout = isEmbed ? 'embed' : chart ? 'single' : 'dashboard';
  const gridClass = layout === 'dashboard' ? 'grid' : 'grid grid-single';
  const isOnline = useIsOnline();
  const isPanelOpen = useSourcePanel((s) => s.open !== null);
  const closePanel = useSourcePanel((s) => s.close);
  const bands = useMemo(() => (data ? timelineBands(data) : []), [data]);

  return (
    <PageModeContext.Provider value={page.mode}>
      <div className={`app app-${layout}`}>
        {!isEmbed && <a className="skip-link" href="#views"><FormattedMessage id="app.skipLink" /></a>}
        {!isEmbed && <PrintHeader />}
        {/* After a failed load the header must not go on saying it is loading. */}
        {!isEmbed && <Header chart={chart && views[0] ? intl.formatMessage({ id: views[0].title }) : null} counts={data ? datasetCounts(data, intl) : error ? intl.formatMessage({ id: 'app.counts.failed' }) : null} actions={<><LanguageMenu /><ThemeToggle /></>} />}
        <UrlNotice ignored={ignored} />
        {/* The bar needs the dataset's years and brands; until then an empty bar keeps its place, so the cards'
            skeletons are not pushed down when it comes (a page drawn in the browser: another language, a query). */}
        {!isEmbed && (isReady ? <FilterBar bands={bands}>{chart ? <DashboardLink /> : <ExportDashboardButton />}</FilterBar> : !error && <div className="filter-bar-pending" aria-hidden="true" />)}
        {/* On a host page the error alone would not say which chart failed, nor where to see it. */}
        {error && isEmbed && views[0] && <h2 className="card-title embed-error-title">{intl.formatMessage({ id: views[0].title })}</h2>}
        {error && (
          <ErrorPanel
            title={intl.formatMessage({ id: isOnline ? 'errors.load.title' : 'errors.offline.title' })}
            message={intl.formatMessage(...errorSentence(error, isOnline))}
            details={error instanceof DatasetError ? error.details : []}
            isValidation={error instanceof DatasetError && error.messageId === 'errors.data.invalid'}
            onRetry={isFetching ? undefined : () => void refetch()}
          />
        )}
        {error && isEmbed && chart && <EmbedCredit chart={chart} filterQuery={filterQueryOf(window.location.search)} />}
        <DrawnChoicesProvider>
          <ViewsRegion className={gridClass}>
            {localised && isReady
              ? views.map(({ chart: id, title, code }, i) => (
                  <ViewCard key={id} chart={id} title={intl.formatMessage({ id: title })} code={code} dataset={localised} isFirst={i === 0} />
                ))
              : !error && views.map(({ chart: id, title }) => <CardSkeleton key={id} chart={id} title={intl.formatMessage({ id: title })} />)}
          </ViewsRegion>
        </DrawnChoicesProvider>
        {/* The panel's code runs at its first opening (fetched then, or once the page was idle); closed, it is not in the page. */}
        {isPanelOpen && <OnDemand code={sourcePanel} props={{}} onDismiss={closePanel} />}
        {/* Mounted with the domain, so adopting the dataset's years and brands is not announced as a change. */}
        {isReady && <FilterAnnouncer />}
      </div>
    </PageModeContext.Provider>
  );
}

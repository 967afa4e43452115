import { useEffect } from 'react';
import { CardSkeleton } from './components/CardSkeleton';
import { datasetCounts } from './components/datasetCounts';
import { ErrorPanel } from './components/ErrorPanel';
import { ExportDashboardButton } from './components/ExportDashboardButton';
import { FilterAnnouncer } from './components/FilterAnnouncer';
import { FilterBar } from './components/FilterBar';
import { Header } from './components/Header';
import { SourcePanel } from './components/SourcePanel';
import { ThemeToggle } from './components/ThemeToggle';
import { UrlNotice } from './components/UrlNotice';
import { ViewCard } from './components/ViewCard';
import { DatasetError } from './data/loadDataset';
import { useDataset, useIsOnline } from './data/useDataset';
import { useFilters } from './state/filters';
import { useSourcePanel } from './state/sourcePanel';
import { useUrlSync } from './state/useUrlSync';
import { useApplyTheme, useTheme } from './theme/useTheme';
import { VIEWS } from './views';

/** Escape clears every highlight: the brand and a record picked in the source panel. */
function useEscapeClearsHighlight() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      useFilters.getState().setHighlightedBrand(null);
      useSourcePanel.getState().highlightRecord(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

const OFFLINE_MESSAGE = 'The data could not be downloaded because this device is offline. It loads by itself when the connection returns; Retry tries again now.';

export function App() {
  const ignored = useUrlSync();
  const theme = useTheme();
  useApplyTheme(theme);
  useEscapeClearsHighlight();
  const { data, error, refetch, isFetching } = useDataset();
  const isOnline = useIsOnline();

  return (
    <div className="app">
      <a className="skip-link" href="#views">Skip to the charts</a>
      {/* After a failed load the header must not go on saying it is loading. */}
      <Header counts={data ? datasetCounts(data) : error ? 'Dataset not loaded' : null} actions={<ThemeToggle />} />
      <UrlNotice ignored={ignored} />
      <FilterBar>
        <ExportDashboardButton />
      </FilterBar>
      {error && (
        <ErrorPanel
          title={isOnline ? 'The data could not be loaded' : 'You are offline'}
          message={isOnline ? error.message : OFFLINE_MESSAGE}
          details={error instanceof DatasetError ? error.details : []}
          onRetry={isFetching ? undefined : () => void refetch()}
        />
      )}
      <main id="views" className="grid">
        {VIEWS.map(({ chart, title, code }, i) =>
          data ? (
            <ViewCard key={chart} chart={chart} title={title} code={code} dataset={data} isFirst={i === 0} />
          ) : (
            !error && <CardSkeleton key={chart} chart={chart} title={title} />
          ),
        )}
      </main>
      <SourcePanel />
      <FilterAnnouncer />
    </div>
  );
}

import { useEffect, useMemo } from 'react';
import { CardSkeleton } from './components/CardSkeleton';
import { datasetCounts } from './components/datasetCounts';
import { ErrorPanel } from './components/ErrorPanel';
import { ExportDashboardButton } from './components/ExportDashboardButton';
import { FilterBar } from './components/FilterBar';
import { Header } from './components/Header';
import { SourcePanel } from './components/SourcePanel';
import { timelineBands } from './components/timelineBands';
import { ThemeToggle } from './components/ThemeToggle';
import { UrlNotice } from './components/UrlNotice';
import { ViewCard } from './components/ViewCard';
import { DatasetError } from './data/loadDataset';
import { useDataset } from './data/useDataset';
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

export function App() {
  const ignored = useUrlSync();
  const theme = useTheme();
  useApplyTheme(theme);
  useEscapeClearsHighlight();
  const { data, error, refetch, isFetching } = useDataset();
  const bands = useMemo(() => (data ? timelineBands(data) : []), [data]);

  return (
    <div className="app">
      <a className="skip-link" href="#views">Skip to the charts</a>
      <Header counts={data ? datasetCounts(data) : null} actions={<ThemeToggle />} />
      <UrlNotice ignored={ignored} />
      <FilterBar bands={bands}>
        <ExportDashboardButton />
      </FilterBar>
      {error && (
        <ErrorPanel
          title="The data could not be loaded"
          message={error.message}
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
    </div>
  );
}

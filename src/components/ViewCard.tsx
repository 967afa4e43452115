import { Suspense, useSyncExternalStore } from 'react';
import type { Dataset } from '../data/schema';
import { CardBoundary } from './CardBoundary';
import { CardSkeleton } from './CardSkeleton';
import type { ChartId } from './chartTypes';
import type { LazyView } from './lazyView';

interface ViewCardProps {
  chart: ChartId;
  title: string;
  code: LazyView<{ dataset: Dataset }>;
  dataset: Dataset;
}

/**
 * One view in its own boundary. While its chunk is on the way the skeleton is shown without suspending, so
 * the chart appears the moment the code is in (Suspense would hold it back ~300 ms); Suspense remains for a
 * view rendered before anything fetched it. A chunk that fails to load is thrown inside the boundary, whose
 * Retry fetches it again.
 */
export function ViewCard({ chart, title, code, dataset }: ViewCardProps) {
  const isFetching = useSyncExternalStore(code.subscribe, code.isFetching);
  const skeleton = <CardSkeleton chart={chart} title={title} />;
  return (
    <CardBoundary chart={chart} title={title} onRetry={code.forgetFailure}>
      {isFetching ? (
        skeleton
      ) : (
        <Suspense fallback={skeleton}>
          <code.View dataset={dataset} />
        </Suspense>
      )}
    </CardBoundary>
  );
}

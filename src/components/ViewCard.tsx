import { Suspense, useMemo, useSyncExternalStore } from 'react';
import { useIntl } from 'react-intl';
import type { Dataset } from '../data/schema';
import { useAfterPaint } from '../lib/useAfterPaint';
import { useDrawnChoices } from '../state/drawnChoices';
import { CardBoundary } from './CardBoundary';
import { cardWidthOf, CardSkeleton } from './CardSkeleton';
import type { ChartId } from './chartTypes';
import type { LazyView } from './lazyView';
import { useIsPrerender } from './prerenderContext';
import { CardWidthContext } from './useElementWidth';

interface ViewCardProps {
  chart: ChartId;
  title: string;
  code: LazyView<{ dataset: Dataset }>;
  dataset: Dataset;
  /** Renders in the first pass; the others follow once its frame is painted, so the first chart paints without waiting for them. */
  isFirst?: boolean;
}

/**
 * One view in its own boundary. While its chunk is on the way the skeleton is shown without suspending, so
 * the chart appears the moment the code is in (Suspense would hold it back ~300 ms); Suspense remains for a
 * view rendered before anything fetched it. A chunk that fails to load is thrown inside the boundary, whose
 * Retry fetches it again.
 */
export function ViewCard({ chart, title, code, dataset, isFirst = false }: ViewCardProps) {
  const isFetching = useSyncExternalStore(code.subscribe, code.isFetching, code.isFetching);
  // Rendering all four views in one synchronous pass took 230–260 ms before anything was painted; the later
  // cards render once the first chart's frame is painted, in an interruptible transition. (A deferred value
  // started them before that frame whenever the browser had a moment: on the realistic 100× dataset the EV
  // view's 46 ms stood between the sales chart and its paint.) A pre-rendered page is already painted: the
  // server and the hydration render every card at once.
  const isPrerender = useIsPrerender();
  // A language switch hands every card the dataset in the new language: taken in the same render, so no frame
  // shows the old language's names inside the new language's words.
  const locale = useIntl().locale;
  const shown = useAfterPaint<Dataset | null>(dataset, isFirst || isPrerender ? dataset : null, locale);
  const skeleton = <CardSkeleton chart={chart} title={title} />;
  // What every view draws from: a change to any of them gives a failed card one more try.
  const { yearRange, brands, salesMode, salesLayout, evScale, mapRegion } = useDrawnChoices();
  const inputs = useMemo(() => [shown, yearRange, brands, salesMode, salesLayout, evScale, mapRegion], [shown, yearRange, brands, salesMode, salesLayout, evScale, mapRegion]);
  return (
    <CardBoundary chart={chart} title={title} onRetry={code.forgetFailure} inputs={inputs}>
      {isFetching || !shown ? (
        skeleton
      ) : (
        <Suspense fallback={skeleton}>
          <CardWidthContext.Provider value={cardWidthOf(chart)}>
            <code.View dataset={shown} />
          </CardWidthContext.Provider>
        </Suspense>
      )}
    </CardBoundary>
  );
}

import { ChartCard } from '../../components/ChartCard';
import type { Dataset } from '../../data/schema';

/** Placeholder until this view's issue lands. */
export function EvView({ dataset }: { dataset: Dataset }) {
  return (
    <ChartCard
      chart="ev"
      title="Electric vehicles: cumulative sales"
      summary="This view is being built."
      table={{ caption: 'Electric vehicles: cumulative sales', columns: [{ key: 'source', label: 'Source' }], rows: dataset.sources.map((s) => ({ source: s.id })) }}
      sourceIds={[]}
    >
      <svg width="300" height="80" role="img" aria-label="Placeholder"><rect width="300" height="80" fill="none" /></svg>
    </ChartCard>
  );
}

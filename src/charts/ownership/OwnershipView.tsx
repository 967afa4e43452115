import { ChartCard } from '../../components/ChartCard';
import type { Dataset } from '../../data/schema';

/** Placeholder until this view's issue lands. */
export function OwnershipView({ dataset }: { dataset: Dataset }) {
  return (
    <ChartCard
      chart="ownership"
      title="Who owns whom"
      summary="This view is being built."
      table={{ caption: 'Who owns whom', columns: [{ key: 'source', label: 'Source' }], rows: dataset.sources.map((s) => ({ source: s.id })) }}
      sourceIds={[]}
    >
      <svg width="300" height="80" role="img" aria-label="Placeholder"><rect width="300" height="80" fill="none" /></svg>
    </ChartCard>
  );
}

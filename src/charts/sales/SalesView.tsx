import { ChartCard } from '../../components/ChartCard';
import type { Dataset } from '../../data/schema';

/** Placeholder until this view's issue lands. */
export function SalesView({ dataset }: { dataset: Dataset }) {
  return (
    <ChartCard
      chart="sales"
      title="Sales by brand per year"
      summary="This view is being built."
      table={{ caption: 'Sales by brand per year', columns: [{ key: 'source', label: 'Source' }], rows: dataset.sources.map((s) => ({ source: s.id })) }}
      sourceIds={[]}
    >
      <svg width="300" height="80" role="img" aria-label="Placeholder"><rect width="300" height="80" fill="none" /></svg>
    </ChartCard>
  );
}

import type { ComponentType } from 'react';
import { EvView } from './charts/ev/EvView';
import { OwnershipView } from './charts/ownership/OwnershipView';
import { PlantsView } from './charts/plants/PlantsView';
import { SalesView } from './charts/sales/SalesView';
import type { ChartId } from './components/chartTypes';
import type { Dataset } from './data/schema';

/** The four views, in page order; App wraps each in its own error boundary. */
export const VIEWS: readonly { chart: ChartId; title: string; View: ComponentType<{ dataset: Dataset }> }[] = [
  { chart: 'sales', title: 'Sales by brand per year', View: SalesView },
  { chart: 'ev', title: 'Electric vehicles: cumulative sales', View: EvView },
  { chart: 'ownership', title: 'Who owns whom', View: OwnershipView },
  { chart: 'plants', title: 'Plant capacity', View: PlantsView },
];

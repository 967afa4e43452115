import { useShallow } from 'zustand/react/shallow';
import { filterLine } from '../export/describe';
import { useFilters } from '../state/filters';
import { usePrinting } from '../theme/useTheme';

/** On paper only: where the page came from, when it was printed, and the filters (the filter bar is not printed). */
export function PrintHeader() {
  const { allBrands, ...filters } = useFilters(useShallow((s) => ({ yearRange: s.yearRange, brands: s.brands, allBrands: s.domain.brands })));
  // Re-rendered when printing starts, so the date is the day of printing.
  const isPrinting = usePrinting();
  const date = new Date().toISOString().slice(0, 10);
  return (
    <p className="print-header" data-printing={isPrinting}>
      {window.location.href} · printed {date} · {filterLine(filters, allBrands)}
    </p>
  );
}

import { useIntl } from 'react-intl';
import { useShallow } from 'zustand/react/shallow';
import { filterLine } from '../export/describe';
import { useFilters } from '../state/filters';
import { usePrinting } from '../theme/useTheme';

/** On paper only: where the page came from, when it was printed, and the filters (the filter bar is not printed). */
export function PrintHeader() {
  const { allBrands, ...filters } = useFilters(useShallow((s) => ({ yearRange: s.yearRange, brands: s.brands, at: s.at, vs: s.vs, allBrands: s.domain.brands })));
  // Re-rendered when printing starts, so the date is the day of printing.
  const isPrinting = usePrinting();
  const intl = useIntl();
  // Written only while printing: the address and the date are unknown when the page is pre-rendered, and
  // a hydration render must draw what the server drew.
  return (
    <p className="print-header" data-printing={isPrinting}>
      {isPrinting &&
        intl.formatMessage({ id: 'app.printHeader' }, { address: window.location.href, date: intl.formatDate(new Date(), { dateStyle: 'medium' }), filters: filterLine(filters, allBrands, intl) })}
    </p>
  );
}

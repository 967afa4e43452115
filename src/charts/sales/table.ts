import type { IntlShape } from 'react-intl';
import type { ChartTable } from '../../components/chartTypes';
import '../../components/tableWords';
import type { MessageId } from '../../i18n/messages';
import type { SalesYear } from './model';

/** Table and CSV rows: one per year and selected brand, raw units (empty where missing), share to 0.01 %, and the total. */
export function salesTable(years: readonly SalesYear[], intl: IntlShape): ChartTable {
  const label = (id: MessageId) => intl.formatMessage({ id });
  return {
    caption: intl.formatMessage({ id: 'tables.sales.caption' }),
    columns: [
      { key: 'year', label: label('tables.sales.year') },
      { key: 'brand', label: label('tables.sales.brand') },
      { key: 'units', label: label('tables.sales.units'), isNumeric: true },
      { key: 'share', label: label('tables.sales.share'), isNumeric: true, decimals: 2 },
      { key: 'allianceTotal', label: label('tables.sales.total'), isNumeric: true },
      { key: 'source', label: label('tables.sales.source') },
    ],
    rows: years.flatMap((y) =>
      y.cells.map((c) => ({
        year: y.year,
        brand: c.brand,
        units: c.units,
        share: c.share === null ? null : Math.round(c.share * 100) / 100,
        allianceTotal: y.totalUnits,
        source: c.source,
      })),
    ),
  };
}

import type { IntlShape } from 'react-intl';
import type { ChartTable } from '../../components/chartTypes';
import { tableColumns } from '../../components/tableColumns';
import '../../components/tableWords';
import type { Dataset } from '../../data/schema';
import type { MessageId } from '../../i18n/messages';
import { isPlanned, stakesActiveIn } from './model';
import { companyName } from './text';

/** One row per stake held in `year`: the table view and the CSV. */
export function ownershipTable(dataset: Dataset, year: number, intl: IntlShape): ChartTable {
  const word = (id: MessageId) => intl.formatMessage({ id });
  return {
    caption: intl.formatMessage({ id: 'tables.ownership.caption' }, { year }),
    columns: tableColumns(intl, 'tables.ownership', ['holder', 'held', 'percent', 'investment', 'currency', 'voting', 'basis', 'from', 'to', 'toBasis', 'source'], ['percent', 'investment']),
    rows: stakesActiveIn(dataset.ownership, year).map(({ stake }) => ({
      holder: companyName(dataset, stake.holder),
      held: companyName(dataset, stake.held),
      percent: stake.percent,
      investment: stake.investment?.amount ?? null,
      currency: stake.investment?.currency ?? null,
      voting: word(stake.voting === null ? 'tables.ownership.notStated' : stake.voting ? 'tables.ownership.yes' : 'tables.ownership.no'),
      basis: word(isPlanned(stake) ? 'tables.ownership.planned' : 'tables.ownership.stated'),
      from: stake.from,
      to: stake.to,
      // Whether a source gives the end, or it is inferred (the note says from what); blank while still held.
      toBasis: stake.to === null ? null : word(stake.toIsInferred ? 'tables.ownership.inferred' : 'tables.ownership.stated'),
      source: stake.source,
    })),
  };
}

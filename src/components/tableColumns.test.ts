import { intlFor } from '../i18n/intl';
import { tableColumns } from './tableColumns';

describe('tableColumns', () => {
  it('labels each key by its message under the prefix and marks the numeric ones', () => {
    expect(tableColumns(intlFor('en'), 'tables.ownership', ['holder', 'percent'], ['percent'])).toEqual([
      { key: 'holder', label: 'Holder' },
      { key: 'percent', label: 'Percent', isNumeric: true },
    ]);
  });

  it('marks the columns of ISO dates', () => {
    expect(tableColumns(intlFor('en'), 'tables.ev', ['date', 'units'], ['units'], ['date'])).toEqual([
      { key: 'date', label: 'Date', isMonth: true },
      { key: 'units', label: 'Units', isNumeric: true },
    ]);
  });

  it('labels in the language of intl', () => {
    expect(tableColumns(intlFor('fr'), 'tables.ownership', ['holder']).map((c) => c.label)).toEqual([intlFor('fr').formatMessage({ id: 'tables.ownership.holder' })]);
  });

  // Checked by `npm run typecheck`: the directive fails the build if the bad key is ever accepted.
  it('refuses, at compile time, a key with no message under the prefix', () => {
    const misspelt = () => {
      // @ts-expect-error 'nope' is not a message under ownership.table
      tableColumns(intlFor('en'), 'tables.ownership', ['nope']);
    };
    expect(typeof misspelt).toBe('function');
  });
});

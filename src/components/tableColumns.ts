import type { IntlShape } from 'react-intl';
import type { MessageId } from '../i18n/messages';
import type { TableColumn } from './chartTypes';

/** The keys of the messages under `prefix` (for 'tables.ev': 'date', 'units', …). */
type KeysUnder<P extends string> = MessageId extends infer M ? (M extends `${P}.${infer K}` ? K : never) : never;

/**
 * A table's columns, in order, each labelled by the catalogue's `${prefix}.${key}` message; the keys in
 * `numeric` are right-aligned and grouped in the table, those in `months` hold ISO dates shown as the reader's
 * month. The one shape every view's table uses.
 */
export function tableColumns<P extends string>(
  intl: IntlShape, prefix: P, keys: readonly KeysUnder<P>[], numeric: readonly KeysUnder<P>[] = [], months: readonly KeysUnder<P>[] = [],
): TableColumn[] {
  return keys.map((key) => ({
    key,
    label: intl.formatMessage({ id: `${prefix}.${key}` as MessageId }),
    ...(numeric.includes(key) ? { isNumeric: true } : {}),
    ...(months.includes(key) ? { isMonth: true } : {}),
  }));
}

// A plant's capacity figure in the reader's language, worded as exactly as its source words it: "a year" only
// where the source gives a period, "planned" where it gives a plan, the part of the plant a figure covers, the
// date it applies from. Shared by the plants view and the source panel.
import type { IntlShape } from 'react-intl';
import type { Capacity, Plant } from './schema';
import { formatsOf } from '../i18n/format';

type Unit = Plant['capacityUnit'];

/** Phrases joined as the language joins them: "a, b" · "a、b" (`join` names the separator message); "" for none. */
export function joinWith(parts: readonly string[], intl: IntlShape, join: 'plants.join' | 'plants.noteJoin' | 'plants.listJoin' | 'plants.target.sentenceJoin' = 'plants.join'): string {
  return parts.length ? parts.reduce((first, second) => intl.formatMessage({ id: join }, { first, second })) : '';
}

/** "400,000" · "400 000" · "40万": a capacity as the source gives it, every digit, as the language writes a count. */
export const capacityNumber = (amount: number, intl: IntlShape) => formatsOf(intl).exactInText(amount);

/** "170,000 vehicles a year" · "170 000 véhicules par an" · "年間17万台". */
export function amountWords(amount: number, unit: Unit, perYear: boolean, intl: IntlShape): string {
  return intl.formatMessage({ id: 'plants.amount' }, { amount: capacityNumber(amount, intl), unit, perYear: perYear ? 'yes' : 'no' });
}

/** What the figure covers, where it is not the whole plant: "one production line", "one model", "one engine family". */
export function scopeWords(capacity: Capacity, unit: Unit, intl: IntlShape): string | null {
  if (capacity.scope === 'line') return intl.formatMessage({ id: 'plants.scope' }, { scope: 'line' });
  if (capacity.scope === 'model') return intl.formatMessage({ id: 'plants.scope' }, { scope: unit === 'engines' ? 'engineFamily' : 'model' });
  return null;
}

/** "planned, one production line, from 2012"; "stated, from Sep 2014"; "planned, no date given"; "no period given". */
export function qualifierWords(capacity: Capacity, unit: Unit, intl: IntlShape): string {
  const parts = [
    intl.formatMessage({ id: 'plants.basis' }, { basis: capacity.basis }),
    scopeWords(capacity, unit, intl),
    capacity.from === null
      ? capacity.basis === 'planned' ? intl.formatMessage({ id: 'plants.noDate' }) : null
      : intl.formatMessage({ id: 'plants.from' }, { date: formatsOf(intl).isoDate(capacity.from) }),
    capacity.period === null ? intl.formatMessage({ id: 'plants.noPeriod' }) : null,
  ].filter((part): part is string => part !== null);
  return joinWith(parts, intl);
}

/** "170,000 vehicles a year (planned, one production line, from 2012)": one figure, fully qualified. */
export function capacityWords(capacity: Capacity, unit: Unit, intl: IntlShape): string {
  return intl.formatMessage(
    { id: 'plants.qualified' },
    { amount: amountWords(capacity.amount, unit, capacity.period === 'year', intl), qualifier: qualifierWords(capacity, unit, intl) },
  );
}

import { truncateToWidth } from '../../components/textWidth';
/** Number and text formats the sales view shares between its model, axis, labels and tooltip. */

const fullNumber = new Intl.NumberFormat('en-US');

/** "5,816,278": the exact figure, as the source prints it. */
export function formatUnits(units: number): string {
  return fullNumber.format(units);
}

/** "10.6M", always one decimal, for labels and sentences. */
export function formatMillions(units: number): string {
  return `${(units / 1e6).toFixed(1)}M`;
}

/** "54.8%": a share already in percent, to one decimal. */
export function formatShare(percent: number): string {
  return `${percent.toFixed(1)}%`;
}

/** Axis ticks: "0", "800k", "4M", "10.5M" for units; "25%" for shares. */
export function formatAxisValue(value: number, isShare: boolean): string {
  if (isShare) return `${Number(value.toFixed(1))}%`;
  if (value === 0) return '0';
  if (Math.abs(value) < 1e6) return `${Number((value / 1e3).toFixed(1))}k`;
  return `${Number((value / 1e6).toFixed(2))}M`;
}


/** A year's total above its bar; phone-width bands are ~36px, so the "M" is dropped (the axis says millions). */
export function formatTotalLabel(units: number, isCompact: boolean): string {
  return isCompact ? (units / 1e6).toFixed(1) : formatMillions(units);
}

/** The target line's label; the record's own label is too long for a phone-width card, so the short form is built from its numbers. */
/** The target line's label: a short form built from its numbers on a phone, else the record's own label cut to fit `width`. */
export function formatTargetLabel(target: { year: number; units: number; label: string }, isCompact: boolean, width: number): string {
  return isCompact ? `${target.year} target: ${formatAxisValue(target.units, false)} a year` : truncateToWidth(`Target: ${target.label}`, width - 12, 12);
}

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



import type { LegendItem } from '../components/chartTypes';
import type { Theme } from '../theme/tokens';

/** Every colour token of a theme by name: `brand.Nissan`, `alliance`, `muted`… */
function tokens(theme: Theme): Map<string, string> {
  const entries: [string, string][] = [...theme.brand].map(([brand, colour]) => [`brand.${brand}`, colour]);
  for (const [name, value] of Object.entries(theme)) if (typeof value === 'string' && value.startsWith('#')) entries.push([name, value]);
  return new Map(entries);
}

/** A colour of theme `from` as the same token of theme `to`; a colour that is no token stays as it is. */
export function recolour(colour: string, from: Theme, to: Theme): string {
  if (from === to) return colour;
  const target = tokens(to);
  for (const [name, value] of tokens(from)) if (value.toLowerCase() === colour.toLowerCase()) return target.get(name) ?? colour;
  return colour;
}

/** A legend built in the screen's theme, for an image in another theme. */
export function recolourLegend(items: readonly LegendItem[], from: Theme, to: Theme): LegendItem[] {
  return items.map((item) => ({ ...item, color: recolour(item.color, from, to) }));
}

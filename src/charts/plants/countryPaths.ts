import type { GeoProjection } from 'd3-geo';
import type { MapRegion } from '../../state/filters';
import { outlinePathData } from './pathData';
import type { CountryOutline } from './outlines';

export interface CountryPath {
  key: string;
  d: string;
}

/** A few regions × widths per atlas; resizing through many widths only evicts the oldest. */
const MAX_SIZES = 8;
const cache = new WeakMap<readonly CountryOutline[], Map<string, readonly CountryPath[]>>();

/**
 * SVG path data of every country for a region's projection at a width. Outlines never depend on the filter,
 * but the map remounts whenever the view comes back from its empty state (e.g. all brands off, then one on),
 * and re-projecting ~170 countries cost ~10 ms per mount in the filter benchmark; so they are cached by atlas,
 * region and width (the projection is a function of those).
 */
export function countryPathsFor(countries: readonly CountryOutline[], region: MapRegion, width: number, projection: GeoProjection): readonly CountryPath[] {
  let sizes = cache.get(countries);
  if (!sizes) cache.set(countries, (sizes = new Map()));
  const key = `${region}:${width}`;
  const cached = sizes.get(key);
  if (cached) return cached;
  const path = outlinePathData(projection);
  const paths = countries.flatMap((country) => {
    const d = path(country);
    return d ? [{ key: country.key, d }] : [];
  });
  if (sizes.size >= MAX_SIZES) sizes.delete(sizes.keys().next().value ?? key);
  sizes.set(key, paths);
  return paths;
}

import type { IntlShape } from 'react-intl';
import type { Plant } from '../../data/schema';
import type { MapRegion } from '../../state/filters';
import { keyEntries, mapKeyLayout, plantLabels, sizeKeyValues } from './layout';
import { mapHeight, maxRadiusFor, plantMarks, plantsAsOf, radiusScale, regionProjection, type PlantFilters } from './model';

/** The map's size and projection for a region at `width` CSS px. */
export function mapFrame(region: MapRegion, width: number) {
  const height = mapHeight(region, width);
  return { width, height, projection: regionProjection(region, width, height) };
}

export type MapFrame = ReturnType<typeof mapFrame>;

/** Type on the map: smaller on phone widths. */
export const mapFontSize = (width: number) => (width < 480 ? 11 : 12);

/** Everything the map draws over its outlines at a frame: symbols, their labels and the key below, worded in the language of `intl`. */
export function plantsScene(plants: readonly Plant[], filters: PlantFilters, frame: MapFrame, intl: IntlShape) {
  const { width, height, projection } = frame;
  const radius = radiusScale(plants, maxRadiusFor(width));
  const marks = plantMarks(plants, filters, projection, { width, height }, radius, intl);
  const fontSize = mapFontSize(width);
  return {
    marks,
    fontSize,
    labels: plantLabels(marks, { width, height }, fontSize),
    keyLayout: mapKeyLayout(sizeKeyValues(radius), keyEntries(marks, plantsAsOf(filters), intl, filters.compare ?? null), width, fontSize, intl),
  };
}

export type PlantsScene = ReturnType<typeof plantsScene>;

import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { Plant, Source } from '../../data/schema';
import type { MapRegion } from '../../state/filters';
import { useTheme } from '../../theme/useTheme';
import type { Theme } from '../../theme/tokens';
import { countryPathsFor, type CountryPath } from './countryPaths';
import { keyEntries, mapKeyLayout, plantLabels, sizeKeyValues } from './layout';
import { MapKey } from './MapKey';
import { mapHeight, maxRadiusFor, plantMarks, plantsAsOf, radiusScale, REGION_LABELS, regionProjection, type PlantFilters, type PlantMark } from './model';
import { PlantSymbols } from './PlantSymbols';
import { PlantTooltip } from './PlantTooltip';
import { useElementWidth } from '../../components/useElementWidth';
import { useWorldAtlas } from './useWorldAtlas';

const CLIP_ID = 'plants-map-clip';
const NO_PATHS: readonly CountryPath[] = [];

/** Country shapes; memoized so hovering a plant never re-renders ~170 paths. */
const Countries = memo(function Countries({ paths, theme }: { paths: readonly CountryPath[]; theme: Theme }) {
  return (
    <g className="plants-countries" clipPath={`url(#${CLIP_ID})`} aria-hidden="true">
      {paths.map((p) => <path key={p.key} d={p.d} fill={theme.grid} stroke={theme.surface} strokeWidth={0.6} />)}
    </g>
  );
});

interface PlantsMapProps {
  plants: readonly Plant[];
  sources: readonly Source[];
  filters: PlantFilters;
  region: MapRegion;
}

/** The map: country outlines (when loaded), a symbol per plant, direct labels, a key, and a tooltip. */
export function PlantsMap({ plants, sources, filters, region }: PlantsMapProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref) || 640;
  const theme = useTheme();
  const atlas = useWorldAtlas();
  const frame = useMemo(() => {
    const height = mapHeight(region, width);
    return { height, projection: regionProjection(region, width, height) };
  }, [region, width]);
  const countryPaths = useMemo(
    () => (atlas.data ? countryPathsFor(atlas.data, region, width, frame.projection) : NO_PATHS),
    [atlas.data, region, width, frame],
  );
  const radius = useMemo(() => radiusScale(plants, maxRadiusFor(width)), [plants, width]);
  const marks = useMemo(
    () => plantMarks(plants, filters, frame.projection, { width, height: frame.height }, radius),
    [plants, filters, frame, width, radius],
  );
  const fontSize = width < 480 ? 11 : 12;
  const labels = useMemo(() => plantLabels(marks, { width, height: frame.height }, fontSize), [marks, width, frame.height, fontSize]);
  const keyLayout = useMemo(
    () => mapKeyLayout(sizeKeyValues(radius), keyEntries(marks, plantsAsOf(filters)), width, fontSize),
    [radius, marks, filters, width, fontSize],
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const onActivate = useCallback((mark: PlantMark | null) => setActiveId(mark?.id ?? null), []);
  const active = marks.find((m) => m.id === activeId && !m.isFaded);
  const activePlant = active ? plants[active.index] : undefined;
  const totalHeight = frame.height + keyLayout.height;

  return (
    <div className="plants-map" ref={ref}>
      <svg
        className="chart-svg plants-svg"
        width={width}
        height={totalHeight}
        viewBox={`0 0 ${width} ${totalHeight}`}
        role="group"
        aria-label={`Map of Alliance plants (${REGION_LABELS[region]}): symbol area proportional to annual capacity`}
        aria-busy={atlas.isPending}
      >
        <defs>
          <clipPath id={CLIP_ID}>
            <rect width={width} height={frame.height} />
          </clipPath>
        </defs>
        <Countries paths={countryPaths} theme={theme} />
        <PlantSymbols marks={marks} labels={labels} plants={plants} theme={theme} fontSize={fontSize} onActivate={onActivate} />
        <MapKey layout={keyLayout} top={frame.height} width={width} fontSize={fontSize} theme={theme} />
      </svg>
      {atlas.isError && <p className="plants-map-note" role="status">Country outlines could not load; plants are placed by latitude and longitude.</p>}
      {active && activePlant && (
        <PlantTooltip
          plant={activePlant}
          mark={active}
          sourceTitle={sources.find((s) => s.id === activePlant.source)?.title ?? activePlant.source}
          frame={{ width, height: totalHeight }}
          endYear={plantsAsOf(filters)}
        />
      )}
    </div>
  );
}

import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { Brand, Plant, Source } from '../../data/schema';
import type { MapRegion } from '../../state/filters';
import type { RecordRef } from '../../state/sourcePanel';
import { useTheme } from '../../theme/useTheme';
import type { Theme } from '../../theme/tokens';
import { usePinnedTooltip } from '../../components/usePinnedTooltip';
import { countryPathsFor, type CountryPath } from './countryPaths';
import { keyEntries, mapKeyLayout, plantLabels, sizeKeyValues } from './layout';
import { MapKey } from './MapKey';
import { MapZoomControls } from './MapZoomControls';
import { mapHeight, maxRadiusFor, plantMarks, plantsAsOf, radiusScale, regionLabel, regionProjection, type PlantFilters, type PlantMark } from './model';
import { PlantSymbols } from './PlantSymbols';
import { PlantTooltip } from './PlantTooltip';
import { useElementWidth } from '../../components/useElementWidth';
import { useMapZoom } from './useMapZoom';
import { useWorldAtlas } from './useWorldAtlas';
import { MAX_ZOOM, viewPoint, viewTransform } from './zoom';

const CLIP_ID = 'plants-map-clip';
const NO_PATHS: readonly CountryPath[] = [];

/** Country shapes; memoized so hovering a plant never re-renders ~170 paths. */
const Countries = memo(function Countries({ paths, theme }: { paths: readonly CountryPath[]; theme: Theme }) {
  return (
    <g className="plants-countries" aria-hidden="true">
      {paths.map((p) => <path key={p.key} d={p.d} fill={theme.grid} stroke={theme.surface} strokeWidth={0.6} />)}
    </g>
  );
});

interface PlantsMapProps {
  plants: readonly Plant[];
  sources: readonly Source[];
  filters: PlantFilters;
  region: MapRegion;
  /** The brand highlighted in every view, and the record picked in the source panel (its plant index). */
  highlighted: Brand | null;
  recordIndex: number | null;
  onHighlight: (brand: Brand | null) => void;
  onOpenSource: (sourceId: string, record: RecordRef) => void;
}

/** The map: country outlines (when loaded), a symbol per plant, direct labels, a key, a tooltip and zoom. */
export function PlantsMap({ plants, sources, filters, region, highlighted, recordIndex, onHighlight, onOpenSource }: PlantsMapProps) {
  const ref = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(ref) || 640;
  const theme = useTheme();
  const atlas = useWorldAtlas();
  const frame = useMemo(() => {
    const height = mapHeight(region, width);
    return { height, projection: regionProjection(region, width, height) };
  }, [region, width]);
  const mapSize = useMemo(() => ({ width, height: frame.height }), [width, frame.height]);
  const zoom = useMapZoom(svgRef, mapSize, `${region} ${width}`);
  const countryPaths = useMemo(
    () => (atlas.data ? countryPathsFor(atlas.data, region, width, frame.projection) : NO_PATHS),
    [atlas.data, region, width, frame],
  );
  const intl = useIntl();
  const radius = useMemo(() => radiusScale(plants, maxRadiusFor(width)), [plants, width]);
  const marks = useMemo(
    () => plantMarks(plants, filters, frame.projection, { width, height: frame.height }, radius, intl),
    [plants, filters, frame, width, radius, intl],
  );
  const fontSize = width < 480 ? 11 : 12;
  const labels = useMemo(() => plantLabels(marks, { width, height: frame.height }, fontSize), [marks, width, frame.height, fontSize]);
  const keyLayout = useMemo(
    () => mapKeyLayout(sizeKeyValues(radius), keyEntries(marks, plantsAsOf(filters), intl), width, fontSize, intl),
    [radius, marks, filters, width, fontSize, intl],
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const clear = useCallback(() => {
    setActiveId(null);
    onHighlight(null);
  }, [onHighlight]);
  const { pinned, isPinned, tapHandlers } = usePinnedTooltip('.plants-tooltip', clear);
  const show = useCallback((mark: PlantMark) => {
    setActiveId(mark.id);
    onHighlight(mark.fill);
  }, [onHighlight]);
  // A tooltip a tap pinned stays for its Source button: the tap's emulated hover and focus leave at once.
  const hide = useCallback(() => {
    if (!isPinned()) clear();
  }, [isPinned, clear]);
  const open = useCallback((mark: PlantMark) => {
    const plant = plants[mark.index];
    if (plant) onOpenSource(plant.source, { key: 'plants', index: mark.index });
  }, [plants, onOpenSource]);
  const tapFor = useCallback((mark: PlantMark) => tapHandlers(mark.id, () => show(mark), () => open(mark)), [tapHandlers, show, open]);
  const active = marks.find((m) => m.id === activeId && !m.isFaded);
  const activePlant = active ? plants[active.index] : undefined;
  const totalHeight = frame.height + keyLayout.height;

  return (
    <>
      {/* Above the map, not over it: on a phone the map is ~140 px tall and every corner holds a plant or a label. */}
      <MapZoomControls isZoomed={zoom.isZoomed} isMaxed={zoom.view.k >= MAX_ZOOM} onZoomIn={zoom.zoomIn} onZoomOut={zoom.zoomOut} onReset={zoom.reset} />
      <div className="plants-map" ref={ref}>
        <svg
          ref={svgRef}
          className={`chart-svg plants-svg${zoom.isZoomed ? ' is-zoomed' : ''}`}
          width={width}
          height={totalHeight}
          viewBox={`0 0 ${width} ${totalHeight}`}
          role="group"
          aria-label={intl.formatMessage({ id: 'plants.mapLabel' }, { region: regionLabel(region, intl) })}
          aria-busy={atlas.isPending}
          onKeyDown={zoom.onKeyDown}
          {...zoom.svgHandlers}
        >
          <defs>
            <clipPath id={CLIP_ID}>
              <rect width={width} height={frame.height} />
            </clipPath>
          </defs>
          <g clipPath={`url(#${CLIP_ID})`}>
            {/* Zoomed by a CSS transform: the export copies attributes and a few styles, so it draws the plain map. */}
            <g className="plants-zoom" data-view={`${zoom.view.k} ${zoom.view.x} ${zoom.view.y}`} style={zoom.isZoomed ? { transform: viewTransform(zoom.view) } : undefined}>
              <Countries paths={countryPaths} theme={theme} />
              <PlantSymbols
                marks={marks}
                labels={labels}
                theme={theme}
                fontSize={fontSize}
                zoom={zoom.view.k}
                highlighted={highlighted}
                recordIndex={recordIndex}
                onShow={show}
                onHide={hide}
                onOpen={open}
                tapFor={tapFor}
              />
            </g>
          </g>
          <MapKey layout={keyLayout} top={frame.height} width={width} fontSize={fontSize} theme={theme} />
        </svg>
        {atlas.isError && <p className="plants-map-note" role="status">Country outlines could not load; plants are placed by latitude and longitude.</p>}
        {active && activePlant && (
          <PlantTooltip
            plant={activePlant}
            mark={{ ...active, ...viewPoint(zoom.view, active) }}
            sourceTitle={sources.find((s) => s.id === activePlant.source)?.title ?? activePlant.source}
            frame={{ width, height: totalHeight }}
            endYear={plantsAsOf(filters)}
            onSource={pinned === active.id ? () => open(active) : undefined}
          />
        )}
      </div>
    </>
  );
}

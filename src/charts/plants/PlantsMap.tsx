import { useIntl } from 'react-intl';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Plant, Source } from '../../data/schema';
import { indexById } from '../../data/indexById';
import { sourceTitle } from '../../data/sourceIndex';
import type { MapRegion } from '../../state/filters';
import type { RecordRef } from '../../state/sourcePanel';
import { useTheme } from '../../theme/useTheme';
import { usePinnedTooltip } from '../../components/usePinnedTooltip';
import { countryPathsFor, type CountryPath } from './countryPaths';
import { MapZoomControls } from './MapZoomControls';
import { plantsAsOf, type PlantFilters, type PlantMark } from './model';
import { PlantsSvg } from './PlantsSvg';
import { mapFrame, plantsScene } from './scene';
import { useElementWidth } from '../../components/useElementWidth';
import { useMapZoom } from './useMapZoom';
import { useWorldAtlas } from './useWorldAtlas';
import { MAX_ZOOM, viewPoint } from './zoom';
import { NO_HIGHLIGHT, type Highlight } from '../../state/highlight';
import { loadOnce } from '../../lib/loadOnce';
import { reimportable } from '../../lib/reimportable';
import { useLoaded } from '../../lib/useLoaded';

const NO_PATHS: readonly CountryPath[] = [];

/**
 * The tooltip's code: fetched at the first hover or focus, and with what the page fetches once idle, not with the
 * first load (as the EV chart's, loadEvTooltip): ~0.6 KiB gzip, which kept the first load within its goal.
 */
export const loadPlantTooltip = loadOnce(reimportable(() => import(/* idle-prefetch */ './PlantTooltip')));

interface PlantsMapProps {
  plants: readonly Plant[];
  sources: readonly Source[];
  filters: PlantFilters;
  region: MapRegion;
  /** The brands highlighted in every view, and the record picked in the source panel (its plant index). */
  highlighted: Highlight;
  recordIndex: number | null;
  onHighlight: (brands: Highlight) => void;
  onOpenSource: (sourceId: string, record: RecordRef) => void;
}

/** The map: country outlines (when loaded), a symbol per plant, direct labels, a key, a tooltip and zoom. */
export function PlantsMap({ plants, sources, filters, region, highlighted, recordIndex, onHighlight, onOpenSource }: PlantsMapProps) {
  const ref = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(ref) || 640;
  const theme = useTheme();
  const atlas = useWorldAtlas();
  const frame = useMemo(() => mapFrame(region, width), [region, width]);
  const mapSize = useMemo(() => ({ width, height: frame.height }), [width, frame.height]);
  const zoom = useMapZoom(svgRef, mapSize, `${region} ${width}`);
  const countryPaths = useMemo(
    () => (atlas.data ? countryPathsFor(atlas.data, region, width, frame.projection) : NO_PATHS),
    [atlas.data, region, width, frame],
  );
  const intl = useIntl();
  const scene = useMemo(() => plantsScene(plants, filters, frame, intl), [plants, filters, frame, intl]);
  const { marks } = scene;
  const [activeId, setActiveId] = useState<string | null>(null);
  const clear = useCallback(() => {
    setActiveId(null);
    onHighlight(NO_HIGHLIGHT);
  }, [onHighlight]);
  const { pinned, isPinned, tapHandlers } = usePinnedTooltip('.plants-tooltip', clear);
  const show = useCallback((mark: PlantMark) => {
    setActiveId(mark.id);
    onHighlight(mark.brands);
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
  const tooltip = useLoaded(loadPlantTooltip, active !== undefined);

  return (
    <>
      {/* Above the map, not over it: on a phone the map is ~140 px tall and every corner holds a plant or a label. */}
      <MapZoomControls isZoomed={zoom.isZoomed} isMaxed={zoom.view.k >= MAX_ZOOM} onZoomIn={zoom.zoomIn} onZoomOut={zoom.zoomOut} onReset={zoom.reset} />
      <div className="plants-map" ref={ref}>
        <PlantsSvg
          ref={svgRef}
          frame={frame}
          scene={scene}
          countryPaths={countryPaths}
          region={region}
          theme={theme}
          clipId="plants-map-clip"
          className={zoom.isZoomed ? 'is-zoomed' : undefined}
          aria-busy={atlas.isPending}
          onKeyDown={zoom.onKeyDown}
          {...zoom.svgHandlers}
          view={zoom.view}
          symbols={{ highlighted, recordIndex, onShow: show, onHide: hide, onOpen: open, tapFor }}
        />
        {atlas.isError && <p className="plants-map-note" role="status">{intl.formatMessage({ id: 'plants.atlasFailed' })}</p>}
        {active && activePlant && tooltip && (
          <tooltip.PlantTooltip
            plant={activePlant}
            mark={{ ...active, ...viewPoint(zoom.view, active) }}
            sourceTitle={sourceTitle(indexById(sources), activePlant.source)}
            frame={{ width, height: frame.height + scene.keyLayout.height }}
            endYear={plantsAsOf(filters)}
            onSource={pinned === active.id ? () => open(active) : undefined}
          />
        )}
      </div>
    </>
  );
}

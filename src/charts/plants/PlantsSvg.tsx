import { useIntl } from 'react-intl';
import { memo, type ComponentProps, type Ref, type SVGProps } from 'react';
import type { Plant } from '../../data/schema';
import type { MapRegion } from '../../state/filters';
import { noTap } from '../../components/tapToPreview';
import type { Theme } from '../../theme/tokens';
import { countryPathsFor, type CountryPath } from './countryPaths';
import type { CountryOutline } from './outlines';
import { MapKey } from './MapKey';
import { regionLabel, type PlantFilters } from './model';
import { PlantSymbols } from './PlantSymbols';
import { mapFrame, plantsScene, type MapFrame, type PlantsScene } from './scene';
import { viewTransform, type MapView } from './zoom';
import { NO_HIGHLIGHT } from '../../state/highlight';

/** Country shapes; memoized so hovering a plant never re-renders ~170 paths. */
const Countries = memo(function Countries({ paths, theme }: { paths: readonly CountryPath[]; theme: Theme }) {
  return (
    <g className="plants-countries" aria-hidden="true">
      {paths.map((p) => <path key={p.key} d={p.d} fill={theme.land} stroke={theme.surface} strokeWidth={0.6} />)}
    </g>
  );
});

type SymbolHandlers = Omit<ComponentProps<typeof PlantSymbols>, 'marks' | 'labels' | 'fontSize' | 'theme' | 'zoom'>;

interface PlantsSvgProps extends Omit<SVGProps<SVGSVGElement>, 'ref'> {
  frame: MapFrame;
  scene: PlantsScene;
  countryPaths: readonly CountryPath[];
  region: MapRegion;
  theme: Theme;
  /** Ids are document-wide: each drawing on a page gets its own clip id. */
  clipId: string;
  /** The screen's zoom; symbols and labels keep their size. An image draws the whole region, unzoomed. */
  view: MapView;
  symbols: SymbolHandlers;
  ref?: Ref<SVGSVGElement>;
}

/** The map: outlines, a symbol per plant with direct labels, clipped to the map, and the key below it. */
export function PlantsSvg({ frame, scene, countryPaths, region, theme, clipId, view, symbols, className, ref, ...root }: PlantsSvgProps) {
  const { width } = frame;
  const intl = useIntl();
  const height = frame.height + scene.keyLayout.height;
  const isZoomed = view.k !== 1 || view.x !== 0 || view.y !== 0;
  return (
    <svg
      ref={ref}
      className={`chart-svg plants-svg${className ? ` ${className}` : ''}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={intl.formatMessage({ id: 'plants.mapLabel' }, { region: regionLabel(region, intl) })}
      {...root}
    >
      <defs>
        <clipPath id={clipId}>
          <rect width={width} height={frame.height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {/* Zoomed by a CSS transform on screen only: an image is drawn with the plain view. */}
        <g className="plants-zoom" data-view={`${view.k} ${view.x} ${view.y}`} style={isZoomed ? { transform: viewTransform(view) } : undefined}>
          <Countries paths={countryPaths} theme={theme} />
          <PlantSymbols marks={scene.marks} labels={scene.labels} theme={theme} fontSize={scene.fontSize} zoom={view.k} {...symbols} />
        </g>
      </g>
      <MapKey layout={scene.keyLayout} top={frame.height} width={width} fontSize={scene.fontSize} theme={theme} />
    </svg>
  );
}

const ignore = () => {};
const PLAIN_VIEW: MapView = { k: 1, x: 0, y: 0 };
const STILL: SymbolHandlers = { highlighted: NO_HIGHLIGHT, recordIndex: null, onShow: ignore, onHide: ignore, onOpen: ignore, tapFor: noTap };

/** The map for an exported image at `width` CSS px: the whole region, nothing hovered; outlines when loaded. */
export function PlantsImage({ plants, filters, region, countries, width, theme }: { plants: readonly Plant[]; filters: PlantFilters; region: MapRegion; countries: readonly CountryOutline[] | undefined; width: number; theme: Theme }) {
  const intl = useIntl();
  const frame = mapFrame(region, width);
  const countryPaths = countries ? countryPathsFor(countries, region, width, frame.projection) : [];
  return <PlantsSvg frame={frame} scene={plantsScene(plants, filters, frame, intl)} countryPaths={countryPaths} region={region} theme={theme} clipId="plants-image-clip" view={PLAIN_VIEW} symbols={STILL} />;
}

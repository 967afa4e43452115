import { useIntl } from 'react-intl';

/** Zoom in, zoom out and Reset view over the map's corner; pinch, drag and ctrl+wheel do the same on the map. */
export function MapZoomControls({ isZoomed, isMaxed, onZoomIn, onZoomOut, onReset }: {
  isZoomed: boolean;
  isMaxed: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}) {
  const intl = useIntl();
  return (
    <div className="plants-zoom-controls" role="group" aria-label={intl.formatMessage({ id: 'plants.zoom.group' })}>
      <button type="button" className="button" aria-label={intl.formatMessage({ id: 'plants.zoom.in' })} title={intl.formatMessage({ id: 'plants.zoom.inTitle' })} disabled={isMaxed} onClick={onZoomIn}>+</button>
      <button type="button" className="button" aria-label={intl.formatMessage({ id: 'plants.zoom.out' })} title={intl.formatMessage({ id: 'plants.zoom.outTitle' })} disabled={!isZoomed} onClick={onZoomOut}>−</button>
      <button type="button" className="button" title={intl.formatMessage({ id: 'plants.zoom.resetTitle' })} disabled={!isZoomed} onClick={onReset}>
        {intl.formatMessage({ id: 'plants.zoom.reset' })}
      </button>
    </div>
  );
}

/** Zoom in, zoom out and Reset view over the map's corner; pinch, drag and ctrl+wheel do the same on the map. */
export function MapZoomControls({ isZoomed, isMaxed, onZoomIn, onZoomOut, onReset }: {
  isZoomed: boolean;
  isMaxed: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}) {
  return (
    <div className="plants-zoom-controls" role="group" aria-label="Map zoom">
      <button type="button" className="button" aria-label="Zoom in" title="Zoom in (+)" disabled={isMaxed} onClick={onZoomIn}>+</button>
      <button type="button" className="button" aria-label="Zoom out" title="Zoom out (−)" disabled={!isZoomed} onClick={onZoomOut}>−</button>
      <button type="button" className="button" title="Reset view (0)" disabled={!isZoomed} onClick={onReset}>Reset view</button>
    </div>
  );
}

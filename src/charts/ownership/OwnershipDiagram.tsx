import { useCallback, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useIntl } from 'react-intl';
import type { Brand, Dataset } from '../../data/schema';
import type { RecordRef } from '../../state/sourcePanel';
import { MIN_TARGET } from '../../components/touchTarget';
import { usePinnedTooltip } from '../../components/usePinnedTooltip';
import { useTheme } from '../../theme/useTheme';
import type { Box } from '../../components/geometry';
import { layoutForWidth } from './layout';
import type { StakeChange } from './compare';
import { contentCropped, contentTop, dimmedMarks, ownershipDiagram, type DiagramNode, type Place } from './model';
import { MAX_WIDTH, OwnershipSvg } from './OwnershipSvg';
import { OwnershipTooltip, type TooltipAnchor } from './OwnershipTooltip';
import { edgeDetails, nodeDetails } from './text';
import { useElementWidth } from '../../components/useElementWidth';
import { usePageMode } from '../../components/pageModeContext';
import { NO_HIGHLIGHT, type Highlight } from '../../state/highlight';

type Hover = ({ kind: 'node'; id: string } | { kind: 'edge'; index: number }) & { anchor: TooltipAnchor };

interface DiagramProps {
  dataset: Dataset;
  year: number;
  changes: readonly StakeChange[] | null;
  /** The placement code, where the year has a company with no slot (needsPlacement). */
  place: Place | null;
  /** Brands selected in the filter, the brands highlighted in every view, and the record picked in the source panel. */
  brands: readonly Brand[];
  highlighted: Highlight;
  picked: RecordRef | null;
  onHighlight: (brands: Highlight) => void;
  onOpenSource: (sourceId: string, record: RecordRef) => void;
}

/** The network of stakes held in `year`: companies as boxes, stakes as arrows from holder to held. */
export function OwnershipDiagram({ dataset, year, changes, place, brands, highlighted, picked, onHighlight, onOpenSource }: DiagramProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const frameWidth = useElementWidth(frameRef) || null;
  const svgRef = useRef<SVGSVGElement>(null);
  const layoutName = layoutForWidth(frameWidth ?? 720);
  const intl = useIntl();
  // An embed shows one year, no stepper: it starts at its content, not at the layout's empty upper rows. Nor
  // does paper: the page's diagram keeps those rows on screen and hides them in print (ownership.css), its
  // `--print-crop` the rows' height as a share of the drawing's width, the unit a percentage margin resolves in.
  const { isEmbed } = usePageMode();
  const { diagram, printCrop } = useMemo(() => {
    const full = ownershipDiagram(dataset, year, layoutName, changes, intl, place);
    return isEmbed ? { diagram: contentCropped(full), printCrop: 0 } : { diagram: full, printCrop: contentTop(full) / full.width };
  }, [dataset, year, layoutName, changes, intl, place, isEmbed]);
  const theme = useTheme();
  const [hover, setHover] = useState<Hover | null>(null);
  const clear = useCallback(() => {
    setHover(null);
    onHighlight(NO_HIGHLIGHT);
  }, [onHighlight]);
  const { pinned, isPinned, tapHandlers } = usePinnedTooltip('.ownership-tooltip', clear);
  const hoveredNode = hover?.kind === 'node' ? hover.id : null;
  const dimmed = useMemo(() => dimmedMarks(diagram, brands, { brands: highlighted, nodeId: hoveredNode }), [diagram, brands, highlighted, hoveredNode]);
  const markerPrefix = `ownership-arrow-${useId().replace(/[^\w-]/g, '')}`;
  const details = useMemo(() => {
    if (!hover) return null;
    const stake = hover.kind === 'edge' ? dataset.ownership[hover.index] : undefined;
    return stake ? edgeDetails(dataset, stake, intl) : hover.kind === 'node' ? nodeDetails(dataset, year, hover.id, intl) : null;
  }, [hover, dataset, year, intl]);

  const anchorFor = (box: Box): TooltipAnchor => {
    const svg = svgRef.current?.getBoundingClientRect();
    const frame = frameRef.current?.getBoundingClientRect();
    const scale = svg && svg.width ? svg.width / diagram.width : 1;
    const dx = svg && frame ? svg.left - frame.left : 0;
    const dy = svg && frame ? svg.top - frame.top : 0;
    return {
      mark: { x0: dx + box.x0 * scale, y0: dy + (box.y0 - diagram.top) * scale, x1: dx + box.x1 * scale, y1: dy + (box.y1 - diagram.top) * scale },
      frame: { width: frame?.width || (frameWidth ?? 720), height: frame?.height || diagram.height - diagram.top },
    };
  };
  const enterNode = (node: DiagramNode) => {
    setHover({ kind: 'node', id: node.id, anchor: anchorFor(node.box) });
    if (node.brand) onHighlight([node.brand]);
  };
  // A tooltip a tap pinned stays for its Source button: the tap's emulated hover and focus leave at once.
  const leaveNode = (node: DiagramNode) => {
    if (isPinned()) return;
    setHover(null);
    if (node.brand) onHighlight(NO_HIGHLIGHT);
  };
  const enterEdge = (index: number, box: Box) => setHover({ kind: 'edge', index, anchor: anchorFor(box) });
  const leaveEdge = () => {
    if (!isPinned()) setHover(null);
  };
  const openEdge = (index: number) => {
    const stake = dataset.ownership[index];
    if (stake) onOpenSource(stake.source, { key: 'ownership', index });
  };
  // A company has no source of its own: its Source is that of the first stake drawn to or from it.
  const openNode = (id: string) => {
    const edge = diagram.edges.find((e) => e.holder === id || e.held === id);
    if (edge) openEdge(edge.index);
  };
  const openHovered = () => {
    if (hover?.kind === 'edge') openEdge(hover.index);
    else if (hover) openNode(hover.id);
  };
  // Invisible stroke around each stake at least 24 CSS px wide, in viewBox units at the drawn size.
  const drawnWidth = Math.min(frameWidth ?? diagram.width, MAX_WIDTH[layoutName]);
  const edgeHitWidth = (MIN_TARGET * diagram.width) / drawnWidth;
  const isEdgeActive = (index: number) =>
    (hover?.kind === 'edge' && hover.index === index) || (picked?.key === 'ownership' && picked.index === index);

  return (
    <div ref={frameRef} className="ownership-frame" style={{ '--print-crop': printCrop.toFixed(4), '--drawn-max': `${MAX_WIDTH[layoutName]}px` } as CSSProperties}>
      <OwnershipSvg
        ref={svgRef}
        dataset={dataset}
        year={year}
        diagram={diagram}
        theme={theme}
        width={{ maxWidth: MAX_WIDTH[layoutName] }}
        markerPrefix={markerPrefix}
        emphasis={{ dimmed, hoveredNode, isEdgeActive }}
        edgeHitWidth={edgeHitWidth}
        on={{ enterNode, leaveNode, openNode, enterEdge, leaveEdge, openEdge, tapFor: tapHandlers }}
      />
      {hover && details && (
        <OwnershipTooltip
          details={details}
          anchor={hover.anchor}
          tapped={pinned === null ? undefined : { mark: hover.kind === 'edge' ? 'arrow' : 'company', onSource: openHovered }}
        />
      )}
    </div>
  );
}

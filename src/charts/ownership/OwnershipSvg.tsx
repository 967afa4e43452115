import { useIntl } from 'react-intl';
import { useMemo, type Ref } from 'react';
import type { Brand, Dataset } from '../../data/schema';
import { noTap, type TapFor } from '../../components/tapToPreview';
import { useRovingStops } from '../../components/rovingMarks';
import { brandColour, type Theme } from '../../theme/tokens';
import type { StakeChange } from './compare';
import type { Box } from '../../components/geometry';
import { ARROWS, FONT, layoutForWidth, type ArrowSize } from './layout';
import { contentCropped, dimmedMarks, ownershipDiagram, type DiagramEdge, type DiagramNode, type OwnershipDiagram, type Place } from './model';
import { EdgeLabel, EdgeMark, NodeMark, markColor } from './OwnershipMarks';
import { edgeAriaLabel, nodeAriaLabel } from './text';
import { NO_HIGHLIGHT } from '../../state/highlight';

/** The widest each layout is drawn: wider, its type would outgrow the card's. */
export const MAX_WIDTH = { wide: 840, narrow: 460 } as const;

/** What the pointer and keyboard do to the marks: the screen's handlers, or none for an exported image. */
export interface OwnershipHandlers {
  enterNode: (node: DiagramNode) => void;
  leaveNode: (node: DiagramNode) => void;
  openNode: (id: string) => void;
  enterEdge: (index: number, box: Box) => void;
  leaveEdge: () => void;
  openEdge: (index: number) => void;
  tapFor: TapFor;
}

/** Which marks are dimmed (brands switched off, other brands highlighted) and which are emphasized. */
export interface OwnershipEmphasis {
  dimmed: { nodes: ReadonlySet<string>; edges: ReadonlySet<number> };
  hoveredNode: string | null;
  isEdgeActive: (index: number) => boolean;
}

interface OwnershipSvgProps {
  dataset: Dataset;
  year: number;
  diagram: OwnershipDiagram;
  theme: Theme;
  /** Drawn width in CSS px (the height follows the diagram's proportions), or at most `maxWidth` as the page's CSS lets it. */
  width: number | { maxWidth: number };
  /** Marker ids are document-wide: each drawing on a page gets its own prefix. */
  markerPrefix: string;
  emphasis: OwnershipEmphasis;
  /** Width of the invisible stroke around each stake that takes the pointer, in viewBox units. */
  edgeHitWidth: number;
  on: OwnershipHandlers;
  ref?: Ref<SVGSVGElement>;
}

/** The ownership network as SVG: group box, stakes as arrows, companies as boxes, stake labels on top. */
export function OwnershipSvg({ dataset, year, diagram, theme, width, markerPrefix, emphasis, edgeHitWidth, on, ref }: OwnershipSvgProps) {
  const intl = useIntl();
  const stops = useRovingStops();
  // A stake is drawn twice, its arrow under the companies and its label over everything: both answer alike.
  const edgeProps = (edge: DiagramEdge) => ({
    edge,
    color: markColor(edge.colorBrand, theme),
    isDimmed: emphasis.dimmed.edges.has(edge.index),
    isActive: emphasis.isEdgeActive(edge.index),
    onOpen: () => on.openEdge(edge.index),
    onEnter: () => on.enterEdge(edge.index, edge.labelBox),
    onLeave: on.leaveEdge,
    tapKey: `edge ${edge.index}`,
    tapFor: on.tapFor,
  });
  const markers = useMemo(() => [...new Set(diagram.edges.map((e) => `${e.colorBrand ?? 'other'} ${e.arrow}`))].map((key) => key.split(' ') as [Brand | 'other', ArrowSize]), [diagram]);
  // Each node's label scans every stake; computed once per diagram, not on each brand toggle or hover
  // (at 100× data this was most of a filter change's time).
  const ariaLabels = useMemo(
    () => ({
      // A gone company's name says when its stakes ended, as its box does.
      nodes: new Map(diagram.nodes.map((node) => {
        const name = nodeAriaLabel(dataset, year, node.id, intl);
        return [node.id, node.tag === null ? name : intl.formatMessage({ id: 'ownership.node.withTag' }, { name, tag: node.tag.words })];
      })),
      edges: new Map(
        diagram.edges.map((edge) => {
          const name = edgeAriaLabel(dataset, dataset.ownership[edge.index]!, intl);
          return [edge.index, edge.change && edge.change !== 'unchanged' ? intl.formatMessage({ id: 'ownership.edge.nameWithChange' }, { name, kind: edge.change, change: edge.label }) : name];
        }),
      ),
    }),
    [dataset, year, diagram, intl],
  );
  const drawnHeight = diagram.height - diagram.top;
  const drawnSize = typeof width === 'number' ? { width, height: Math.round((width * drawnHeight) / diagram.width) } : { style: width };
  return (
    <svg
      ref={ref}
      className="chart-svg ownership-svg"
      {...drawnSize}
      viewBox={`0 ${diagram.top} ${diagram.width} ${drawnHeight}`}
      role="group"
      aria-label={intl.formatMessage({ id: 'ownership.diagramLabel' }, { year })}
    >
      <defs>
        {markers.map(([color, size]) => {
          const { length, width } = ARROWS[size];
          return (
            <marker key={`${color}-${size}`} id={`${markerPrefix}-${color}-${size}`} viewBox={`0 0 ${length} ${width}`} markerWidth={length} markerHeight={width} refX={0} refY={width / 2} orient="auto" markerUnits="userSpaceOnUse">
              <path d={`M0,0L${length},${width / 2}L0,${width}z`} fill={color === 'other' ? theme.other : brandColour(theme, color)} />
            </marker>
          );
        })}
      </defs>
      {diagram.group && (
        <g className="ownership-group" aria-hidden="true">
          <rect x={diagram.group.box.x0} y={diagram.group.box.y0} width={diagram.group.box.x1 - diagram.group.box.x0} height={diagram.group.box.y1 - diagram.group.box.y0} rx={12} fill={theme.grid} fillOpacity={0.35} stroke={theme.border} strokeDasharray="4 3" />
          <text x={diagram.group.caption.x} y={diagram.group.caption.y} fontSize={FONT.group} fontWeight={600} fill={theme.muted}>{intl.formatMessage({ id: 'ownership.groupCaption' })}</text>
        </g>
      )}
      {diagram.edges.map((edge) => (
        <EdgeMark
          key={edge.index}
          {...edgeProps(edge)}
          markerId={`${markerPrefix}-${edge.colorBrand ?? 'other'}-${edge.arrow}`}
          ariaLabel={ariaLabels.edges.get(edge.index) ?? ''}
          focusColor={theme.focus}
          hitWidth={edgeHitWidth}
          stop={stops(`edge ${edge.index}`)}
        />
      ))}
      {diagram.nodes.map((node) => (
        <NodeMark
          key={node.id}
          node={node}
          ariaLabel={ariaLabels.nodes.get(node.id) ?? ''}
          theme={theme}
          isDimmed={emphasis.dimmed.nodes.has(node.id)}
          isActive={emphasis.hoveredNode === node.id}
          stop={stops(`node ${node.id}`)}
          onEnter={() => on.enterNode(node)}
          onLeave={() => on.leaveNode(node)}
          onOpen={() => on.openNode(node.id)}
          tapKey={`node ${node.id}`}
          tapFor={on.tapFor}
        />
      ))}
      {diagram.edges.filter((edge) => edge.isLabelDrawn).map((edge) => (
        <EdgeLabel key={edge.index} {...edgeProps(edge)} muted={theme.muted} halo={theme.surface} />
      ))}
    </svg>
  );
}

const ignore = () => {};
const STILL: OwnershipHandlers = {
  enterNode: ignore, leaveNode: ignore, openNode: ignore, enterEdge: ignore, leaveEdge: ignore, openEdge: ignore,
  tapFor: noTap,
};

/**
 * The diagram for an exported image at `width` CSS px: laid out for that width, in the language of the
 * IntlProvider it is rendered in (imageDrawing's), brands switched off dimmed, nothing hovered.
 */
export function OwnershipImage({ dataset, year, changes, place, brands, width, theme }: { dataset: Dataset; year: number; changes: readonly StakeChange[] | null; place: Place | null; brands: readonly Brand[]; width: number; theme: Theme }) {
  const intl = useIntl();
  const layoutName = layoutForWidth(width);
  const diagram = contentCropped(ownershipDiagram(dataset, year, layoutName, changes, intl, place));
  const emphasis = { dimmed: dimmedMarks(diagram, brands, { brands: NO_HIGHLIGHT, nodeId: null }), hoveredNode: null, isEdgeActive: () => false };
  return <OwnershipSvg dataset={dataset} year={year} diagram={diagram} theme={theme} width={Math.min(width, MAX_WIDTH[layoutName])} markerPrefix="ownership-arrow" emphasis={emphasis} edgeHitWidth={0} on={STILL} />;
}

import { brandColour } from '../../theme/tokens';
import { useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Brand, Dataset } from '../../data/schema';
import { useFilters } from '../../state/filters';
import { useSourcePanel } from '../../state/sourcePanel';
import { useTheme } from '../../theme/useTheme';
import { ARROWS, FONT, layoutForWidth, type ArrowSize, type Box } from './layout';
import type { StakeChange } from './compare';
import { GROUP_CAPTION, dimmedMarks, ownershipDiagram, type DiagramNode } from './model';
import { EdgeLabel, EdgeMark, NodeMark, markColor } from './OwnershipMarks';
import { OwnershipTooltip, type TooltipAnchor } from './OwnershipTooltip';
import { edgeAriaLabel, edgeDetails, nodeAriaLabel, nodeDetails } from './text';
import { useElementWidth } from '../../components/useElementWidth';

type Hover = ({ kind: 'node'; id: string } | { kind: 'edge'; index: number }) & { anchor: TooltipAnchor };

const MAX_WIDTH = { wide: 840, narrow: 460 } as const;

/** The network of stakes held in `year`: companies as boxes, stakes as arrows from holder to held. */
export function OwnershipDiagram({ dataset, year, changes }: { dataset: Dataset; year: number; changes: readonly StakeChange[] | null }) {
  const frameRef = useRef<HTMLDivElement>(null);
  const frameWidth = useElementWidth(frameRef) || null;
  const svgRef = useRef<SVGSVGElement>(null);
  const layoutName = layoutForWidth(frameWidth ?? 720);
  const diagram = useMemo(() => ownershipDiagram(dataset, year, layoutName, changes), [dataset, year, layoutName, changes]);
  const { brands, highlighted, setHighlightedBrand } = useFilters(
    useShallow((s) => ({ brands: s.brands, highlighted: s.highlightedBrand, setHighlightedBrand: s.setHighlightedBrand })),
  );
  const theme = useTheme();
  // The record picked in the source panel's list, shown here with the same halo as a hovered edge.
  const picked = useSourcePanel((s) => s.highlightedRecord);
  const [hover, setHover] = useState<Hover | null>(null);
  const hoveredNode = hover?.kind === 'node' ? hover.id : null;
  const dimmed = useMemo(() => dimmedMarks(diagram, brands, { brand: highlighted, nodeId: hoveredNode }), [diagram, brands, highlighted, hoveredNode]);
  const markerPrefix = `ownership-arrow-${useId().replace(/[^\w-]/g, '')}`;
  const markers = useMemo(() => [...new Set(diagram.edges.map((e) => `${e.colorBrand ?? 'other'} ${e.arrow}`))].map((key) => key.split(' ') as [Brand | 'other', ArrowSize]), [diagram]);
  // Each node's label scans every stake; computed once per diagram, not on each brand toggle or hover
  // (at 100× data this was most of a filter change's time).
  const ariaLabels = useMemo(
    () => ({
      nodes: new Map(diagram.nodes.map((node) => [node.id, nodeAriaLabel(dataset, year, node.id)])),
      edges: new Map(
        diagram.edges.map((edge) => {
          const label = edgeAriaLabel(dataset, dataset.ownership[edge.index]!);
          return [edge.index, edge.change && edge.change !== 'unchanged' ? `${label}: ${edge.change === 'ended' ? edge.label : `${edge.change}, ${edge.label}`}` : label];
        }),
      ),
    }),
    [dataset, year, diagram],
  );
  const details = useMemo(() => {
    if (!hover) return null;
    const stake = hover.kind === 'edge' ? dataset.ownership[hover.index] : undefined;
    return stake ? edgeDetails(dataset, stake) : hover.kind === 'node' ? nodeDetails(dataset, year, hover.id) : null;
  }, [hover, dataset, year]);

  const anchorFor = (box: Box): TooltipAnchor => {
    const svg = svgRef.current?.getBoundingClientRect();
    const frame = frameRef.current?.getBoundingClientRect();
    const scale = svg && svg.width ? svg.width / diagram.width : 1;
    const dx = svg && frame ? svg.left - frame.left : 0;
    const dy = svg && frame ? svg.top - frame.top : 0;
    return {
      mark: { x0: dx + box.x0 * scale, y0: dy + box.y0 * scale, x1: dx + box.x1 * scale, y1: dy + box.y1 * scale },
      frame: { width: frame?.width || (frameWidth ?? 720), height: frame?.height || diagram.height },
    };
  };
  const enterNode = (node: DiagramNode) => {
    setHover({ kind: 'node', id: node.id, anchor: anchorFor(node.box) });
    if (node.brand) setHighlightedBrand(node.brand);
  };
  const leaveNode = (node: DiagramNode) => {
    setHover(null);
    if (node.brand) setHighlightedBrand(null);
  };
  const isEdgeActive = (index: number) =>
    (hover?.kind === 'edge' && hover.index === index) || (picked?.key === 'ownership' && picked.index === index);

  return (
    <div ref={frameRef} className="ownership-frame">
      <svg
        ref={svgRef}
        className="chart-svg ownership-svg"
        viewBox={`0 0 ${diagram.width} ${diagram.height}`}
        style={{ maxWidth: MAX_WIDTH[layoutName] }}
        role="group"
        aria-label={`Ownership diagram as of ${year}: arrows point from holder to held`}
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
            <text x={diagram.group.caption.x} y={diagram.group.caption.y} style={{ fontSize: FONT.group, fontWeight: 600, fill: theme.muted }}>{GROUP_CAPTION}</text>
          </g>
        )}
        {diagram.edges.map((edge) => (
          <EdgeMark
            key={edge.index}
            edge={edge}
            color={markColor(edge.colorBrand, theme)}
            markerId={`${markerPrefix}-${edge.colorBrand ?? 'other'}-${edge.arrow}`}
            ariaLabel={ariaLabels.edges.get(edge.index) ?? ''}
            isDimmed={dimmed.edges.has(edge.index)}
            isActive={isEdgeActive(edge.index)}
            focusColor={theme.focus}
            onOpen={() => useSourcePanel.getState().openSource(dataset.ownership[edge.index]!.source, { key: 'ownership', index: edge.index })}
            onEnter={() => setHover({ kind: 'edge', index: edge.index, anchor: anchorFor(edge.labelBox) })}
            onLeave={() => setHover(null)}
          />
        ))}
        {diagram.nodes.map((node) => (
          <NodeMark
            key={node.id}
            node={node}
            ariaLabel={ariaLabels.nodes.get(node.id) ?? ''}
            theme={theme}
            isDimmed={dimmed.nodes.has(node.id)}
            isActive={hoveredNode === node.id}
            onEnter={() => enterNode(node)}
            onLeave={() => leaveNode(node)}
          />
        ))}
        {diagram.edges.map((edge) => (
          <EdgeLabel
            key={edge.index}
            edge={edge}
            color={markColor(edge.colorBrand, theme)}
            halo={theme.surface}
            isDimmed={dimmed.edges.has(edge.index)}
            isActive={isEdgeActive(edge.index)}
            onEnter={() => setHover({ kind: 'edge', index: edge.index, anchor: anchorFor(edge.labelBox) })}
            onLeave={() => setHover(null)}
          />
        ))}
      </svg>
      {hover && details && <OwnershipTooltip details={details} anchor={hover.anchor} />}
    </div>
  );
}

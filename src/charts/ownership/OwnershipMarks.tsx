import { onActivateKey } from '../../components/onActivateKey';
import { brandColour, type Theme } from '../../theme/tokens';
import { FONT, lineBaselines } from './layout';
import type { DiagramEdge, DiagramNode } from './model';
import { hoverOrFocus } from '../../components/hoverOrFocus';
import type { TapFor } from '../../components/tapToPreview';
import type { RovingStop } from '../../components/rovingMarks';

/** The dashes of a stake's line by kind, drawn alike in the diagram and its legend. */
export const STAKE_DASHES = { ended: '2 5', planned: '3 3', nonVoting: '7 4' } as const;

const DIMMED = 0.22;
/** In a comparison: ended stakes and companies gone by the later year are ghosts; unchanged stakes recede. */
const GHOST = 0.42;
const QUIET = 0.6;
/** A planned stake's line: faint, as planned plant capacities are. */
const PLANNED_OPACITY = 0.5;

/** The opacity of a mark: dimmed by the filter or a highlight, else by its part in a comparison. */
function markOpacity(isDimmed: boolean, change: DiagramEdge['change']): number {
  if (isDimmed) return DIMMED;
  return change === 'ended' ? GHOST : change === 'unchanged' ? QUIET : 1;
}

/** Colour of a company and of the stakes it holds: its brand's, else the colour for other companies. */
export const markColor = (brand: DiagramNode['brand'], theme: Theme) => (brand ? brandColour(theme, brand) : theme.other);

interface MarkHandlers {
  onEnter: () => void;
  onLeave: () => void;
  /** Opens the mark's source: click, Enter, or a second tap (the first shows the tooltip). */
  onOpen: () => void;
  tapKey: string;
  tapFor: TapFor;
}

interface EdgeProps extends MarkHandlers {
  edge: DiagramEdge;
  color: string;
  markerId: string;
  ariaLabel: string;
  isDimmed: boolean;
  isActive: boolean;
  focusColor: string;
  /** Width of the invisible stroke that takes pointer and touch input, in viewBox units (≥ 24 CSS px). */
  hitWidth: number;
  /** Its tab stop in the chart's roving group. */
  stop: RovingStop;
}

/** One stake: an arrow from holder to held, focusable; Enter or click opens its source. */
export function EdgeMark({ edge, color, markerId, ariaLabel, isDimmed, isActive, focusColor, hitWidth, stop, onOpen, onEnter, onLeave, tapKey, tapFor }: EdgeProps) {
  const onKeyDown = onActivateKey(onOpen);
  return (
    <g className="ownership-enter">
      <g
        className="ownership-edge"
        {...stop}
        role="button"
        aria-label={ariaLabel}
        data-change={edge.change ?? undefined}
        opacity={markOpacity(isDimmed, edge.change)}
        onKeyDown={onKeyDown}
        {...hoverOrFocus(onEnter, onLeave)}
        {...tapFor(tapKey, onEnter, onOpen)}
      >
        {isActive && <path d={edge.path} fill="none" stroke={focusColor} strokeOpacity={0.35} strokeWidth={edge.strokeWidth + 6} strokeLinecap="round" />}
        <path className="ownership-edge-hit" d={edge.path} fill="none" stroke="transparent" strokeWidth={hitWidth} />
        <path
          className="ownership-edge-line"
          d={edge.path}
          fill="none"
          stroke={color}
          // A style, not an attribute, so a stake growing or shrinking between years transitions (ownership.css).
          style={{ strokeWidth: edge.strokeWidth }}
          strokeOpacity={edge.isPlanned ? PLANNED_OPACITY : undefined}
          strokeDasharray={edge.change === 'ended' ? STAKE_DASHES.ended : edge.isPlanned ? STAKE_DASHES.planned : edge.isNonVoting ? STAKE_DASHES.nonVoting : undefined}
          markerEnd={`url(#${markerId})`}
        />
      </g>
    </g>
  );
}

/**
 * An edge's label, drawn above every line on a plate of the surface colour so lines never cut it. In a comparison
 * its leader recedes with its line, but its words stay readable (AA contrast), as a gone company's do: an ended
 * stake's in the muted colour, an unchanged one's lighter in weight. Faded with the line, "ended c. 2012" in
 * Renault's orange at 42% read at 1.8:1 (a UX review); a plate faded with them let a line show through (₩170B).
 */
export function EdgeLabel({ edge, color, muted, halo, isDimmed, isActive, ...handlers }: { edge: DiagramEdge; color: string; muted: string; halo: string; isDimmed: boolean; isActive: boolean } & MarkHandlers) {
  const { labelBox: box } = edge;
  const opacity = markOpacity(isDimmed, edge.change);
  const weight = isActive || edge.change === 'changed' || edge.change === 'new' ? 800 : edge.change === 'unchanged' ? 500 : 700;
  return (
    <g
      className={`ownership-enter ownership-edge-label${edge.change ? ` is-${edge.change}` : ''}`}
      aria-hidden="true"
      onMouseEnter={handlers.onEnter}
      onMouseLeave={handlers.onLeave}
      {...handlers.tapFor(handlers.tapKey, handlers.onEnter, handlers.onOpen)}
    >
      {edge.leader && (
        <line
          className="ownership-label-leader"
          x1={edge.leader.x}
          y1={edge.leader.y}
          x2={Math.min(box.x1, Math.max(box.x0, edge.leader.x))}
          y2={Math.min(box.y1, Math.max(box.y0, edge.leader.y))}
          stroke={color}
          strokeWidth={1}
          strokeDasharray="2 2"
          opacity={opacity}
        />
      )}
      {/* Dimmed behind a highlighted stake, the plate fades too: it would hide that stake's line where it passes under. */}
      <rect x={box.x0} y={box.y0} width={box.x1 - box.x0} height={box.y1 - box.y0} rx={3} fill={halo} fillOpacity={0.92} opacity={isDimmed ? DIMMED : undefined} />
      <text
        x={edge.mid.x}
        y={edge.mid.y + FONT.label * 0.36}
        textAnchor="middle"
        fontSize={FONT.label}
        fontWeight={weight}
        fill={edge.change === 'ended' && !isDimmed ? muted : color}
        opacity={isDimmed ? DIMMED : undefined}
      >
        {edge.drawnLabel}
      </text>
    </g>
  );
}

interface NodeProps extends MarkHandlers {
  node: DiagramNode;
  ariaLabel: string;
  theme: Theme;
  isDimmed: boolean;
  isActive: boolean;
  /** Its tab stop in the chart's roving group. */
  stop: RovingStop;
}

/** One company: a labelled box, tinted and bold for Alliance members, focusable for its tooltip. */
export function NodeMark({ node, ariaLabel, theme, isDimmed, isActive, stop, onEnter, onLeave, onOpen, tapKey, tapFor }: NodeProps) {
  const { box, lines } = node;
  const isMember = node.kind === 'member';
  const color = markColor(node.brand, theme);
  const size = isMember ? FONT.member : FONT.node;
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  return (
    <g className="ownership-enter">
      <g
        className="ownership-node"
        {...stop}
        role="img"
        aria-label={ariaLabel}
        opacity={markOpacity(isDimmed, null)}
        {...hoverOrFocus(onEnter, onLeave)}
        {...tapFor(tapKey, onEnter, onOpen)}
      >
        {isActive && <rect x={box.x0 - 4} y={box.y0 - 4} width={width + 8} height={height + 8} rx={8} fill="none" stroke={theme.focus} strokeWidth={2} />}
        <rect x={box.x0} y={box.y0} width={width} height={height} rx={5} fill={theme.surface} />
        <rect
          x={box.x0}
          y={box.y0}
          width={width}
          height={height}
          rx={5}
          fill={color}
          fillOpacity={isMember ? 0.16 : 0.06}
          stroke={color}
          strokeWidth={isMember ? 2 : 1.25}
          strokeDasharray={node.isGone ? '4 3' : undefined}
          // A company gone by the later year is a ghost of a box; its words stay readable (muted, AA contrast) rather than faded with it.
          opacity={node.isGone && !isDimmed ? GHOST : undefined}
        />
        {lineBaselines(box, lines.length, size).map((y, i) => (
          <text
            key={i}
            x={node.center.x}
            y={y}
            textAnchor="middle"
            // A gone company's tag ("ended 2022") in a lighter weight than its name, so it does not read as part of it.
            style={{ fontSize: size, fontWeight: node.tag !== null && i === lines.length - 1 ? 400 : isMember ? 700 : 500, fill: node.isGone ? theme.muted : theme.text }}
          >
            {lines[i]}
          </text>
        ))}
      </g>
    </g>
  );
}

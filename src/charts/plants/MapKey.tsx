import { useIntl } from 'react-intl';
import type { Theme } from '../../theme/tokens';
import { formatKeyValue, type KeyItem, type MapKeyLayout } from './layout';
import { PLANNED_FILL_OPACITY } from './paint';

const R = 5;

/** The small symbol of a key entry, centred at (x, y), in neutral colours. */
function KeySwatch({ item, theme }: { item: KeyItem; theme: Theme }) {
  const { x, y } = item;
  const solid = { fill: theme.muted, stroke: theme.surface, strokeWidth: 1 };
  switch (item.symbol) {
    case 'engines':
      return <rect x={x - 4.5} y={y - 4.5} width={9} height={9} {...solid} />;
    case 'batteries':
      return <path d={`M${x},${y - 6}L${x + 6},${y}L${x},${y + 6}L${x - 6},${y}Z`} {...solid} />;
    case 'planned':
      return <circle cx={x} cy={y} r={R} fill={theme.muted} fillOpacity={PLANNED_FILL_OPACITY} stroke={theme.muted} strokeWidth={2} />;
    case 'not-yet':
      return <circle cx={x} cy={y} r={R} fill="none" stroke={theme.muted} strokeWidth={1.6} strokeDasharray="3 2" />;
    case 'ring':
      // A disc with a ring of its own around it, as a shared plant is drawn, reaching no farther than the dashed ring's.
      return (
        <>
          <circle cx={x} cy={y} r={R - 1.5} fill={theme.muted} />
          <circle cx={x} cy={y} r={R + 1} fill="none" stroke={theme.text} strokeWidth={1.5} />
        </>
      );
    case 'new':
      // Its ring ends 7.25 px from its centre (the other symbols 5.5), clear of its words, which start at 10: at 8.25 it touched them.
      return (
        <>
          <circle cx={x} cy={y} r={R - 2} fill={theme.muted} />
          <circle cx={x} cy={y} r={R + 1.5} fill="none" stroke={theme.text} strokeWidth={1.5} strokeDasharray="3 2" />
        </>
      );
    case 'faded':
      return <circle cx={x} cy={y} r={R} fill={theme.muted} opacity={0.2} />;
    default:
      return <circle cx={x} cy={y} r={R} {...solid} />;
  }
}

interface MapKeyProps {
  layout: MapKeyLayout;
  /** Top of the key in the chart's coordinates. */
  top: number;
  width: number;
  fontSize: number;
  theme: Theme;
}

/** The key under the map: reference circles for size and one entry per symbol style in use. */
export function MapKey({ layout, top, width, fontSize, theme }: MapKeyProps) {
  const text = { style: { fontSize, fill: theme.muted } };
  const intl = useIntl();
  return (
    <g className="plants-key" transform={`translate(0 ${top})`}>
      <line x1={0} x2={width} y1={0.5} y2={0.5} stroke={theme.grid} />
      <text x={layout.title.x} y={layout.title.y} {...text} fontWeight={600}>{layout.title.text}</text>
      {layout.circles.map((c) => (
        <g key={c.value}>
          <circle cx={c.cx} cy={c.cy} r={c.r} fill="none" stroke={theme.muted} strokeWidth={1} />
          <line x1={c.cx} x2={c.labelX - 3} y1={c.cy - c.r} y2={c.labelY - fontSize * 0.35} stroke={theme.muted} strokeWidth={0.75} strokeDasharray="2 2" />
          <text x={c.labelX} y={c.labelY} {...text}>{formatKeyValue(c.value, intl)}</text>
        </g>
      ))}
      {layout.items.map((item) => (
        <g key={item.symbol}>
          <KeySwatch item={item} theme={theme} />
          <text x={item.labelX} y={item.y + fontSize * 0.35} {...text}>
            {item.lines.map((line, i) => <tspan key={i} x={item.labelX} dy={i === 0 ? 0 : layout.lineHeight}>{line}</tspan>)}
          </text>
        </g>
      ))}
    </g>
  );
}

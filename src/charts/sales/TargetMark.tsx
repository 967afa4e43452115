import type { Theme } from '../../theme/tokens';
import type { targetLineSpan } from './frame';

interface TargetMarkProps {
  span: ReturnType<typeof targetLineSpan>;
  y: number;
  text: string;
  fontSize: number;
  theme: Theme;
}

/**
 * The target's dashed line and its label, as the Recharts chart and the static SVG both draw it, so the takeover
 * after mount moves nothing. The label's halo (a stroke in the surface colour) keeps it legible over bars.
 */
export function TargetMark({ span, y, text, fontSize, theme }: TargetMarkProps) {
  return (
    <>
      <line className="sales-target-line" x1={span.x1} x2={span.x2} y1={y} y2={y} stroke={theme.alliance} strokeWidth={1.5} strokeDasharray="6 4" />
      <text className="sales-target-label" x={span.labelX} y={y + 15} textAnchor={span.anchor} fontSize={fontSize} fill={theme.text} fontStyle="italic" stroke={theme.surface} strokeWidth={3} strokeLinejoin="round" paintOrder="stroke">
        {text}
      </text>
    </>
  );
}

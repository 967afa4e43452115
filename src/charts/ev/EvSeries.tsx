import { useIntl, type IntlShape } from 'react-intl';
import { brandColour } from '../../theme/tokens';
import { useState } from 'react';
import { onActivateKey } from '../../components/onActivateKey';
import { useRovingStops } from '../../components/rovingMarks';
import { hitRadius } from '../../components/touchTarget';
import type { Brand } from '../../data/schema';
import type { EvActive, EvMarkLayerProps } from './EvTooltip';
import type { EvLayout, PlacedDot, PlacedLine } from './layout';
import { hoverOrFocus } from '../../components/hoverOrFocus';
import { EV_LABEL_SIZE, halo } from './halo';
import { formatsOf } from '../../i18n/format';
import { highlightOf, isDimmedBy, NO_HIGHLIGHT } from '../../state/highlight';

interface EvSeriesProps extends EvMarkLayerProps {
  layout: EvLayout;
}

const DIM = 0.25;

/** "Alliance: 500,000 sold, Oct 2017": what a dot says to a screen reader. */
function dotLabel({ line }: PlacedLine, { point }: PlacedDot, intl: IntlShape): string {
  const f = formatsOf(intl);
  return intl.formatMessage({ id: 'ev.dot.name' }, {
    series: line.label,
    qualifier: point.qualifier ?? 'none',
    units: f.exactInText(point.units),
    measure: point.measure,
    month: f.monthShort(point.month),
    disputed: point.disputes.length ? 'yes' : 'no',
  });
}

/** A dot's radius: totals a little larger. */
const dotRadius = (line: PlacedLine['line']) => (line.isTotal ? 4 : 3.5);

/**
 * The step lines, milestone dots and direct labels. Every line and its invisible 24 px touch targets are
 * drawn before any visible dot, so a dot is never under a neighbour's touch target.
 */
export function EvSeries({ layout, theme, highlighted, active, picked, onShow, onHide, onHighlight, onOpen, tapFor }: EvSeriesProps) {
  const intl = useIntl();
  const stops = useRovingStops();
  const colourOf = (brand: Brand | null) => (brand ? brandColour(theme, brand) : theme.alliance);
  const opacityOf = (brand: Brand | null) => (isDimmedBy(highlighted, brand) ? DIM : 1);
  const [hoveredKey, setHoveredKey] = useState<string | null>(null);
  const activeKey = active?.kind === 'point' ? active.line.key : hoveredKey;
  // Models first, totals on top.
  const ordered = [...layout.lines].sort((a, b) => Number(a.line.isTotal) - Number(b.line.isTotal));
  const byKey = new Map(layout.lines.map((p) => [p.line.key, p.line]));
  const openRecord = (point: PlacedDot['point']) => onOpen(point.source, { key: 'evMilestones', index: point.index });

  return (
    <>
      {ordered.map((placed) => {
        const { line, path, gapPath, dots } = placed;
        const colour = colourOf(line.brand);
        const strokeWidth = (line.isTotal ? 2.5 : 1.6) + (activeKey === line.key ? 1 : 0);
        return (
          <g
            key={line.key}
            className="ev-series"
            data-series={line.key}
            data-brand={line.brand ?? 'Alliance'}
            opacity={opacityOf(line.brand)}
            onMouseOver={() => {
              setHoveredKey(line.key);
              onHighlight(highlightOf(line.brand));
            }}
            onMouseLeave={() => {
              setHoveredKey(null);
              onHighlight(NO_HIGHLIGHT);
            }}
          >
            {path && <path d={path} className="ev-hit" fill="none" stroke="transparent" strokeWidth={12} />}
            {gapPath && (
              <path d={gapPath} fill="none" stroke={colour} strokeWidth={strokeWidth - 0.6} strokeDasharray="1 4" strokeLinecap="round" />
            )}
            {path && (
              <path d={path} fill="none" stroke={colour} strokeWidth={strokeWidth} strokeLinejoin="round" strokeLinecap="round" />
            )}
            {dots.map((dot) => {
              const target: EvActive = { kind: 'point', line, point: dot.point, x: dot.x, y: dot.y };
              return (
                <circle
                  key={dot.point.index}
                  className="ev-dot-hit"
                  cx={dot.x}
                  cy={dot.y}
                  r={hitRadius(dotRadius(line))}
                  fill="transparent"
                  aria-hidden="true"
                  {...hoverOrFocus(() => onShow(target), onHide)}
                  {...tapFor(`point ${dot.point.index}`, () => onShow(target), () => openRecord(dot.point))}
                />
              );
            })}
          </g>
        );
      })}
      {ordered.map((placed) => {
        const { line, dots } = placed;
        const colour = colourOf(line.brand);
        const isProduction = line.measure === 'production';
        return (
          <g key={line.key} className="ev-series-dots" data-dots={line.key} opacity={opacityOf(line.brand)}>
            {dots.map((dot) => {
              const isActive = active?.kind === 'point' && active.point.index === dot.point.index;
              const isPicked = picked?.key === 'evMilestones' && picked.index === dot.point.index;
              const r = dotRadius(line);
              const target: EvActive = { kind: 'point', line, point: dot.point, x: dot.x, y: dot.y };
              return (
                <g key={dot.point.index}>
                  {(isActive || isPicked) && (
                    <circle cx={dot.x} cy={dot.y} r={r + 3.5} fill="none" stroke={isPicked ? theme.focus : colour} strokeWidth={2} />
                  )}
                  <circle
                    className="ev-dot"
                    cx={dot.x}
                    cy={dot.y}
                    r={r}
                    fill={isProduction ? theme.surface : colour}
                    stroke={isProduction ? colour : theme.surface}
                    strokeWidth={isProduction ? 2 : 1.2}
                    {...stops(`point ${dot.point.index}`)}
                    role="button"
                    aria-label={dotLabel(placed, dot, intl)}
                    {...hoverOrFocus(() => onShow(target), onHide)}
                    {...tapFor(`point ${dot.point.index}`, () => onShow(target), () => openRecord(dot.point))}
                    onKeyDown={onActivateKey(() => openRecord(dot.point))}
                  />
                </g>
              );
            })}
          </g>
        );
      })}
      <g className="ev-labels" aria-hidden="true">
        {layout.labels.map((label) => {
          const line = byKey.get(label.key);
          if (!line) return null;
          const colour = colourOf(line.brand);
          return (
            <g key={label.key} opacity={opacityOf(line.brand)}>
              {label.leader && <path className="ev-label-leader" d={label.leader} fill="none" stroke={colour} strokeWidth={1} strokeOpacity={0.6} strokeDasharray="1 2" />}
              <text
                x={label.x}
                y={label.y}
                dy="0.32em"
                textAnchor={label.anchor}
                fill={colour}
                fontSize={EV_LABEL_SIZE}
                fontWeight={line.isTotal ? 700 : 500}
                {...halo(theme)}
                className={line.isTotal ? 'ev-label ev-label-total' : 'ev-label'}
              >
                {label.text}
              </text>
            </g>
          );
        })}
      </g>
    </>
  );
}

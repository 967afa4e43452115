import { onActivateKey } from '../../components/onActivateKey';
import { useRovingStops } from '../../components/rovingMarks';
import { hoverOrFocus } from '../../components/hoverOrFocus';
import { MIN_TARGET } from '../../components/touchTarget';
import type { EvActive, EvMarkLayerProps } from './EvTooltip';
import { targetLabelBox, type PlacedTarget } from './targetLayout';
import type { Box } from '../../components/geometry';
import type { Theme } from '../../theme/tokens';
import { useIntl } from 'react-intl';
import { targetName } from './targets';
import { EV_LABEL_SIZE, halo } from './halo';

interface EvTargetsProps extends Omit<EvMarkLayerProps, 'highlighted' | 'onHighlight'> {
  targets: readonly PlacedTarget[];
}

const SIZE = 6;
const diamond = (x: number, y: number, r: number) => `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`;

/**
 * Targets of cumulative EV sales: a dashed line at the amount from when the target was set (none where
 * the source gives no year), ending in a
 * hollow diamond at the end of its year, labelled as a target with its verdict. A plan, so never a filled
 * mark like the milestones it is compared with. Keyboard, hover and touch as every other mark.
 * Every line is drawn before every diamond and label: one target's line can run under another's label
 * (on a narrow chart the 2020 line crossed "2016: missed"), whose plate then keeps it out of the text. So the
 * line is no hover target of its own: the diamond, its 24 px circle and the label are.
 */
export function EvTargets({ targets, theme, active, picked, onShow, onHide, onOpen, tapFor }: EvTargetsProps) {
  const intl = useIntl();
  const stops = useRovingStops();
  const openRecord = ({ target }: PlacedTarget) => onOpen(target.source, { key: 'targets', index: target.index });
  return (
    <g className="ev-targets">
      <g aria-hidden="true">
        {targets.map(({ target, x, y, lineX1 }) =>
          lineX1 === null ? null : (
            <line key={target.key} className="ev-target-line" x1={lineX1} x2={x} y1={y} y2={y} stroke={theme.alliance} strokeWidth={1.5} strokeDasharray="6 4" strokeOpacity={0.8} />
          ),
        )}
        {/*
          Each label on a plate, not only a halo: a year's rule crossing it showed between its glyphs ("1.5" in
          "2020 target: 1.5 million"). Under every diamond, which a plate's margin could otherwise clip.
        */}
        {targets.map((placed) => (placed.labelShown ? <Plate key={placed.target.key} box={targetLabelBox(placed)} theme={theme} /> : null))}
      </g>
      {targets.map((placed) => {
        const { target, x, y, text, labelX, labelY, labelShown } = placed;
        const isActive = (active?.kind === 'target' && active.target.key === target.key) || (picked?.key === 'targets' && picked.index === target.index);
        const shown: EvActive = { kind: 'target', target, x, y };
        return (
          <g
            key={target.key}
            className="ev-target"
            data-target={target.year}
            {...stops(`target ${target.key}`)}
            role="button"
            aria-label={targetName(target, intl)}
            {...hoverOrFocus(() => onShow(shown), onHide)}
            {...tapFor(`target ${target.key}`, () => onShow(shown), () => openRecord(placed))}
            onKeyDown={onActivateKey(() => openRecord(placed))}
          >
            <circle cx={x} cy={y} r={MIN_TARGET / 2} fill="transparent" />
            <path className="ev-target-mark" d={diamond(x, y, isActive ? SIZE + 2 : SIZE)} fill={theme.surface} stroke={theme.alliance} strokeWidth={2} />
            {labelShown && (
              <text className="ev-target-label" x={labelX} y={labelY} textAnchor="end" fill={theme.alliance} fontSize={EV_LABEL_SIZE} fontWeight={600} {...halo(theme)}>
                {text}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** The card's colour under a label's box, 2 px wider each side. */
function Plate({ box, theme }: { box: Box; theme: Theme }) {
  return <rect className="ev-target-plate" x={box.x0 - 2} y={box.y0 - 1} width={box.x1 - box.x0 + 4} height={box.y1 - box.y0 + 2} rx={2} fill={theme.surface} />;
}

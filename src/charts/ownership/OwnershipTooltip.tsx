import { useLayoutEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { TapSourceButton, type TappedMark } from '../../components/TapSourceButton';
import type { Box } from '../../components/geometry';
import { tooltipPlacement } from '../../components/tooltipPlacement';
import { joinList } from '../../i18n/joinList';
import type { MarkDetails } from './text';

/** The hovered mark's box and the frame's size, in pixels within the frame. */
export interface TooltipAnchor {
  mark: Box;
  frame: { width: number; height: number };
}

const WIDTH = 300;

/** The hover / focus card: the mark's stakes, notes, and a closing "Source:" line. */
export function OwnershipTooltip({ details, anchor, tapped }: {
  details: MarkDetails;
  anchor: TooltipAnchor;
  /** Set when a tap showed the tooltip: what was tapped ("arrow", "company") and its Source button's action. */
  tapped?: { mark: TappedMark; onSource: () => void };
}) {
  const ref = useRef<HTMLDivElement>(null);
  const intl = useIntl();
  const [height, setHeight] = useState(0);
  const width = Math.min(WIDTH, anchor.frame.width);
  // Measured before paint, then placed where the whole card fits.
  useLayoutEffect(() => setHeight(ref.current?.offsetHeight ?? 0), [details, tapped]);
  const at = tooltipPlacement(anchor.mark, { width, height }, anchor.frame);
  return (
    <div ref={ref} className={`ownership-tooltip${tapped ? ' is-tapped' : ''}`} role="tooltip" style={{ left: at.x, top: at.y, width }}>
      <p className="ownership-tooltip-title">{details.title}</p>
      <p className="ownership-tooltip-sub">{details.subtitle}</p>
      {details.sections.map((section, i) => (
        <section key={i}>
          {section.heading && <p className="ownership-tooltip-heading">{section.heading}</p>}
          <ul>
            {section.items.map((item, j) => (
              <li key={j}>
                {item.text}
                {item.note && <span className="ownership-tooltip-note">{item.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="ownership-tooltip-source">{intl.formatMessage({ id: 'ownership.tooltip.source' }, { sources: joinList(details.sources, intl) })}</p>
      {tapped && <TapSourceButton mark={tapped.mark} onSource={tapped.onSource} />}
    </div>
  );
}

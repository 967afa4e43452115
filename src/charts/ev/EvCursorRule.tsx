import { useIntl } from 'react-intl';
import type { Brand } from '../../data/schema';
import { brandColour, type Theme } from '../../theme/tokens';
import type { EvLayout } from './layout';
import { TAG_HEIGHT, type PlacedCursor } from './cursorLayout';
import type { EvLine } from './model';
import { EV_LABEL_SIZE, halo } from './halo';

/**
 * The cursor year's vertical rule, and the compared year's in longer dashes (as the timeline marks the two).
 * Drawn under the marks, not with the readings: a target's label can end where its year does, and the labels'
 * halos are what keeps a line from running through their text.
 */
export function EvCursorLine({ layout, theme }: { layout: EvLayout; theme: Theme }) {
  const { cursor, plot } = layout;
  if (!cursor) return null;
  const rule = (className: string, x: number, dash: string) => (
    <line className={className} x1={x} x2={x} y1={plot.top} y2={plot.bottom} stroke={theme.text} strokeWidth={1.5} strokeDasharray={dash} aria-hidden="true" />
  );
  return (
    <>
      {cursor.compare && rule('ev-compare-line', cursor.compare.x, '7 4')}
      {cursor.x !== null && rule('ev-cursor-line', cursor.x, '3 3')}
    </>
  );
}

/** Each line's figure as of the cursor year, on the cursor's rule (exact, from its latest milestone). */
export function EvCursorRule({ layout, lines, theme }: { layout: EvLayout; lines: readonly EvLine[]; theme: Theme }) {
  const { cursor } = layout;
  const intl = useIntl();
  if (!cursor) return null;
  const { x } = cursor;
  const tags = cursor.tags.map((tag) => <YearTag key={tag.kind} {...tag} theme={theme} />);
  // Only the compared year on the chart: its tag, and no list of readings the cursor's year does not have.
  if (x === null) return <g className="ev-cursor">{tags}</g>;
  const brandOf = new Map<string, Brand | null>(lines.map((l) => [l.key, l.brand]));
  const colourOf = (key: string) => {
    const brand = brandOf.get(key) ?? null;
    return brand ? brandColour(theme, brand) : theme.alliance;
  };
  return (
    <g className="ev-cursor" role="list" aria-label={intl.formatMessage({ id: 'ev.cursor.name' }, { year: cursor.year })}>
      {tags}
      {cursor.labels.map(({ value, dotY, plate }) => {
        const colour = colourOf(value.key);
        return (
          <g key={value.key} className="ev-cursor-value" data-series={value.key} role="listitem" aria-label={value.description}>
            <circle cx={x} cy={dotY} r={3} fill={colour} stroke={theme.surface} strokeWidth={1} />
            {plate && <ReadingPlate text={value.text} colour={colour} theme={theme} {...plate} />}
          </g>
        );
      })}
    </g>
  );
}

/**
 * A rule's year at its top, as the timeline marks the two years: the cursor's filled, the compared year's dashed.
 * Its words are the card's (the summary, the rule's list name); the tag only shows them.
 */
function YearTag({ kind, year, x, y, halfWidth, theme }: PlacedCursor['tags'][number] & { theme: Theme }) {
  const isAt = kind === 'at';
  return (
    <g className={`ev-year-tag is-${kind}`} aria-hidden="true">
      <rect x={x - halfWidth} y={y - TAG_HEIGHT / 2} width={halfWidth * 2} height={TAG_HEIGHT} rx={TAG_HEIGHT / 2} fill={isAt ? theme.text : theme.surface} stroke={theme.text} strokeWidth={1.5} strokeDasharray={isAt ? undefined : '3 2'} />
      <text x={x} y={y} dy="0.34em" textAnchor="middle" fontSize={EV_LABEL_SIZE} fontWeight={700} fill={isAt ? theme.surface : theme.text}>{year}</text>
    </g>
  );
}

/** A reading's plate: it sits over the lines like a tooltip, so no line or label runs through it. */
function ReadingPlate({ text, colour, theme, x, y, anchor, box }: { text: string; colour: string; theme: Theme } & NonNullable<PlacedCursor['labels'][number]['plate']>) {
  return (
    <>
      <rect x={box.x0} y={box.y0} width={box.x1 - box.x0} height={box.y1 - box.y0} rx={3} fill={theme.surface} stroke={colour} strokeWidth={1} />
      <text x={x} y={y} dy="0.32em" textAnchor={anchor} className="ev-cursor-label" fill={colour} fontSize={EV_LABEL_SIZE} fontWeight={700} {...halo(theme, 4)}>
        {text}
      </text>
    </>
  );
}

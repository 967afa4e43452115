import { useId } from 'react';
import { useIntl } from 'react-intl';
import { joinSentences } from '../../i18n/joinList';

/**
 * "As of ‹ 1999 2000 … 2023 ›": the years the ownership structure changed, as buttons that move the year
 * cursor (`onSelect`); years outside the selected range are disabled, since the cursor stays inside it.
 * While comparing, the other year compared (`compared`) is marked too — or the change year its structure dates
 * from: the diagram draws the later of the two, which need not be the cursor's.
 */
export function YearStepper({ years, year, compared, range, onSelect }: { years: readonly number[]; year: number; compared: number | null; range: readonly [number, number]; onSelect: (year: number) => void }) {
  const isOutside = (y: number) => y < range[0] || y > range[1];
  const previous = years.filter((y) => y < year && !isOutside(y)).at(-1);
  const next = years.find((y) => y > year && !isOutside(y));
  const inEffect = years.filter((y) => y <= year).at(-1);
  // The compare menu offers every year; the stepper has the years the structure changed: the compared year's
  // structure dates from the last of those up to it.
  const comparedStep = compared === null ? undefined : years.filter((y) => y <= compared).at(-1);
  const intl = useIntl();
  const comparedId = useId();
  const comparedText = compared === null ? null : intl.formatMessage({ id: 'ownership.stepper.compared' }, { from: Math.min(year, compared), to: Math.max(year, compared) });
  // Shown, not only a title: an outlined year beside the one chosen reads as a mistake until it is explained.
  const inEffectId = useId();
  // Comparing too: the cursor's year is still outlined where its structure dates from, unless that year is the compared one.
  const isOutlined = inEffect !== undefined && inEffect !== year && inEffect !== comparedStep;
  const datesFrom = (of: number, since: number, mark: 'outlined' | 'compared') => intl.formatMessage({ id: 'ownership.stepper.inEffect' }, { year: of, since, mark });
  // A compared year the structure did not change in is marked at the change year it dates from: say so too.
  const comparedDatesFrom = compared !== null && comparedStep !== undefined && comparedStep !== compared ? datesFrom(compared, comparedStep, 'compared') : null;
  const notes = [...(isOutlined ? [datesFrom(year, inEffect, 'outlined')] : []), ...(comparedDatesFrom ? [comparedDatesFrom] : [])];
  const notesText = joinSentences(notes, intl) || null;
  return (
    <div className="year-stepper" role="group" aria-label={intl.formatMessage({ id: 'ownership.stepper.group' })}>
      {/* Read out with the marked year's button (a title alone is not reliably announced, nor shown on touch). */}
      {comparedText && <span id={comparedId} className="visually-hidden">{comparedText}</span>}
      <span className="year-stepper-label" aria-hidden="true">{intl.formatMessage({ id: 'ownership.stepper.asOf' })}</span>
      <button
        type="button"
        className="year-step"
        aria-label={previous === undefined ? intl.formatMessage({ id: 'ownership.stepper.noPrevious' }) : intl.formatMessage({ id: 'ownership.stepper.previous' }, { year: previous })}
        disabled={previous === undefined}
        onClick={() => previous !== undefined && onSelect(previous)}
      >
        ‹
      </button>
      <div className="year-stepper-years">
        {years.map((y) => (
          <button
            key={y}
            type="button"
            className={y === comparedStep ? 'is-compared' : isOutlined && y === inEffect ? 'is-in-effect' : undefined}
            aria-pressed={y === year}
            aria-describedby={comparedText && y === comparedStep ? comparedId : isOutlined && y === inEffect ? inEffectId : undefined}
            disabled={isOutside(y)}
            title={
              comparedText && y === comparedStep
                ? comparedText
                : isOutside(y)
                  ? intl.formatMessage({ id: 'ownership.stepper.outside' }, { from: range[0], to: range[1] })
                  : undefined
            }
            onClick={() => onSelect(y)}
          >
            {y}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="year-step"
        aria-label={next === undefined ? intl.formatMessage({ id: 'ownership.stepper.noNext' }) : intl.formatMessage({ id: 'ownership.stepper.next' }, { year: next })}
        disabled={next === undefined}
        onClick={() => next !== undefined && onSelect(next)}
      >
        ›
      </button>
      {/* Its line kept at change years and while comparing too, so that Play or a comparison does not move the diagram. */}
      <p id={inEffectId} className="year-stepper-note">{notesText}</p>
    </div>
  );
}

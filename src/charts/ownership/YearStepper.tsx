import { useFilters } from '../../state/filters';

/** Sets the filter's end year, keeping its start year unless that would pass the new end. */
function showYear(year: number) {
  const { yearRange, setYearRange } = useFilters.getState();
  setYearRange([Math.min(yearRange[0], year), year]);
}

/** "As of ‹ 1999 2000 … 2023 ›": the years the ownership structure changed, as buttons. */
export function YearStepper({ years, year }: { years: readonly number[]; year: number }) {
  const previous = years.filter((y) => y < year).at(-1);
  const next = years.find((y) => y > year);
  const inEffect = years.filter((y) => y <= year).at(-1);
  return (
    <div className="year-stepper" role="group" aria-label="Ownership as of">
      <span className="year-stepper-label" aria-hidden="true">As of</span>
      <button
        type="button"
        className="year-step"
        aria-label={previous === undefined ? 'No earlier change' : `Previous change: ${previous}`}
        disabled={previous === undefined}
        onClick={() => previous !== undefined && showYear(previous)}
      >
        ‹
      </button>
      <div className="year-stepper-years">
        {years.map((y) => (
          <button
            key={y}
            type="button"
            className={y === inEffect && y !== year ? 'is-in-effect' : undefined}
            aria-pressed={y === year}
            title={y === inEffect && y !== year ? `The structure of ${year} dates from ${y}` : undefined}
            onClick={() => showYear(y)}
          >
            {y}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="year-step"
        aria-label={next === undefined ? 'No later change' : `Next change: ${next}`}
        disabled={next === undefined}
        onClick={() => next !== undefined && showYear(next)}
      >
        ›
      </button>
    </div>
  );
}

import { useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { brandColour } from '../theme/tokens';
import { selectComparedYear, selectCursor, useFilters, useHighlighted } from '../state/filters';
import { CompareSelect } from './CompareSelect';
import { PlayControls } from './PlayControls';
import { Timeline, type TimelineBand } from './Timeline';
import { selectQuery } from '../state/urlState';
import { useTheme } from '../theme/useTheme';
import { useStickyHeight } from './useStickyHeight';
import { useTransientStatus } from './useTransientStatus';
import { YearInput } from './YearInput';
import { isDimmedBy, NO_HIGHLIGHT } from '../state/highlight';

/** Every year of the range, each of which the cursor's can be compared with (not only the years a stake changed). */
function yearsOf([from, to]: readonly [number, number]): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Year range, cursor and compare year (timeline, Play, typed years), brand toggles, reset and copy link: the one filter every view answers to. */
export function FilterBar({ bands, children }: { bands: readonly TimelineBand[]; children?: React.ReactNode }) {
  const yearRange = useFilters((s) => s.yearRange);
  const at = useFilters(selectCursor);
  const vs = useFilters(selectComparedYear);
  const brands = useFilters((s) => s.brands);
  const domain = useFilters((s) => s.domain);
  const highlighted = useHighlighted();
  const { setYearRange, setAt, setCompare, toggleBrand, setHighlighted, reset } = useFilters.getState();
  const theme = useTheme();
  const [copyStatus, showCopyStatus] = useTransientStatus(2500);
  const intl = useIntl();
  const barRef = useRef<HTMLElement>(null);
  useStickyHeight(barRef);

  const copyLink = async () => {
    // Built from the store, the one source of truth, rather than read back from the address bar.
    const link = new URL(window.location.href);
    link.search = selectQuery(useFilters.getState());
    try {
      await navigator.clipboard.writeText(link.href);
      showCopyStatus(intl.formatMessage({ id: 'filters.linkCopied' }));
    } catch {
      showCopyStatus(intl.formatMessage({ id: 'filters.copyFailed' }));
    }
  };

  return (
    <section ref={barRef} className="filter-bar" aria-label={intl.formatMessage({ id: 'filters.label' })}>
      <Timeline bands={bands} />
      <div className="filter-group" role="group" aria-label={intl.formatMessage({ id: 'filters.years' })}>
        <PlayControls />
        <YearInput id="year-from" label={intl.formatMessage({ id: 'filters.from' })} value={yearRange[0]} domain={domain.years} onCommit={(y) => setYearRange([y, Math.max(y, yearRange[1])])} />
        <YearInput id="year-to" label={intl.formatMessage({ id: 'filters.to' })} value={yearRange[1]} domain={domain.years} onCommit={(y) => setYearRange([Math.min(y, yearRange[0]), y])} />
        <YearInput id="year-at" label={intl.formatMessage({ id: 'filters.at' })} value={at} domain={domain.years} onCommit={setAt} />
        <CompareSelect years={yearsOf(yearRange)} year={at} value={vs} onChange={setCompare} />
      </div>
      <div className="filter-group brand-toggles" role="group" aria-label={intl.formatMessage({ id: 'filters.brands' })}>
        {domain.brands.map((brand) => {
          const isOn = brands.includes(brand);
          return (
            <button
              key={brand}
              type="button"
              className={`brand-toggle${isOn ? ' is-on' : ''}${isDimmedBy(highlighted, brand) ? ' is-dimmed' : ''}`}
              style={{ ['--brand' as string]: brandColour(theme, brand) }}
              aria-pressed={isOn}
              onClick={() => toggleBrand(brand)}
              onMouseEnter={() => setHighlighted([brand])}
              onMouseLeave={() => setHighlighted(NO_HIGHLIGHT)}
            >
              <span className="swatch swatch-square" aria-hidden="true" style={{ ['--swatch' as string]: brandColour(theme, brand) }} />
              {brand}
            </button>
          );
        })}
      </div>
      <div className="filter-group filter-actions">
        <button type="button" className="button" onClick={reset}><FormattedMessage id="filters.reset" /></button>
        <button type="button" className="button" onClick={copyLink}><FormattedMessage id="filters.copyLink" /></button>
        <span className="copy-status" role="status">{copyStatus}</span>
        {children}
      </div>
    </section>
  );
}

import { FormattedMessage } from 'react-intl';
import { useState } from 'react';
import type { YearRange } from '../state/filters';

/** Whether the field's text is a whole year inside the domain: four digits, nothing else. */
const isYearIn = (text: string, [from, to]: YearRange) => /^\d{4}$/.test(text) && Number(text) >= from && Number(text) <= to;

/**
 * A year field that only commits whole years inside the domain; while the text is incomplete or out of
 * range it says so and keeps the last good value in the store.
 */
export function YearInput({ id, label, value, domain, onCommit }: { id: string; label: string; value: number; domain: YearRange; onCommit: (year: number) => void }) {
  // Only an unfinished edit lives here; otherwise the field shows the store's value.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const isValid = isYearIn(text, domain);

  const hintId = `${id}-hint`;

  return (
    <span className="year-input">
      {/* The hint sits outside the label so it never becomes part of the field's name. */}
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={domain[0]}
        max={domain[1]}
        step={1}
        value={text}
        aria-invalid={!isValid}
        aria-describedby={isValid ? undefined : hintId}
        onChange={(event) => {
          const next = event.target.value;
          if (isYearIn(next, domain)) {
            setDraft(null);
            onCommit(Number(next));
          } else setDraft(next);
        }}
        onBlur={() => setDraft(null)}
      />
      {!isValid && (
        <span id={hintId} className="year-hint" role="status">
          <FormattedMessage id="filters.yearHint" values={{ from: domain[0], to: domain[1], year: value }} />
        </span>
      )}
    </span>
  );
}

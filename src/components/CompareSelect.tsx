import { useIntl } from 'react-intl';

/**
 * "Compare with [year]": the second year every view compares the cursor's with, or none. In the filter bar
 * beside the cursor, since the ownership diagram and the plants map both answer to it.
 */
export function CompareSelect({ years, year, value, onChange }: { years: readonly number[]; year: number; value: number | null; onChange: (year: number | null) => void }) {
  const intl = useIntl();
  return (
    <label className="compare-select">
      <span>{intl.formatMessage({ id: 'filters.compare' })}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
        <option value="">{intl.formatMessage({ id: 'filters.compare.none' })}</option>
        {years.filter((y) => y !== year).map((y) => (
          <option key={y} value={y}>{y}</option>
        ))}
      </select>
    </label>
  );
}

import { useIntl } from 'react-intl';

/** "Compare with [year]": the ownership view's second year, or none. */
export function CompareSelect({ years, year, value, onChange }: { years: readonly number[]; year: number; value: number | null; onChange: (year: number | null) => void }) {
  const intl = useIntl();
  return (
    <label className="compare-select">
      <span>{intl.formatMessage({ id: 'ownership.compare.label' })}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
        <option value="">{intl.formatMessage({ id: 'ownership.compare.none' })}</option>
        {years.filter((y) => y !== year).map((y) => (
          <option key={y} value={y}>{y}</option>
        ))}
      </select>
    </label>
  );
}

/** "Compare with [year]": the ownership view's second year, or none. */
export function CompareSelect({ years, year, value, onChange }: { years: readonly number[]; year: number; value: number | null; onChange: (year: number | null) => void }) {
  return (
    <label className="compare-select">
      <span>Compare with</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
        <option value="">no other year</option>
        {years.filter((y) => y !== year).map((y) => (
          <option key={y} value={y}>{y}</option>
        ))}
      </select>
    </label>
  );
}

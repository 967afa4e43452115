/** One choice among a few, as a row of pressed/unpressed buttons in a labelled group. */
export function Segmented<T extends string>({ label, options, value, onChange }: {
  /** The group's accessible name, e.g. "Scale". */
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button key={option.value} type="button" aria-pressed={option.value === value} onClick={() => onChange(option.value)}>
          {option.label}
        </button>
      ))}
    </div>
  );
}

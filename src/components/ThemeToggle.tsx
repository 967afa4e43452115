import { useThemeChoice, type ThemeChoice } from '../theme/useTheme';

const CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light, dark, or follow the system. */
export function ThemeToggle() {
  const choice = useThemeChoice((s) => s.choice);
  const setChoice = useThemeChoice((s) => s.setChoice);
  return (
    <div className="segmented" role="group" aria-label="Colour theme">
      {CHOICES.map(({ value, label }) => (
        <button key={value} type="button" aria-pressed={choice === value} onClick={() => setChoice(value)}>
          {label}
        </button>
      ))}
    </div>
  );
}

import { useThemeChoice, type ThemeChoice } from '../theme/useTheme';
import { Segmented } from './Segmented';

const CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light, dark, or follow the system. */
export function ThemeToggle() {
  const choice = useThemeChoice((s) => s.choice);
  const setChoice = useThemeChoice((s) => s.setChoice);
  return <Segmented label="Colour theme" options={CHOICES} value={choice} onChange={setChoice} />;
}

import { useIntl } from 'react-intl';
import { useThemeChoice, type ThemeChoice } from '../theme/useTheme';
import { Segmented } from './Segmented';

const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Light, dark, or follow the system. */
export function ThemeToggle() {
  const choice = useThemeChoice((s) => s.choice);
  const setChoice = useThemeChoice((s) => s.setChoice);
  const intl = useIntl();
  const options = CHOICES.map((value) => ({ value, label: intl.formatMessage({ id: `app.theme.${value}` }) }));
  return <Segmented label={intl.formatMessage({ id: 'app.theme' })} options={options} value={choice} onChange={setChoice} />;
}

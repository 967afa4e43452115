import { useIntl } from 'react-intl';
import { Segmented } from '../../components/Segmented';
import type { EvScale } from '../../state/filters';

/** Linear / Log switch for the EV chart's y-axis. */
export function ScaleToggle({ scale, onScale }: { scale: EvScale; onScale: (scale: EvScale) => void }) {
  const intl = useIntl();
  const options: { value: EvScale; label: string }[] = [
    { value: 'linear', label: intl.formatMessage({ id: 'ev.control.linear' }) },
    { value: 'log', label: intl.formatMessage({ id: 'ev.control.log' }) },
  ];
  return <Segmented label={intl.formatMessage({ id: 'ev.control.scale' })} options={options} value={scale} onChange={onScale} />;
}

import { useIntl } from 'react-intl';
import { Segmented } from '../../components/Segmented';
import type { SalesLayout, SalesMode } from '../../state/filters';

interface SalesControlsProps {
  mode: SalesMode;
  layout: SalesLayout;
  onMode: (mode: SalesMode) => void;
  onLayout: (layout: SalesLayout) => void;
}

/** The measure (units or share) and bar layout (stacked or grouped) toggles. */
export function SalesControls({ mode, layout, onMode, onLayout }: SalesControlsProps) {
  const intl = useIntl();
  const modes: { value: SalesMode; label: string }[] = [
    { value: 'units', label: intl.formatMessage({ id: 'sales.control.units' }) },
    { value: 'share', label: intl.formatMessage({ id: 'sales.control.share' }) },
  ];
  const layouts: { value: SalesLayout; label: string }[] = [
    { value: 'stacked', label: intl.formatMessage({ id: 'sales.control.stacked' }) },
    { value: 'grouped', label: intl.formatMessage({ id: 'sales.control.grouped' }) },
  ];
  return (
    <>
      <Segmented label={intl.formatMessage({ id: 'sales.control.measure' })} options={modes} value={mode} onChange={onMode} />
      <Segmented label={intl.formatMessage({ id: 'sales.control.layout' })} options={layouts} value={layout} onChange={onLayout} />
    </>
  );
}

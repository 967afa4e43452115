import { useIntl } from 'react-intl';
import { useShallow } from 'zustand/react/shallow';
import { Segmented } from '../../components/Segmented';
import { useFilters, type SalesLayout, type SalesMode } from '../../state/filters';

/** The measure (units or share) and bar layout (stacked or grouped) toggles. */
export function SalesControls() {
  const { mode, layout } = useFilters(useShallow((s) => ({ mode: s.salesMode, layout: s.salesLayout })));
  const { setSalesMode, setSalesLayout } = useFilters.getState();
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
      <Segmented label={intl.formatMessage({ id: 'sales.control.measure' })} options={modes} value={mode} onChange={setSalesMode} />
      <Segmented label={intl.formatMessage({ id: 'sales.control.layout' })} options={layouts} value={layout} onChange={setSalesLayout} />
    </>
  );
}

import { FormattedMessage, useIntl } from 'react-intl';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { composeDashboardSvg } from '../export/dashboard';
import { filterLine } from '../export/describe';
import { downloadBlob } from '../export/download';
import { loadImageRenderer } from '../export/imageDrawing';
import { exportFileName } from '../export/fileName';
import { svgToPng } from '../export/png';
import { registeredChartSvgs } from '../export/registry';
import { serializeSvg, svgSize } from '../export/svg';
import { useFilters } from '../state/filters';
import { useTheme } from '../theme/useTheme';
import { CHART_IDS } from './chartTypes';

/** One PNG of all four views as they stand, with the filter state and the date. */
export function ExportDashboardButton() {
  const [status, setStatus] = useState<'idle' | 'busy' | string>('idle');
  const { yearRange, brands, allBrands } = useFilters(useShallow((s) => ({ yearRange: s.yearRange, brands: s.brands, allBrands: s.domain.brands })));
  const theme = useTheme();
  const intl = useIntl();

  const run = async () => {
    setStatus('busy');
    try {
      await loadImageRenderer();
      const dateLine = intl.formatMessage({ id: 'export.exported' }, { date: intl.formatDate(new Date(), { dateStyle: 'medium' }) });
      const svg = composeDashboardSvg(registeredChartSvgs(CHART_IDS), { filterLine: filterLine({ yearRange, brands }, allBrands, intl), dateLine }, theme);
      const { width, height } = svgSize(svg);
      downloadBlob(await svgToPng(serializeSvg(svg), width, height, theme.background), exportFileName('dashboard', yearRange, brands, 'png', allBrands));
      setStatus('idle');
    } catch (cause) {
      setStatus(intl.formatMessage({ id: 'errors.export' }, { message: cause instanceof Error ? cause.message : String(cause) }));
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={run} disabled={status === 'busy'} aria-busy={status === 'busy'}>
        <FormattedMessage id={status === 'busy' ? 'export.exporting' : 'export.dashboard'} />
      </button>
      {status !== 'idle' && status !== 'busy' && <span className="inline-error" role="alert">{status}</span>}
    </>
  );
}

import { FormattedMessage, useIntl } from 'react-intl';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { filterLine } from '../export/describe';
import { downloadBlob } from '../export/download';
import { loadExportKit } from '../export/loadKit';
import { registeredChartImages } from '../export/registry';
import { useFilters } from '../state/filters';
import { useTheme } from '../theme/useTheme';
import { CHART_IDS } from './chartTypes';

/** One PNG of all four views as they stand, with the filter state and the date. */
export function ExportDashboardButton() {
  const [status, setStatus] = useState<'idle' | 'busy' | string>('idle');
  const { yearRange, brands, at, vs, allBrands } = useFilters(useShallow((s) => ({ yearRange: s.yearRange, brands: s.brands, at: s.at, vs: s.vs, allBrands: s.domain.brands })));
  const theme = useTheme();
  const intl = useIntl();

  const run = async () => {
    setStatus('busy');
    try {
      const kit = await loadExportKit({ image: true });
      const dateLine = intl.formatMessage({ id: 'export.exported' }, { date: intl.formatDate(new Date(), { dateStyle: 'medium' }) });
      const charts = registeredChartImages(CHART_IDS).map(({ drawing, chartWidth, parts }) => kit.buildChartSvg(drawing, chartWidth, parts));
      const svg = kit.composeDashboardSvg(charts, { title: intl.formatMessage({ id: 'export.dashboardTitle' }), filterLine: filterLine({ yearRange, brands, at, vs }, allBrands, intl), dateLine }, theme);
      const { width, height } = kit.svgSize(svg);
      downloadBlob(await kit.svgToPng(kit.serializeSvg(svg), width, height, theme.background), kit.fileNameFor({ chart: 'dashboard', drawn: yearRange, brands, allBrands, filters: { yearRange, at, vs } }, 'png'));
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

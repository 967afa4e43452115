import { useCallback, useState } from 'react';
import { useIntl } from 'react-intl';
import type { SourcesById } from '../data/sourceIndex';
import { downloadBlob } from '../export/download';
import { NothingToExportError } from '../export/errors';
import type { FileTopic } from '../export/fileName';
import { useFilters } from '../state/filters';
import { loadExportKit, type ExportKit } from '../export/loadKit';
import type { ChartDrawing, ExportParts } from '../export/svg';
import type { ChartTable, TableSource } from './chartTypes';
import type { ExportRequest } from './ExportDialog';
import { exportErrorText } from './exportWords';

import type { ExportFormat } from '../export/options';

interface ExportInput {
  /** The chart drawn from its model; null when the card shows no chart (nothing matches the filter). */
  drawing: ChartDrawing | null;
  /** The chart's width on screen now, in CSS px: the one-click image is drawn at it. */
  screenWidth: () => number;
  /** The image's words and keys, made when an image is written. */
  parts: () => ExportParts;
  table: TableSource;
  /** What the files are named for: the chart, the years and brands drawn (the cursor and compared year are read at the click). */
  topic: Omit<FileTopic, 'filters'>;
  /** The dataset's sources by id, named in the CSV's source column. */
  sourcesById: SourcesById;
}

function csvBlob({ tableToCsv }: ExportKit, table: ChartTable, sourcesById: SourcesById): Blob {
  return new Blob([tableToCsv(table, sourcesById)], { type: 'text/csv;charset=utf-8' });
}

/** A file's topic with the cursor and compared year the page shows as the file is written. */
const named = (topic: Omit<FileTopic, 'filters'>): FileTopic => ({ ...topic, filters: useFilters.getState() });

/** Export actions for one card; `busy` names the format in progress, `error` the last failure. */
export function useChartExport({ drawing, screenWidth, parts, table, topic, sourcesById }: ExportInput) {
  const intl = useIntl();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (format: ExportFormat) => {
      setBusy(format);
      setError(null);
      try {
        if (format === 'csv') {
          const kit = await loadExportKit({ image: false });
          downloadBlob(csvBlob(kit, await table(), sourcesById), kit.fileNameFor(named(topic), format));
          return;
        }
        if (!drawing) throw new NothingToExportError();
        const kit = await loadExportKit({ image: true });
        const name = kit.fileNameFor(named(topic), format);
        const chartParts = parts();
        const svg = kit.buildChartSvg(drawing, screenWidth(), chartParts);
        const text = kit.serializeSvg(svg);
        if (format === 'svg') {
          downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), name);
        } else {
          const { width, height } = kit.svgSize(svg);
          downloadBlob(await kit.svgToPng(text, width, height, chartParts.theme.surface), name);
        }
      } catch (cause) {
        setError(exportErrorText(cause, intl));
      } finally {
        setBusy(null);
      }
    },
    [drawing, screenWidth, parts, table, topic, sourcesById, intl],
  );

  /** Writes what the export dialog drew (PNG, SVG) or the table (CSV). */
  const download = useCallback(
    async ({ format, image, variant }: ExportRequest) => {
      // The kit names the file (the dialog that drew the image has it loaded already).
      const kit = await loadExportKit({ image: false });
      const name = kit.fileNameFor(named(topic), format, variant);
      if (format === 'csv') return downloadBlob(csvBlob(kit, await table(), sourcesById), name);
      if (!image) throw new Error('The image is not drawn yet.');
      // The drawn SVG is the file.
      if (format === 'svg') return downloadBlob(new Blob([image.text], { type: 'image/svg+xml;charset=utf-8' }), name);
      downloadBlob(await kit.svgToPng(image.text, image.width, image.height, image.background), name);
    },
    [table, topic, sourcesById],
  );

  return { run, download, busy, error };
}

import { FormattedMessage, useIntl } from 'react-intl';
import type { ReactNode } from 'react';
import type { ExportFormat } from '../export/options';

const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'csv'];

/** Share (children), Show table + the three downloads; the busy one says so instead of its label. */
export function ExportButtons({ busy, canExportImage, onExport, onOpenDialog, isTableShown, onToggleTable, children }: {
  busy: ExportFormat | null;
  canExportImage: boolean;
  onExport: (format: ExportFormat) => void;
  /** Opens the export dialog (size, theme, background); the three buttons download the card as on screen. */
  onOpenDialog: () => void;
  isTableShown: boolean;
  onToggleTable: () => void;
  children?: ReactNode;
}) {
  const intl = useIntl();
  return (
    <div className="card-actions">
      {children}
      <button type="button" className="button" aria-expanded={isTableShown} onClick={onToggleTable}>
        <FormattedMessage id={isTableShown ? 'export.hideTable' : 'export.showTable'} />
      </button>
      {/* The word and its three buttons wrap as one: "Télécharger" never ends a line the buttons start the next. */}
      <span className="download-group">
        <span className="download-label" aria-hidden="true"><FormattedMessage id="export.download" /></span>
        {FORMATS.map((format) => {
          const label = intl.formatMessage({ id: 'export.downloadFormat' }, { format: format.toUpperCase() });
          return (
            <button
              key={format}
              type="button"
              className="button"
              aria-label={label}
              aria-busy={busy === format}
              disabled={busy !== null || (format !== 'csv' && !canExportImage)}
              onClick={() => onExport(format)}
            >
              {busy === format ? <FormattedMessage id="export.preparing" /> : format.toUpperCase()}
            </button>
          );
        })}
      </span>
      <button type="button" className="button" aria-haspopup="dialog" disabled={busy !== null} onClick={onOpenDialog}><FormattedMessage id="export.dialog" /></button>
    </div>
  );
}

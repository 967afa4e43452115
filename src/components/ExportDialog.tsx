import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { DEFAULT_EXPORT_OPTIONS, imageVariant, type ExportFormat, type ExportOptions } from '../export/options';
import { SIZE_PRESETS } from '../export/presets';
import type { ChartDrawing, ExportParts } from '../export/svg';
import { exportErrorText } from './exportWords';
import { presetName, refusalText, sizeText, widthLabel } from './dialogWords';
import { useExportPreview, type ExportPreview } from './useExportPreview';
import { ChunkStyles } from './ChunkStyles';
import dialogStyles from './exportDialog.css?inline';

export interface ExportRequest {
  format: ExportFormat;
  /** The image to write, for PNG and SVG. */
  image: NonNullable<ExportPreview['svg']> | null;
  /** How the image was drawn (`1200x675-dark`), for the file's name; absent for CSV. */
  variant?: string;
}

function Choice<T extends string>({ legend, name, options, value, onChange, disabled, describedBy }: {
  legend: string; name: string; options: readonly { value: T; label: string }[]; value: T; onChange: (value: T) => void; disabled?: boolean;
  /** A hint about the choice made, read with each option. */
  describedBy?: string;
}) {
  return (
    <fieldset className="export-choice" disabled={disabled}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} aria-describedby={describedBy} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

const FORMATS = [{ value: 'png', label: 'PNG' }, { value: 'svg', label: 'SVG' }, { value: 'csv', label: 'CSV' }] as const;
/**
 * Format, size, theme, background and header, with a live preview of the image drawn again at that size.
 * Escape or Cancel closes it and gives focus back to the button that opened it.
 */
export function ExportDialog({ title, parts, screenChartWidth, drawing, onExport, onClose }: {
  title: string;
  parts: ExportParts;
  screenChartWidth: number;
  /** The chart drawn from its model at the chosen size and theme; null when the card shows no chart. */
  drawing: ChartDrawing | null;
  onExport: (request: ExportRequest) => Promise<void>;
  onClose: () => void;
}) {
  const intl = useIntl();
  const themes = (['light', 'dark'] as const).map((value) => ({ value, label: intl.formatMessage({ id: 'dialog.themeName' }, { theme: value }) }));
  const presets = SIZE_PRESETS.map((preset) => ({ value: preset.id, label: presetName(preset, intl) }));
  const backgrounds = (['solid', 'transparent'] as const).map((value) => ({ value, label: intl.formatMessage({ id: 'dialog.backgroundName' }, { background: value }) }));
  const [options, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT_OPTIONS);
  const [status, setStatus] = useState('');
  const { refusal, preview } = useExportPreview(options, parts, screenChartWidth, drawing);
  // A data: URL needs no revoking (the page's CSP allows data: images).
  const previewUrl = useMemo(() => (preview.svg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(preview.svg.text)}` : null), [preview.svg]);
  const dialogRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const widthHintId = useId();
  const transparentHintId = useId();
  // "Downloaded" spoke of the file made with the options before: a change clears it.
  const set = (change: Partial<ExportOptions>) => {
    setOptions((current) => ({ ...current, ...change }));
    setStatus('');
  };
  const isImage = options.format !== 'csv';
  const isTransparentImage = isImage && options.isTransparent;

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);

  const isReady = !isImage || (preview.svg !== null && !refusal);
  const download = async () => {
    setStatus(intl.formatMessage({ id: 'dialog.preparing' }));
    try {
      const image = isImage ? preview.svg : null;
      await onExport(image ? { format: options.format, image, variant: imageVariant(image, options) } : { format: options.format, image: null });
      setStatus(intl.formatMessage({ id: 'dialog.downloaded' }));
    } catch (cause) {
      setStatus(intl.formatMessage({ id: 'dialog.failed' }, { reason: exportErrorText(cause, intl) }));
    }
  };

  return (
    <div className="export-backdrop">
      <ChunkStyles name="export-dialog" css={dialogStyles} />
      <div
        ref={dialogRef}
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={headingId} className="export-heading">{intl.formatMessage({ id: 'dialog.heading' }, { title })}</h2>
        <div className="export-columns">
          <div className="export-options">
            <Choice legend={intl.formatMessage({ id: 'dialog.format' })} name={`${headingId}-format`} options={FORMATS} value={options.format} onChange={(format) => set({ format })} />
            <Choice legend={intl.formatMessage({ id: 'dialog.size' })} name={`${headingId}-size`} options={presets} value={options.preset} onChange={(preset) => set({ preset })} disabled={!isImage} />
            {options.preset === 'custom' && isImage && (
              <label className="export-width">
                {widthLabel(intl)}
                <input inputMode="numeric" value={options.customWidth} aria-invalid={refusal !== null} aria-describedby={widthHintId} onChange={(event) => set({ customWidth: event.target.value })} />
                <span id={widthHintId} className={refusal ? 'inline-error' : 'export-hint'}>{refusal ? refusalText(refusal, intl) : intl.formatMessage({ id: 'dialog.widthHint' })}</span>
              </label>
            )}
            <Choice legend={intl.formatMessage({ id: 'dialog.theme' })} name={`${headingId}-theme`} options={themes} value={options.theme} onChange={(value) => set({ theme: value })} disabled={!isImage} />
            <Choice
              legend={intl.formatMessage({ id: 'dialog.background' })}
              name={`${headingId}-bg`}
              options={backgrounds}
              value={options.isTransparent ? 'transparent' : 'solid'}
              onChange={(value) => set({ isTransparent: value === 'transparent' })}
              disabled={!isImage}
              describedBy={isTransparentImage ? transparentHintId : undefined}
            />
            {/* Halos and label plates are drawn in the theme's background: on another colour they show as outlines. */}
            {isTransparentImage && <p id={transparentHintId} className="export-hint">{intl.formatMessage({ id: 'dialog.transparentHint' }, { theme: options.theme })}</p>}
            <label className="export-check">
              <input type="checkbox" checked={options.hasHeader} disabled={!isImage} onChange={(event) => set({ hasHeader: event.target.checked })} />
              {intl.formatMessage({ id: 'dialog.header' })}
            </label>
          </div>
          <figure className={`export-preview${options.isTransparent ? ' is-transparent' : ''}${options.theme === 'dark' ? ' is-dark' : ''}`}>
            {!isImage ? (
              <p>{intl.formatMessage({ id: 'dialog.csvNote' })}</p>
            ) : previewUrl ? (
              <img src={previewUrl} alt={intl.formatMessage({ id: 'dialog.previewAlt' }, { theme: options.theme })} />
            ) : (
              <p>{preview.error ?? intl.formatMessage({ id: refusal ? 'dialog.noPreview' : 'dialog.drawing' })}</p>
            )}
            <figcaption>{isImage && preview.svg && sizeText(options.format, preview.svg, intl)}</figcaption>
          </figure>
        </div>
        <div className="export-buttons">
          <span className="copy-status" role="status">{status}</span>
          <button type="button" className="button" onClick={onClose}>{intl.formatMessage({ id: 'dialog.cancel' })}</button>
          <button type="button" className="button primary" disabled={!isReady} onClick={() => void download()}>
            {intl.formatMessage({ id: 'export.downloadFormat' }, { format: options.format.toUpperCase() })}
          </button>
        </div>
      </div>
    </div>
  );
}

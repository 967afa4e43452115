import type { ReactNode, Ref } from 'react';
import { createPortal } from 'react-dom';
import { themeCssVars, type Theme } from '../theme/tokens';
import { ThemeOverrideContext } from '../theme/useTheme';

/**
 * The chart drawn a second time, off screen, at the export's width and in its theme: the view lays itself
 * out again (labels placed for that width), rather than a screen capture being stretched. Hidden from
 * assistive technology and the keyboard; no animation, so it is read in its final state.
 */
export function ExportStage({ width, theme, bodyRef, children }: { width: number; theme: Theme; bodyRef: Ref<HTMLDivElement>; children: ReactNode }) {
  return createPortal(
    <ThemeOverrideContext.Provider value={theme}>
      <div className="export-stage" data-theme={theme.name} style={{ ...themeCssVars(theme), width }} aria-hidden="true" inert>
        <div className="card-body" ref={bodyRef}>{children}</div>
      </div>
    </ThemeOverrideContext.Provider>,
    document.body,
  );
}

import { appEn } from './app/en';
import { filtersEn } from './filters/en';
import { exportEn } from './export/en';
import { sourcesEn } from './sources/en';
import { errorsEn } from './errors/en';
import { salesEn } from './sales/en';
import { evEn } from './ev/en';
import { ownershipEn } from './ownership/en';
import { plantsEn } from './plants/en';
import type { compareEn } from './compare/en';
import type { dialogEn } from './dialog/en';
import type { panelEn } from './panel/en';
import type { shareEn } from './share/en';
import type { tablesEn } from './tables/en';
import type { salesMarksEn } from './salesMarks/en';
import type { evTooltipEn } from './evTooltip/en';
import type { plantTooltipEn } from './plantTooltip/en';
import type { announceEn } from './announce/en';

/**
 * English, area by area: the language the page is pre-rendered in, so it is part of the first script. The
 * order is the catalog's reading order; each area's keys start with its name.
 */
export const EN_AREAS = {
  app: appEn,
  filters: filtersEn,
  export: exportEn,
  sources: sourcesEn,
  errors: errorsEn,
  sales: salesEn,
  ev: evEn,
  ownership: ownershipEn,
  plants: plantsEn,
} as const;

/**
 * English areas that travel with the code that shows them, out of the first script: the chunk that uses one adds
 * it to the page's catalog (addEnglish) before it formats a message (enLater.ts lists their values).
 */
export interface EnglishLater {
  compare: typeof compareEn;
  dialog: typeof dialogEn;
  panel: typeof panelEn;
  share: typeof shareEn;
  tables: typeof tablesEn;
  salesMarks: typeof salesMarksEn;
  evTooltip: typeof evTooltipEn;
  plantTooltip: typeof plantTooltipEn;
  announce: typeof announceEn;
}

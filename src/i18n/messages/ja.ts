import type { AreaCatalogs } from '.';
import { appJa } from './app/ja';
import { filtersJa } from './filters/ja';
import { exportJa } from './export/ja';
import { sourcesJa } from './sources/ja';
import { errorsJa } from './errors/ja';
import { salesJa } from './sales/ja';
import { evJa } from './ev/ja';
import { ownershipJa } from './ownership/ja';
import { plantsJa } from './plants/ja';
import { compareJa } from './compare/ja';
import { dialogJa } from './dialog/ja';
import { panelJa } from './panel/ja';
import { shareJa } from './share/ja';
import { tablesJa } from './tables/ja';
import { salesMarksJa } from './salesMarks/ja';
import { evTooltipJa } from './evTooltip/ja';
import { plantTooltipJa } from './plantTooltip/ja';
import { announceJa } from './announce/ja';

/** Japanese, area by area: its own chunk, fetched only for a page in Japanese (see loadMessages). */
export const JA_AREAS: AreaCatalogs = {
  app: appJa,
  filters: filtersJa,
  export: exportJa,
  sources: sourcesJa,
  errors: errorsJa,
  sales: salesJa,
  ev: evJa,
  ownership: ownershipJa,
  plants: plantsJa,
  compare: compareJa,
  dialog: dialogJa,
  panel: panelJa,
  share: shareJa,
  tables: tablesJa,
  salesMarks: salesMarksJa,
  evTooltip: evTooltipJa,
  plantTooltip: plantTooltipJa,
  announce: announceJa,
};

import type { AreaCatalogs } from '.';
import { appFr } from './app/fr';
import { filtersFr } from './filters/fr';
import { exportFr } from './export/fr';
import { sourcesFr } from './sources/fr';
import { errorsFr } from './errors/fr';
import { salesFr } from './sales/fr';
import { evFr } from './ev/fr';
import { ownershipFr } from './ownership/fr';
import { plantsFr } from './plants/fr';
import { compareFr } from './compare/fr';
import { dialogFr } from './dialog/fr';
import { panelFr } from './panel/fr';
import { shareFr } from './share/fr';
import { tablesFr } from './tables/fr';
import { salesMarksFr } from './salesMarks/fr';
import { evTooltipFr } from './evTooltip/fr';
import { plantTooltipFr } from './plantTooltip/fr';
import { announceFr } from './announce/fr';

/** French, area by area: its own chunk, fetched only for a page in French (see loadMessages). */
export const FR_AREAS: AreaCatalogs = {
  app: appFr,
  filters: filtersFr,
  export: exportFr,
  sources: sourcesFr,
  errors: errorsFr,
  sales: salesFr,
  ev: evFr,
  ownership: ownershipFr,
  plants: plantsFr,
  compare: compareFr,
  dialog: dialogFr,
  panel: panelFr,
  share: shareFr,
  tables: tablesFr,
  salesMarks: salesMarksFr,
  evTooltip: evTooltipFr,
  plantTooltip: plantTooltipFr,
  announce: announceFr,
};

import type { EnglishLater } from './en';
import { compareEn } from './compare/en';
import { dialogEn } from './dialog/en';
import { panelEn } from './panel/en';
import { shareEn } from './share/en';
import { tablesEn } from './tables/en';
import { salesMarksEn } from './salesMarks/en';
import { evTooltipEn } from './evTooltip/en';
import { plantTooltipEn } from './plantTooltip/en';
import { announceEn } from './announce/en';

/** The English areas of EnglishLater, whole: for the catalog's checks (loadAreas), never the page's first script. */
export const EN_LATER_AREAS: EnglishLater = {
  compare: compareEn, dialog: dialogEn, panel: panelEn, share: shareEn, tables: tablesEn,
  salesMarks: salesMarksEn, evTooltip: evTooltipEn, plantTooltip: plantTooltipEn, announce: announceEn,
};

import { defineArea } from '../catalog';

/** The plants view's words (src/charts/plants): keys start with "plants.". */
export const plantsMessages = defineArea({
  en: {},
  fr: {},
  ja: {},
});

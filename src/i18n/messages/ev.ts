import { defineArea } from '../catalog';

/** The ev view's words (src/charts/ev): keys start with "ev.". */
export const evMessages = defineArea({
  en: {},
  fr: {},
  ja: {},
});

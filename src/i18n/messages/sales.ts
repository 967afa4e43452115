import { defineArea } from '../catalog';

/** The sales view's words (src/charts/sales): keys start with "sales.". */
export const salesMessages = defineArea({
  en: {},
  fr: {},
  ja: {},
});

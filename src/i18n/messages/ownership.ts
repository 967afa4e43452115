import { defineArea } from '../catalog';

/** The ownership view's words (src/charts/ownership): keys start with "ownership.". */
export const ownershipMessages = defineArea({
  en: {},
  fr: {},
  ja: {},
});

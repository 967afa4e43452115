import { defineArea } from '../catalog';

/** Keys start with "filters.". */
export const filtersMessages = defineArea({
  en: {},
  fr: {},
  ja: {},
});

import { defineArea } from '../catalog';

/** Keys start with "sources.". */
export const sourcesMessages = defineArea({
  en: {},
  fr: {},
  ja: {},
});

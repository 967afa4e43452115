import { defineArea } from '../catalog';

/** Keys start with "export.". */
export const exportMessages = defineArea({
  en: {},
  fr: {},
  ja: {},
});

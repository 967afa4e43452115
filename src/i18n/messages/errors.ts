import { defineArea } from '../catalog';

/** Keys start with "errors.". */
export const errorsMessages = defineArea({
  en: {},
  fr: {},
  ja: {},
});

import { defineArea } from '../catalog';

/** The page's frame: header, language menu, skip link, print header, document title. Keys start with "app.". */
export const appMessages = defineArea({
  en: {
    'app.language': 'Language',
  },
  fr: {
    'app.language': 'Langue',
  },
  ja: {
    'app.language': '言語',
  },
});

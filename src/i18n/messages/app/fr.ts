import type { Translation } from '../../catalog';
import type { appEn } from './en';

/** The app area in French: every key of app/en.ts, no other. */
export const appFr: Translation<typeof appEn> = {
  'app.title': 'Alliance Atlas',
  'app.lede': 'L’Alliance Renault–Nissan–Mitsubishi en quatre vues liées : ventes, voitures électriques, qui détient qui, et où les voitures sont construites. Chaque chiffre renvoie à la phrase dont il est tiré.',
  'app.lede.single': 'L’une des quatre vues liées de l’Alliance Renault–Nissan–Mitsubishi, «\u202f{chart}\u202f», seule sur sa page\u202f; le tableau de bord la montre à côté des trois autres. Chaque chiffre renvoie à la phrase dont il est tiré.',
  'app.counts': '{years, plural, one {# année} other {# années}} de ventes · {brands, plural, one {# marque} other {# marques}} · {plants, plural, one {# usine} other {# usines}} · {sources, plural, one {# source} other {# sources}}',
  'app.counts.loading': 'Chargement des données…',
  'app.counts.failed': 'Données non chargées',
  /** Two sentences one after the other (src/i18n/joinList.ts joinSentences). */
  'app.sentences': '{first} {second}',
  'app.skipLink': 'Aller aux graphiques',
  'app.language': 'Langue',
  'app.theme': 'Thème de couleurs',
  'app.theme.system': 'Système',
  'app.theme.light': 'Clair',
  'app.theme.dark': 'Sombre',
  'app.documentTitle': '{chart} {years} — Alliance Atlas',
  'app.printHeader': '{address} · imprimé le {date} · {filters}',
  'app.openDashboard': 'Ouvrir le tableau de bord complet',
  'app.pageTitle': 'Alliance Atlas — l’Alliance Renault–Nissan–Mitsubishi en quatre vues liées',
  'app.description': 'Alliance Atlas\u202f: ventes, véhicules électriques, actionnariat et usines de l’Alliance Renault–Nissan–Mitsubishi, chaque chiffre sourcé.',
};

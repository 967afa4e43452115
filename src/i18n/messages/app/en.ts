/** The page's frame: header, language and theme menus, chart titles, skip link, print header, tab title. Keys start with "app.". */
export const appEn = {
  'app.title': 'Alliance Atlas',
  'app.lede': 'The Renault–Nissan–Mitsubishi Alliance in four linked views — sales, electric cars, who owns whom, and where the cars are built. Every number links to the sentence it came from.',
  'app.lede.single': 'One of the four linked views of the Renault–Nissan–Mitsubishi Alliance, “{chart}”, on its own page; the dashboard shows it beside the other three. Every number links to the sentence it came from.',
  'app.counts': '{years, plural, one {# year} other {# years}} of sales · {brands, plural, one {# brand} other {# brands}} · {plants, plural, one {# plant} other {# plants}} · {sources, plural, one {# source} other {# sources}}',
  'app.counts.loading': 'Loading dataset…',
  'app.counts.failed': 'Dataset not loaded',
  /** Two sentences one after the other (src/i18n/joinList.ts joinSentences). */
  'app.sentences': '{first} {second}',
  'app.skipLink': 'Skip to the charts',
  'app.language': 'Language',
  'app.theme': 'Colour theme',
  'app.theme.system': 'Auto',
  'app.theme.light': 'Light',
  'app.theme.dark': 'Dark',
  'app.documentTitle': '{chart} {years} — Alliance Atlas',
  'app.printHeader': '{address} · printed {date} · {filters}',
  'app.openDashboard': 'Open the whole dashboard',
  'app.pageTitle': 'Alliance Atlas — the Renault–Nissan–Mitsubishi Alliance in four linked views',
  'app.description': 'Alliance Atlas: sales, electric vehicles, ownership and plants of the Renault–Nissan–Mitsubishi Alliance, every number sourced.',
};

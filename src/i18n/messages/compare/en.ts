/**
 * The words of two years compared in the sales, EV and ownership cards (src/charts/sales/compare.ts,
 * src/charts/ev/compare.ts, src/charts/ownership/compareText.ts): keys start with "compare.". English that travels
 * with the code that shows it: those chunks add it to the
 * page's catalog (addEnglish), so the first script carries none of it.
 */
export const compareEn = {
  'compare.sales': 'Comparing {from} with {to}: {items}.',
  'compare.sales.total': 'Alliance total',
  'compare.sales.keyAt': '{year} (as of)',
  'compare.sales.keyVs': '{year} (compared)',
  'compare.sales.figures': '{name} {from} → {to} ({change})',
  'compare.sales.figuresOn': '{name} {from} → {to} ({change}; {basis})',
  'compare.sales.onlyIn': '{brands} counted in {year} only{inferred, select, yes {, inferred} other {}}',
  'compare.sales.includes': '{year} includes {brands}{inferred, select, yes {, inferred} other {}}',
  'compare.sales.noFigure': '{brand}: no figure for {years}',
  'compare.sales.inside': '{brand}: in {parent}’s figure for {years}{inferred, select, all { (inferred)} some { ({inferredYears} inferred)} other {}}',
  'compare.ev': 'Comparing {from} with {to}: {values}.',
  'compare.ev.none': 'Comparing {from} with {to}: {reason, select, noFigure {no line has a reported figure by {from}} other {no line has a newer figure in {to}}}.',
  'compare.ev.value': '{series} {from} ({fromMonth}) → {to} ({toMonth})',
  'compare.ownership.footnote':
    'Compared with {year}: a stake the sources first give after {year} is marked “new” (it may be older: some are dated only from the source that mentions them), changed ones show both figures, ended ones are faded and dotted, unchanged ones are drawn quietly.{inferred, select, yes { An end year marked “c.” (circa) is given by no source: it is inferred.} other {}}',
  'compare.ownership.kind': '{kind, select, new {new} changed {changed} unchanged {unchanged} other {ended}}',
  'compare.ownership.state': '{stake}{voting, select, yes { voting} no { non-voting} other {}}{planned, select, yes {, planned} other {}}',
  'compare.ownership.tableCaption': 'Equity stakes: changes from {from} to {to}',
  'compare.ownership.tableChange': 'Change',
  'compare.ownership.tableIn': 'In {year}',
  'compare.ownership.summary': 'Stakes from {from} to {to}: {counts}.',
  'compare.ownership.summaryDetails': 'Stakes from {from} to {to}: {counts}. Changed: {details}.',
  'compare.ownership.summaryNone': 'From {from} to {to} no stake changed ({same} held in both years).',
  'compare.ownership.changed': '{count, plural, other {# changed}}',
  'compare.ownership.new': '{count, plural, other {# new}}',
  'compare.ownership.ended': '{count, plural, other {# ended}}',
  'compare.ownership.same': '{count, plural, other {# unchanged}}',
  'compare.ownership.detail': '{holder}’s stake in {held}, {change}',
};

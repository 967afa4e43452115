/**
 * The words of two years compared in the sales and EV cards (src/charts/sales/compare.ts, src/charts/ev/compare.ts):
 * keys start with "compare.". English that travels with the code that shows it: those two chunks add it to the
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
};

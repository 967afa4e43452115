/**
 * The sales view's words (src/charts/sales): keys start with "sales.". Figures arrive already formatted for the
 * language ({units} "10.6M" · "10,6 M" · "1,061万"); Japanese adds the counter 台 itself.
 */
export const salesEn = {
  'sales.title': 'Sales by brand per year',
  'sales.subtitle.units': 'Vehicles sold worldwide by each Alliance brand',
  'sales.subtitle.share': 'Each brand’s share of the Alliance’s vehicles sold worldwide',
  'sales.control.measure': 'Measure',
  'sales.control.units': 'Units',
  'sales.control.share': 'Share of total (%)',
  'sales.control.layout': 'Bar layout',
  'sales.control.stacked': 'Stacked',
  'sales.control.grouped': 'Grouped',
  'sales.legend.others': 'Brands switched off',
  'sales.legend.rest': 'Other brands',
  'sales.legend.total': 'Alliance total',
  'sales.legend.target': '{fiscal, select, yes {FY{year}} other {{year}}} target',
  'sales.chartLabel':
    'Bar chart of units sold by {brands}, {layout, select, stacked {stacked} other {side by side}}, as {mode, select, share {share of the Alliance total} other {units}}',
  'sales.summary': '{years}: {trend}; {leader}.',
  'sales.summary.noLeader': '{years}: {trend}.',
  'sales.summary.none': 'No sales figures match the filter.',
  'sales.trend.oneYear': 'the Alliance sold {units} units',
  'sales.trend.change':
    'the Alliance {direction, select, up {grew from {from} to {to} units} down {fell from {from} to {to} units} other {held steady from {from} to {to} units}}',
  'sales.leader.oneFigure': '{brand} sold {units} of them ({share})',
  'sales.leader.oneFigureIn': '{brand} sold {units} of them in {year} ({share})',
  'sales.leader.shareChange': '{brand}’s share went from {from} to {to}',
  'sales.leader.shareChangeIn': '{brand}’s share went from {from} in {fromYear} to {to} in {toYear}',
  'sales.leader.single': '{filtered, select, yes {of the brands shown, } other {}}{brand} sold the most ({units}, {share})',
  'sales.leader.everyYear': '{filtered, select, yes {of the brands shown, } other {}}{brand} sold the most each year',
  'sales.leader.someYears': '{filtered, select, yes {of the brands shown, } other {}}{brand} sold the most in {n} of {total} years',
  'sales.footnote.gap': 'No {brand} bar in {years}: {note}',
  'sales.footnote.noFigure': 'the source gives no figure for this year.',
  'sales.footnote.includes':
    '{brand}’s figures include {inner} in {years}{layout, select, stacked {; its bar shows {brand}’s figure less {inner}’s} other {}}.',
  'sales.footnote.hidden':
    'Totals are for the whole Alliance, including {hidden} (switched off in the filter){drawn, select, stackedShare {; the grey part of each bar is {hidden}, filling it to 100%} stacked {; the grey part of each bar is {hidden}} groupedShare {, so the shares shown add up to less than 100%} other {}}.',
  'sales.footnote.rest':
    'Of the {count} selected brands with figures in {years}, the {drawn} that sold the most have bars of their own; {layout, select, stacked {the grey part of each bar holds {rest, plural, one {the one other} other {the other #}}{hidden, select, yes {, and the brands switched off} other {}}} other {{rest, plural, one {the one other is} other {the other # are}} in the table}}.',
  'sales.empty.noBrand': 'No brand selected: switch a brand on in the filter to see its sales.',
  'sales.empty.noYears': 'No sales figures in {years}; the sales table covers {table}.',
  'sales.empty.noTable': 'No sales figures in {years}; the sales table has no years.',
  'sales.empty.noFigures': '{brands} {count, plural, one {has} other {have}} no sales figures in {years}.',
  'sales.empty.noFiguresWhy': '{brands} {count, plural, one {has} other {have}} no sales figures in {years}. {why}',
  'sales.marks.total': 'Total',
  'sales.target.short': '{fiscal, select, yes {FY{year}} other {{year}}} target: {units} a year',
  'sales.target.long': '{setIn, select, none {Target: {label}} other {Target set in {setIn}: {label}}}',
};

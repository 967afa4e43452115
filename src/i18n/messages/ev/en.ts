/**
 * The EV view's words (src/charts/ev): keys start with "ev.". Series, model and event labels are the dataset's
 * (proper names, data) and arrive as arguments; figures and months arrive formatted for the language.
 * Prose figures: "1 million" · "1 000 000" (French needs no « de » after digits) · "100万".
 */
export const evEn = {
  'ev.title': 'Electric vehicles: cumulative sales',
  'ev.subtitle': 'Cumulative units since launch, at the dates sources report each milestone reached',
  'ev.legend.alliance': 'Alliance-wide',
  'ev.legend.production': 'Production',
  'ev.control.scale': 'Scale',
  'ev.control.linear': 'Linear',
  'ev.control.log': 'Log',
  'ev.empty': 'No electric-vehicle milestone, launch or event falls in {years}.',
  'ev.emptyWithSpan': 'No electric-vehicle milestone, launch or event falls in {years}. The data runs from {start} to {end}.',
  'ev.summary.onlyMarkers': 'No sales milestone falls in {years}; the chart shows the model launches and events of those years.',
  'ev.summary.nothing': 'No electric-vehicle milestone, launch or event falls in {years} for the selected brands.',
  'ev.summary.top':
    '{alliance, select, yes {The {series}} other {{series}}} {qualifier, select, over {passed {units}} none {reached {units}} other {reached {qualified}}} EVs in {month}.',
  'ev.summary.topAfterLaunch':
    '{alliance, select, yes {The {series}} other {{series}}} {qualifier, select, over {passed {units}} none {reached {units}} other {reached {qualified}}} EVs in {month}, {unit, select, years {{elapsed, plural, one {# year} other {# years}}} other {{elapsed, plural, one {# month} other {# months}}}} after the {launch} launch.',
  'ev.summary.model': 'The best-selling model shown, the {model}, {qualifier, select, over {passed {units}} none {reached {units}} other {reached {qualified}}} by {month}.',
  'ev.count.qualified': '{qualifier, select, over {more than {units}} about {about {units}} almost {almost {units}} other {{units}}}',
  'ev.summary.both': '{first} {second}',
  'ev.summary.cursor': 'As of {year}, the latest figures: {values}.',
  'ev.summary.comparedOnly': 'The dashed rule marks {year}, the year compared with; {at} is outside the chart’s years.',
  'ev.summary.cursorValue': '{series} {units} ({month})',
  'ev.footnote.disputed': 'Sources disagree on when {alliance, select, yes {the {series}} other {{series}}} reached {units}: {dates}. {count, plural, =2 {Both are} other {All # are}} drawn.',
  'ev.footnote.undated': 'Rows of the source’s milestone table without a date are placed at the row above: {months}.',
  'ev.footnote.scope': '{series}: {note}',
  'ev.footnote.production': 'Hollow dots count vehicles produced, not sold.',
  'ev.footnote.longHold': 'Dotted stretches: more than a year between reported milestones; the sources give no figure in between.',
  'ev.line.production': '{series} production',
  'ev.launch.title': '{model} launched',
  'ev.chartLabel': 'Cumulative electric-vehicle sales, {scale, select, log {log} other {linear}} scale; each milestone is a button that opens its source',
  'ev.noMilestone': 'No sales milestone in this period',
  'ev.thinned': '{count, plural, one {# milestone is too close to others to draw apart: it is on its line, without a dot} other {# milestones are too close together to draw apart: they are on the lines, without dots}}; {isEmbed, select, yes {Alliance Atlas lists every one in its table} other {Show table lists every one}}.',
  'ev.unnamed': 'The chart names {most} of its lines, the totals and the highest; {count, plural, one {the other is} other {the other # are}} named in the tooltips and {isEmbed, select, yes {Alliance Atlas’s table} other {Show table}}.',
  'ev.thinnedMarkers':
    '{count, plural, one {# launch or event is} other {# launches and events are}} too close to others to draw apart; {isEmbed, select, yes {Alliance Atlas lists every one in its table} other {Show table lists every one}}.',
  'ev.dot.name':
    '{series}: {qualifier, select, over {more than } about {about } almost {almost } other {}}{units} {measure, select, production {produced} other {sold}}, {month}{disputed, select, yes {; sources disagree on the date} other {}}',
  'ev.marker.name': '{title}, {date}',
  'ev.marker.nameWithLabel': '{label}: {title}, {date}',
  'ev.cursor.name': 'As of {year}',
  'ev.cursor.value': '{series}: {units} by {month}',
  'ev.legend.target': 'Target (planned)',
  'ev.target.verdict': '<b>{status, select, met {Met} missed {Missed} other {Outcome not reported}}</b>{hasOutcome, select, yes {: {outcome}} other {}}',
  'ev.target.outcome': '{shown, select, both {{beforeUnits} reported by {beforeMonth}; {afterUnits} in {afterMonth}} before {{beforeUnits} reported by {beforeMonth}} other {{afterUnits} in {afterMonth}}}',
  'ev.target.mark': '{year} target: {units}{status, select, met {, met} missed {, missed} other {}}',
  'ev.target.markCompact': '{status, select, met {{year}: met} missed {{year}: missed} other {{year} target}}',
  'ev.target.name': 'Target: {label}, {units}. {status, select, met {Met} missed {Missed} other {Outcome not reported}}{hasOutcome, select, yes {: {outcome}} other {}}',
  'ev.target.summaryItem': '{label}, {status, select, met {met} missed {missed} other {outcome not reported}}{hasOutcome, select, yes { ({outcome})} other {}}',
  'ev.target.summaryJoin': '{first}; {rest}',
  'ev.target.summary': '{count, plural, one {Target: {items}.} other {Targets: {items}.}}',
};

/**
 * The EV chart's tooltip (src/charts/ev/EvTooltip.tsx): keys start with "evTooltip.". English that travels with
 * the tooltip's code, fetched on first use (EvTooltip adds it), so the first script carries none of it.
 */
export const evTooltipEn = {
  'evTooltip.value': '{qualifier, select, over {More than {units}} about {About {units}} almost {Almost {units}} other {{units}}} {measure, select, production {produced} other {sold}}',
  'evTooltip.measure': ' — cumulative {measure, select, production {production, not sales} other {sales}}',
  'evTooltip.source': 'Source: {source}',
  'evTooltip.disputeHead': 'Sources disagree on the date.',
  'evTooltip.dispute': 'Another record dates {units} to {date}:',
  'evTooltip.targetHead': 'Target: {label}',
  'evTooltip.targetMeasure': ' — {series}, cumulative sales',
};

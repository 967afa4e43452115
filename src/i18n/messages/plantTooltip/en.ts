/**
 * The plant map's tooltip (src/charts/plants/PlantTooltip.tsx): keys start with "plantTooltip.". English that
 * travels with the tooltip's code, fetched on first use (PlantTooltip adds it), so the first script carries none of it.
 */
export const plantTooltipEn = {
  'plantTooltip.place': '{city}, {country}',
  'plantTooltip.brands': 'Brands',
  'plantTooltip.capacity': 'Capacity',
  'plantTooltip.notYet': '{capacity} — not yet in {year}',
  'plantTooltip.also': 'Also',
  'plantTooltip.opening': 'Opening',
  'plantTooltip.opened': '{planned, select, yes {{year} (planned)} other {{year}}}',
  'plantTooltip.notGiven': 'not given (existing plant)',
  'plantTooltip.source': 'Source: {source}',
};

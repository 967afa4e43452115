/**
 * The largest count or amount a record may give: ten trillion (the ₩170 billion investment is 1.7e11). Unbounded,
 * a target of 1.5e308 made the EV log axis count its decades to Infinity until the tab ran out of memory. The
 * schema holds every figure to it; the checks across records (crossChecks.ts) sum only figures within it.
 */
export const MAX_AMOUNT = 1e13;

/**
 * The years a record may name, in a year field (a sales year) or a record's date (a milestone, launch, event or
 * capacity: "2013-02"; a source's publication date is free text): the timeline spans them, and a turning point
 * dated 9999 had stretched it to 8,000 years.
 */
export const YEARS = [1900, 2100] as const;
export const YEARS_MESSAGE = `expected a year from ${YEARS[0]} to ${YEARS[1]}`;

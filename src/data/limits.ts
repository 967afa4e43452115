/**
 * The largest count or amount a record may give: ten trillion (the ₩170 billion investment is 1.7e11). Unbounded,
 * a target of 1.5e308 made the EV log axis count its decades to Infinity until the tab ran out of memory. The
 * schema holds every figure to it; the checks across records (crossChecks.ts) sum only figures within it.
 */
export const MAX_AMOUNT = 1e13;

/**
 * The values a target's year takes in a message: 2022, or FY2022 (`fiscal`) where the source says a fiscal year
 * ("by the end of the 2022 fiscal year"). One rule for the sales legend, its phone label and the source panel.
 */
export const targetYearValues = (target: { year: number; isFiscalYear?: boolean }) => ({ year: target.year, fiscal: target.isFiscalYear === true ? 'yes' : 'no' });

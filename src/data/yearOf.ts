/** The year of a "YYYY" or "YYYY-MM" date in the dataset. */
export const yearOf = (date: string) => Number(date.slice(0, 4));

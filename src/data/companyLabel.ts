import { withoutTrailingParenthesis } from './parenthetical';

/** A company as a diagram box or a short mention names it: its short name, or its name without a trailing parenthesis. */
export const companyLabel = (company: { name: string; shortName?: string }) => company.shortName ?? withoutTrailingParenthesis(company.name);

/**
 * The sales chart's words for a selection of more brands than it draws one by one (src/charts/sales/manyBrands.ts):
 * keys start with "salesMany.". English that travels with that code (addEnglish): most pages never need it.
 */
export const salesManyEn = {
  'salesMany.others': 'Other brands',
  'salesMany.note':
    'Of the {count} selected brands with figures in {years}, the {drawn} that sold the most have bars of their own; {layout, select, stacked {the grey part of each bar holds {rest, plural, one {the other one} other {the other #}}, with any brands switched off} other {{rest, plural, one {the other one is} other {the other # are}} in the table}}.',
};

import { notHeldIn, plantTenures } from './plantTenure';
import type { Company, Ownership, Plant } from './schema';
import { dataset } from '../test/renderWithProviders';

const company = (id: string) => dataset.companies.find((c) => c.id === id)!;
const tenures = plantTenures(dataset.plants, dataset.companies, dataset.ownership);
const reason = (plantId: string, year: number) => notHeldIn(tenures.get(plantId)!, year);

describe('plant tenures, on the real dataset', () => {
  it('are the four plants with an operator, each with the Alliance’s stakes in it (not the owners’)', () => {
    expect([...tenures].map(([id, t]) => [id, t.operator.id, t.stakes.map((s) => s.holder)])).toEqual([
      ['togliatti', 'avtovaz', ['renault', 'alliance-rostec']],
      ['busan', 'renault-korea', ['renault', 'renault-nissan-alliance']],
      ['zama', 'aesc', ['nissan']],
      ['aguascalientes', 'aguascalientes-jv', ['renault-nissan-alliance']],
    ]);
  });

  it('end Togliatti with the stakes in AvtoVAZ (2022, inferred) and Aguascalientes with the joint venture (2021, inferred)', () => {
    expect([reason('togliatti', 2021), reason('togliatti', 2022), reason('togliatti', 2023)]).toEqual([
      null,
      { operator: company('avtovaz'), year: 2022, isInferred: true },
      { operator: company('avtovaz'), year: 2022, isInferred: true },
    ]);
    expect([reason('aguascalientes', 2020), reason('aguascalientes', 2021)]).toEqual([null, { operator: company('aguascalientes-jv'), year: 2021, isInferred: true }]);
  });

  it('keep Busan and Zama counted in every year: no stake in Renault Samsung or AESC has ended, before them either', () => {
    expect([1999, 2000, 2023].map((year) => [reason('busan', year), reason('zama', year)])).toEqual([[null, null], [null, null], [null, null]]);
  });
});

describe('notHeldIn, by its rules', () => {
  const jv: Company = { id: 'jv', name: 'JV', kind: 'entity', brand: null };
  const companies: Company[] = [{ id: 'renault', name: 'Renault', kind: 'member', brand: null }, jv, { id: 'outsider', name: 'Outsider', kind: 'owner', brand: null }];
  const stake = (holder: string, from: number, to: number | null, toIsInferred?: boolean): Ownership => ({
    holder, held: 'jv', percent: 50, voting: null, from, to, source: 's', quote: 'q', ...(toIsInferred === undefined ? {} : { toIsInferred }),
  });
  const plant = { id: 'p', operator: 'jv' } as Plant;
  const at = (stakes: Ownership[], year: number) => notHeldIn(plantTenures([plant], companies, stakes).get('p')!, year);

  it('counts a plant in the years a stake is held (`to` exclusive), and says since when it no longer is', () => {
    const stakes = [stake('renault', 2000, 2005), stake('renault', 2005, 2010)];
    expect([at(stakes, 2000), at(stakes, 2009), at(stakes, 2010)]).toEqual([null, null, { operator: jv, year: 2010, isInferred: false }]);
    // Before the first stake the plant is drawn as its opening says: nothing has ended.
    expect(at(stakes, 1999)).toBeNull();
  });

  it('does not count the years between two stakes, naming the end of the earlier one', () => {
    const stakes = [stake('renault', 2000, 2005, true), stake('renault', 2010, 2015)];
    expect([2004, 2006, 2010, 2016].map((year) => at(stakes, year))).toEqual([
      null,
      { operator: jv, year: 2005, isInferred: true },
      null,
      { operator: jv, year: 2015, isInferred: false },
    ]);
  });

  it('takes an end as inferred where any stake ending that year has an inferred end', () => {
    expect(at([stake('renault', 2000, 2010, false), stake('renault', 2004, 2010, true)], 2012)).toMatchObject({ year: 2010, isInferred: true });
    expect(at([stake('renault', 2000, 2008, true), stake('renault', 2004, 2010)], 2012)).toMatchObject({ year: 2010, isInferred: false });
  });

  it('ignores what outside owners hold: their stakes neither end nor extend the Alliance’s, and one still held keeps it counted', () => {
    expect(at([stake('renault', 2000, 2010), stake('outsider', 2000, 2020)], 2012)).toMatchObject({ year: 2010 });
    expect(at([stake('renault', 2000, 2010), stake('renault', 2008, null)], 2030)).toBeNull();
  });

  it('finds no tenure for a plant without an operator, or with an id no company has (a Map, not an object: "__proto__" finds nothing)', () => {
    expect(plantTenures([{ id: 'a' } as Plant, { id: 'b', operator: '__proto__' } as Plant], companies, []).size).toBe(0);
  });
});

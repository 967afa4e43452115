import { plantExit, plantExits } from './plantExit';
import type { Company, Ownership } from './schema';
import { dataset } from '../test/renderWithProviders';

const plant = (id: string) => dataset.plants.find((p) => p.id === id)!;
const company = (id: string) => dataset.companies.find((c) => c.id === id)!;

describe('plantExit, on the real dataset', () => {
  it('ends Togliatti with the stakes in AvtoVAZ (2022, inferred) and Aguascalientes with the joint venture (2021, inferred)', () => {
    expect(plantExit(plant('togliatti'), dataset.companies, dataset.ownership)).toEqual({ operator: company('avtovaz'), year: 2022, isInferred: true });
    expect(plantExit(plant('aguascalientes'), dataset.companies, dataset.ownership)).toEqual({ operator: company('aguascalientes-jv'), year: 2021, isInferred: true });
  });

  it('keeps plants whose operator is still held (Busan, Zama) and those the members run (Tangier)', () => {
    for (const id of ['busan', 'zama', 'tangier']) expect(plantExit(plant(id), dataset.companies, dataset.ownership)).toBeNull();
  });

  it('maps the two plants that leave, by id', () => {
    expect([...plantExits(dataset.plants, dataset.companies, dataset.ownership)].map(([id, exit]) => [id, exit.year])).toEqual([['togliatti', 2022], ['aguascalientes', 2021]]);
  });
});

describe('plantExit, by its rules', () => {
  const companies: Company[] = [
    { id: 'renault', name: 'Renault', kind: 'member', brand: null },
    { id: 'jv', name: 'JV', kind: 'entity', brand: null },
    { id: 'outsider', name: 'Outsider', kind: 'owner', brand: null },
  ];
  const stake = (holder: string, from: number, to: number | null, toIsInferred?: boolean): Ownership => ({
    holder, held: 'jv', percent: 50, voting: null, from, to, source: 's', quote: 'q', ...(toIsInferred === undefined ? {} : { toIsInferred }),
  });

  it('takes the latest end of the Alliance companies’ stakes, stated unless an end that year is inferred', () => {
    expect(plantExit({ operator: 'jv' }, companies, [stake('renault', 2000, 2005), stake('renault', 2005, 2010)])).toEqual({ operator: companies[1], year: 2010, isInferred: false });
    expect(plantExit({ operator: 'jv' }, companies, [stake('renault', 2000, 2010, false), stake('renault', 2004, 2010, true)])?.isInferred).toBe(true);
    expect(plantExit({ operator: 'jv' }, companies, [stake('renault', 2000, 2008, true), stake('renault', 2004, 2010)])?.isInferred).toBe(false);
  });

  it('ignores what owners hold: their stakes neither end nor extend the Alliance’s', () => {
    expect(plantExit({ operator: 'jv' }, companies, [stake('renault', 2000, 2010), stake('outsider', 2000, 2020)])?.year).toBe(2010);
    expect(plantExit({ operator: 'jv' }, companies, [stake('renault', 2000, 2010), stake('outsider', 2000, null)])?.year).toBe(2010);
    expect(plantExit({ operator: 'jv' }, companies, [stake('outsider', 2000, 2010)])).toBeNull();
  });

  it('has no end while any Alliance stake is still held, for a member, for no operator, or an unknown one', () => {
    expect(plantExit({ operator: 'jv' }, companies, [stake('renault', 2000, 2010), stake('renault', 2010, null)])).toBeNull();
    expect(plantExit({ operator: 'renault' }, companies, [])).toBeNull();
    expect(plantExit({}, companies, [stake('renault', 2000, 2010)])).toBeNull();
    expect(plantExit({ operator: '__proto__' }, companies, [])).toBeNull();
  });
});

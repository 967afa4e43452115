import realDataset from '../../../public/data/alliance.json';
import { Dataset, type Sale } from '../../data/schema';
import { saleIndex, saleUnits } from './saleIndex';

const { sales } = Dataset.parse(realDataset);

describe('saleIndex', () => {
  it('finds a brand’s record for a year, as the seeds give it (Nissan 2017: 5,816,278)', () => {
    const at = saleIndex(sales, 'Nissan', 2017);
    expect(sales[at]).toMatchObject({ brand: 'Nissan', year: 2017, units: 5_816_278 });
    // The same place a scan of the list gives, for every record.
    for (const [place, sale] of sales.entries()) expect(saleIndex(sales, sale.brand, sale.year)).toBe(place);
  });

  it('gives -1 for a year or a brand with no record, and for names an object holds', () => {
    expect([saleIndex(sales, 'Nissan', 1999), saleIndex(sales, 'Toyota', 2017), saleIndex(sales, '__proto__', 2017), saleIndex(sales, 'constructor', 2017)]).toEqual([-1, -1, -1, -1]);
  });

  it('gives a record’s units, or null for no record and for a record with no figure (AvtoVAZ 2017: merged to Renault)', () => {
    expect([saleUnits(sales, 'Nissan', 2017), saleUnits(sales, 'Nissan', 1999), saleUnits(sales, 'AvtoVAZ', 2017)]).toEqual([5_816_278, null, null]);
  });

  it('indexes each list on its own: a changed copy answers for its own records', () => {
    const fewer: Sale[] = sales.filter((s) => !(s.brand === 'Nissan' && s.year === 2017));
    expect(saleIndex(fewer, 'Nissan', 2017)).toBe(-1);
    expect(saleIndex(sales, 'Nissan', 2017)).toBeGreaterThanOrEqual(0);
  });
});

import { BRANDS } from '../data/schema';
import { emptyAction } from './emptyAction';

describe('emptyAction', () => {
  it('brings every brand back when none is selected', () => {
    expect(emptyAction({ yearRange: [2011, 2018], brands: [] }, [2011, 2018])).toEqual({ label: 'Select every brand', patch: { brands: [...BRANDS] } });
  });

  it('offers the data’s years when the range misses them (the sales table before 2011)', () => {
    expect(emptyAction({ yearRange: [1999, 2005], brands: ['Renault'] }, [2011, 2018])).toEqual({ label: 'Show 2011–2018', patch: { yearRange: [2011, 2018] } });
  });

  it('offers nothing when the range overlaps the data, or the view has no years at all', () => {
    expect([emptyAction({ yearRange: [2005, 2011], brands: ['Renault'] }, [2011, 2018]), emptyAction({ yearRange: [1999, 2005], brands: ['Renault'] }, null)]).toEqual([null, null]);
  });
});

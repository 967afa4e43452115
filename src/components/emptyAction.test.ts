import { intlFor } from '../i18n/intl';
import { emptyAction } from './emptyAction';

const EN = intlFor('en');

const ALL = ['Renault', 'Nissan', 'Dacia'];

describe('emptyAction', () => {
  it('brings every brand back when none is selected', () => {
    expect(emptyAction({ yearRange: [2011, 2018], brands: [] }, [2011, 2018], ALL, EN)).toEqual({ label: 'Select every brand', patch: { brands: ['Renault', 'Nissan', 'Dacia'] } });
  });

  it('offers the data’s years when the range misses them (the sales table before 2011)', () => {
    expect(emptyAction({ yearRange: [1999, 2005], brands: ['Renault'] }, [2011, 2018], ALL, EN)).toEqual({ label: 'Show 2011–2018', patch: { yearRange: [2011, 2018] } });
  });

  it('offers the years first when the range misses the data and no brand is selected either', () => {
    expect(emptyAction({ yearRange: [1999, 2005], brands: [] }, [2009, 2021], ALL, EN)?.label).toBe('Show 2009–2021');
  });

  it('offers nothing when the range overlaps the data, by one year at either end', () => {
    expect(emptyAction({ yearRange: [2005, 2011], brands: ['Renault'] }, [2011, 2018], ALL, EN)).toBeNull();
    expect(emptyAction({ yearRange: [2018, 2023], brands: ['Renault'] }, [2011, 2018], ALL, EN)).toBeNull();
  });

  it('offers nothing about years when the view has none', () => {
    expect(emptyAction({ yearRange: [1999, 2005], brands: ['Renault'] }, null, ALL, EN)).toBeNull();
  });
});

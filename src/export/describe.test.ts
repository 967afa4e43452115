import { filterLine, sourceLine } from './describe';

describe('filterLine', () => {
  it('describes a range and some brands', () => {
    expect(filterLine({ yearRange: [2013, 2016], brands: ['Renault', 'Nissan'] }, ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'])).toBe('Years 2013–2016 · Brands: Renault, Nissan');
  });

  it('describes one year and every brand', () => {
    expect(filterLine({ yearRange: [2017, 2017], brands: ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] }, ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'])).toBe('Year 2017 · Brands: all brands');
  });

  it('says when no brand is selected', () => {
    expect(filterLine({ yearRange: [2011, 2018], brands: [] }, ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'])).toBe('Years 2011–2018 · Brands: no brand selected');
  });
});

describe('sourceLine', () => {
  it('lists titles with publishers', () => {
    const sources = [
      { id: 'a', title: 'Article A', file: 'a.txt', publisher: 'Pub', language: 'en', kind: 'news' },
      { id: 'b', title: 'Article B', file: 'b.txt', language: 'fr', kind: 'news' },
    ] as const;
    expect(sourceLine(sources)).toBe('Sources: Article A (Pub); Article B. Alliance Atlas.');
  });
});

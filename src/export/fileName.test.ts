import { exportFileName } from './fileName';

describe('exportFileName', () => {
  it('names the chart, years and brands', () => {
    expect(exportFileName('sales', [2013, 2016], ['Renault', 'Nissan'], 'png', ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'])).toBe('alliance-sales-2013-2016-renault-nissan.png');
  });

  it('uses a single year when the range is one year', () => {
    expect(exportFileName('ev', [2017, 2017], ['Nissan'], 'svg', ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'])).toBe('alliance-ev-2017-nissan.svg');
  });

  it('says all-brands when every brand is selected', () => {
    expect(exportFileName('plants', [1999, 2023], ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'], 'csv', ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'])).toBe('alliance-plants-1999-2023-all-brands.csv');
  });

  it('makes a brand of any characters a clean part of the name: no dash at its ends, accents dropped', () => {
    expect(exportFileName('sales', [2011, 2011], ['(Alliance)', 'Ré '], 'png', ['(Alliance)', 'Ré ', 'Nissan'])).toBe('alliance-sales-2011-alliance-re.png');
  });

  it('leaves out a brand with no Latin letter or digit, rather than end the name in a dash; one of those alone is counted', () => {
    expect([
      exportFileName('sales', [2011, 2018], ['日産', 'Renault'], 'png', ['日産', 'Renault', 'Nissan']),
      exportFileName('sales', [2011, 2018], ['日産'], 'png', ['日産', 'Renault']),
    ]).toEqual(['alliance-sales-2011-2018-renault.png', 'alliance-sales-2011-2018-1-brand.png']);
  });

  it('adds how an image was drawn, where given', () => {
    expect(exportFileName('sales', [2011, 2018], ['Renault'], 'png', ['Renault', 'Nissan'], '1200x675-dark-transparent')).toBe('alliance-sales-2011-2018-renault-1200x675-dark-transparent.png');
  });

  it('says no-brands when none is selected', () => {
    expect(exportFileName('ownership', [2001, 2023], [], 'png', ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'])).toBe('alliance-ownership-2001-2023-no-brands.png');
  });
});

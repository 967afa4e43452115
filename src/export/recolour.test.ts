import { darkTheme, lightTheme } from '../theme/tokens';
import { recolour, recolourLegend } from './recolour';

describe('recolour', () => {
  it('maps a brand colour to the same brand in the other theme', () => {
    expect(recolour('#5AB0EA', darkTheme, lightTheme)).toBe('#0A6BAD');
  });

  it('maps a named token, whatever its case', () => {
    expect(recolour('#d0d4da', darkTheme, lightTheme)).toBe('#3B3F45');
  });

  it('leaves a colour that is no token alone', () => {
    expect(recolour('#123456', darkTheme, lightTheme)).toBe('#123456');
  });
});

describe('recolourLegend', () => {
  it('recolours every entry and keeps the rest', () => {
    const legend = [{ key: 'Nissan', label: 'Nissan', color: '#0A6BAD', brand: 'Nissan' as const, symbol: 'line' as const }];
    expect(recolourLegend(legend, lightTheme, darkTheme)).toEqual([{ ...legend[0], color: '#5AB0EA' }]);
  });
});

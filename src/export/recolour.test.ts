import { darkTheme as darkTokens, lightTheme as lightTokens } from '../theme/tokens';

// The dataset gives the brand colours; two are enough here.
const lightTheme = { ...lightTokens, brand: new Map([['Nissan', '#0A6BAD'], ['Renault', '#B85C00']]) };
const darkTheme = { ...darkTokens, brand: new Map([['Nissan', '#5AB0EA'], ['Renault', '#F0A04B']]) };
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

import { highlightOf, isDimmedBy, NO_HIGHLIGHT } from './highlight';

describe('isDimmedBy', () => {
  it('dims nothing while nothing is emphasised, a mark of no brand either', () => {
    expect([isDimmedBy(NO_HIGHLIGHT, 'Renault'), isDimmedBy(NO_HIGHLIGHT, null), isDimmedBy(NO_HIGHLIGHT, [])]).toEqual([false, false, false]);
  });
  it('dims a mark of another brand, and the Alliance’s own marks, while a brand is emphasised', () => {
    expect([isDimmedBy(['Nissan'], 'Nissan'), isDimmedBy(['Nissan'], 'Renault'), isDimmedBy(['Nissan'], null)]).toEqual([false, true, true]);
  });
  it('keeps a shared plant while any of its brands is emphasised, and every brand of one emphasised plant', () => {
    // Togliatti: AvtoVAZ, Renault and Nissan; Resende: Nissan; São José dos Pinhais: Renault.
    expect([isDimmedBy(['Renault'], ['AvtoVAZ', 'Renault', 'Nissan']), isDimmedBy(['Renault'], ['Nissan']), isDimmedBy(['Renault'], [])]).toEqual([false, true, true]);
    const togliatti = ['AvtoVAZ', 'Renault', 'Nissan'];
    expect(['AvtoVAZ', 'Renault', 'Nissan', 'Mitsubishi'].map((brand) => isDimmedBy(togliatti, brand))).toEqual([false, false, false, true]);
  });
});

describe('highlightOf', () => {
  it('emphasises a mark’s brand, and nothing for a mark of none', () => {
    expect([highlightOf('Nissan'), highlightOf(null)]).toEqual([['Nissan'], []]);
  });
});

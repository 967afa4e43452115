import { shortCity } from './shortCity';

describe('shortCity', () => {
  it('is the part before the first comma, trimmed', () => {
    expect([shortCity(' Resende , Rio de Janeiro'), shortCity('Zama, Kanagawa, Japan'), shortCity('Busan')]).toEqual(['Resende', 'Zama', 'Busan']);
  });
  it('takes the Japanese comma too', () => {
    expect(shortCity('座間、神奈川県')).toBe('座間');
  });
});

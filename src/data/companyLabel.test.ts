import { companyLabel } from './companyLabel';

describe('companyLabel', () => {
  it('is the short name where there is one, else the name without its trailing parenthesis', () => {
    expect([companyLabel({ name: 'Renault–Nissan BV (RNBV)', shortName: 'RNBV' }), companyLabel({ name: 'Automotive Energy Supply Corporation (AESC)' }), companyLabel({ name: 'French State' })]).toEqual([
      'RNBV',
      'Automotive Energy Supply Corporation',
      'French State',
    ]);
  });
});

import { intlFor } from './intl';
import { joinList } from './joinList';

describe('joinList', () => {
  it('separates items that hold commas as each language does', () => {
    const items = ['“Alliance”, encyclopedia article', '“Asia”, news article'];
    expect([joinList(items, intlFor('en')), joinList(items, intlFor('fr')), joinList(items, intlFor('ja'))]).toEqual([
      '“Alliance”, encyclopedia article; “Asia”, news article',
      '“Alliance”, encyclopedia article\u202f; “Asia”, news article',
      '“Alliance”, encyclopedia article／“Asia”, news article',
    ]);
  });
  it('gives one item as it is and none as nothing', () => {
    expect([joinList(['a'], intlFor('ja')), joinList([], intlFor('fr'))]).toEqual(['a', '']);
  });
});

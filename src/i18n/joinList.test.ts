import { intlFor } from './intl';
import { joinList, joinSentences } from './joinList';

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

describe('joinSentences', () => {
  it('puts a space between sentences, none in Japanese (each ends in 。), and leaves out empty ones', () => {
    expect([
      joinSentences(['One.', '', 'Two.'], intlFor('en')),
      joinSentences(['Un.', 'Deux.'], intlFor('fr')),
      joinSentences(['一つ。', '', '二つ。'], intlFor('ja')),
    ]).toEqual(['One. Two.', 'Un. Deux.', '一つ。二つ。']);
  });
  it('gives one sentence as it is and none as nothing', () => {
    expect([joinSentences(['', 'a'], intlFor('ja')), joinSentences([], intlFor('en'))]).toEqual(['a', '']);
  });
});

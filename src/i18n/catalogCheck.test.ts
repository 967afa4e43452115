import { catalogProblems, messageArguments } from './catalogCheck';

describe('messageArguments', () => {
  it('names every argument with its type, inside plurals and selects too', () => {
    expect([...messageArguments('{count, plural, one {# plant in {region}} other {# plants}}')].sort()).toEqual(['count:plural', 'region:argument']);
    expect([...messageArguments('As of {year, number, ::group-off}')]).toEqual(['year:number']);
    expect([...messageArguments('No arguments')]).toEqual([]);
  });
});

describe('catalogProblems', () => {
  const base = { a: 'Hello {name}', b: '{n, plural, one {# year} other {# years}}' };
  it('passes a faithful translation', () => {
    expect(catalogProblems(base, { a: 'Bonjour {name}', b: '{n, plural, one {# an} other {# ans}}' })).toEqual([]);
  });
  it('reports missing, extra, empty keys, broken ICU and changed arguments', () => {
    expect(catalogProblems(base, { a: 'Bonjour {nom}', c: 'x' })).toEqual(['"a" arguments differ: name:argument, nom:argument', 'missing "b"', 'extra "c"']);
    expect(catalogProblems(base, { a: ' ', b: '{n, plural, one {# an}' })).toEqual(['empty "a"', expect.stringMatching(/^invalid ICU in "b"/)]);
  });
  it('does not take prototype names for keys', () => {
    expect(catalogProblems({ toString: 'x' }, {})).toEqual(['missing "toString"']);
  });
});

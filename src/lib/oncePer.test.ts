import { describe, expect, it } from 'vitest';
import { oncePer, oncePerName } from './oncePer';

describe('oncePer', () => {
  it('computes once per object and hands back the same result after', () => {
    const calls: number[][] = [];
    const total = oncePer((list: number[]) => {
      calls.push(list);
      return { sum: list.reduce((a, b) => a + b, 0) };
    });
    const a = [1, 2, 3];
    const first = total(a);
    expect(first).toEqual({ sum: 6 });
    expect(total(a)).toBe(first);
    expect(calls).toEqual([a]);
  });

  it('computes afresh for another object, even one with the same contents', () => {
    const total = oncePer((list: number[]) => ({ sum: list.reduce((a, b) => a + b, 0) }));
    const first = total([1, 2]);
    expect(total([1, 2])).not.toBe(first);
  });

  it('keeps a result that is undefined, rather than computing it again', () => {
    let calls = 0;
    const nothing = oncePer((_: object) => {
      calls += 1;
      return undefined;
    });
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
  });
});

describe('oncePerName', () => {
  it('computes once per name and hands back the same object for it after, another for another name', () => {
    let calls = 0;
    const readerOf = oncePerName((name: string) => {
      calls += 1;
      return (row: Map<string, number>) => row.get(name);
    });
    const renault = readerOf('Renault');
    expect([readerOf('Renault') === renault, readerOf('Nissan') === renault, calls]).toEqual([true, false, 2]);
    expect(renault(new Map([['Renault', 3]]))).toBe(3);
  });
});

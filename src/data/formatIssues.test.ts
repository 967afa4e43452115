import type { z } from 'zod';
import { formatIssues } from './formatIssues';

const issue = (path: PropertyKey[], message = 'Invalid input: expected string, received undefined') => ({ code: 'invalid_type', expected: 'string', path, message }) as unknown as z.core.$ZodIssue;

describe('formatIssues', () => {
  it('reads the value at an issue’s path from the file’s own keys only: a missing "constructor" is nothing, not Object’s', () => {
    expect(formatIssues([issue(['constructor'])], {})).toEqual(['constructor: expected string, got nothing']);
    expect(formatIssues([issue(['companies', 0, 'toString'])], { companies: [{}] })).toEqual(['companies[0].toString: expected string, got nothing']);
    expect(formatIssues([issue(['name'])], { name: 7 })).toEqual(['name: expected string, got 7']);
  });

  it('tells a long list by its length, a short one as written, and cuts other long values at 60 characters', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `plant-${i}` }));
    expect(formatIssues([issue(['plants'], 'Too big: expected array to have <=20 items')], { plants: many })).toEqual(['plants: Too big: expected array to have <=20 items, got 30 items']);
    expect(formatIssues([issue(['sources'], 'Too small: expected array to have >=1 items')], { sources: [] })).toEqual(['sources: Too small: expected array to have >=1 items, got []']);
    expect(formatIssues([issue(['title'])], { title: 'T'.repeat(100) })[0]).toBe(`title: expected string, got "${'T'.repeat(56)}…`);
  });
});

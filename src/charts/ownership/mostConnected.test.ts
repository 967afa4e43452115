import { freeSpot } from './autoPlace';
import { describe, expect, it } from 'vitest';
import type { Company, Ownership } from '../../data/schema';
import { MOST_COMPANIES_DRAWN, MOST_STAKES_DRAWN, diagramContents, mostConnected, ownershipDiagram } from './model';
import { dataset } from '../../test/renderWithProviders';
import { intlFor } from '../../i18n/intl';

const en = intlFor('en');

const company = (id: string, kind: Company['kind'] = 'entity'): Company => ({ id, name: id, kind, brand: null });
const stake = (holder: string, held: string, percent: number | null, index: number) => ({
  index,
  stake: { holder, held, percent, voting: null, from: 2000, to: null } as unknown as Ownership,
});

describe('mostConnected (small fixture)', () => {
  const companies = [company('m1', 'member'), company('a'), company('b'), company('c'), company('m2', 'member'), company('d')];
  const active = [stake('m1', 'a', 10, 0), stake('m1', 'b', 60, 1), stake('c', 'm2', null, 2), stake('m2', 'd', 10, 3)];

  it('keeps everyone when there are no more than the most drawn', () => {
    expect(mostConnected(companies, active, 6).map((c) => c.id)).toEqual(['m1', 'a', 'b', 'c', 'm2', 'd']);
  });

  it('keeps every member, then the largest stakes, ties in dataset order, and keeps dataset order', () => {
    // Two places left after the members: b (60%), then a and d tie at 10% and a comes first; c has no figure.
    expect(mostConnected(companies, active, 4).map((c) => c.id)).toEqual(['m1', 'a', 'b', 'm2']);
    expect(mostConnected(companies, active, 3).map((c) => c.id)).toEqual(['m1', 'b', 'm2']);
  });

  it('keeps the members first, and past the limit only the best connected of them', () => {
    expect(mostConnected(companies, active, 2).map((c) => c.id)).toEqual(['m1', 'm2']);
    // m1 holds 60% of b; m2's largest is 10% of d.
    expect(mostConnected(companies, active, 1).map((c) => c.id)).toEqual(['m1']);
    // A later member with the larger stake comes first; members tied keep dataset order.
    const larger = [stake('m1', 'a', 10, 0), stake('c', 'm2', 70, 1)];
    expect(mostConnected(companies, larger, 1).map((c) => c.id)).toEqual(['m2']);
    const tied = [stake('m1', 'a', 10, 0), stake('m2', 'd', 10, 1)];
    expect(mostConnected(companies, tied, 1).map((c) => c.id)).toEqual(['m1']);
  });
});

describe('the shipped dataset (not capped)', () => {
  it('draws every company of 2023 and leaves none out', () => {
    const diagram = ownershipDiagram(dataset, 2023, 'wide', null, en, freeSpot);
    expect([diagram.leftOut, diagram.nodes.length <= MOST_COMPANIES_DRAWN]).toEqual([0, true]);
  });
});

describe('a year with more companies than the diagram draws', () => {
  const many = structuredClone(dataset);
  const extra = Array.from({ length: 60 }, (_, i) => company(`extra-${i}`, 'owner'));
  many.companies.push(...extra);
  many.ownership.push(...extra.map((c, i) => ({ ...many.ownership[0]!, holder: c.id, held: 'nissan', percent: (i % 9) + 1, from: 2020, to: null })));

  it('draws MOST_COMPANIES_DRAWN boxes and counts the rest as left to the table', () => {
    const diagram = ownershipDiagram(many, 2023, 'wide', null, en, freeSpot);
    const drawn = diagram.leftOut + diagram.nodes.length;
    expect(diagram.nodes).toHaveLength(MOST_COMPANIES_DRAWN);
    expect(drawn).toBe(ownershipDiagram(dataset, 2023, 'wide', null, en, freeSpot).nodes.length + 60);
    // Only stakes between two drawn companies are drawn.
    const ids = new Set(diagram.nodes.map((n) => n.id));
    expect(diagram.edges.every((e) => ids.has(e.holder) && ids.has(e.held))).toBe(true);
  });
});

describe('a year with more stakes between the companies drawn than the diagram draws', () => {
  // Twelve ventures each holding a stake in each other: 132 stakes among 12 boxes, every label weighed against
  // every other (20,000 such stakes froze the tab for seconds at each year).
  const dense = structuredClone(dataset);
  const ventures = Array.from({ length: 12 }, (_, i) => company(`venture-${i}`));
  dense.companies.push(...ventures);
  const pairs = ventures.flatMap((a, i) => ventures.flatMap((b, j) => (i === j ? [] : [[a.id, b.id, ((i * 12 + j) % 50) + 1] as const])));
  dense.ownership.push(...pairs.map(([holder, held, percent]) => ({ ...dense.ownership[0]!, holder, held, percent, from: 2020, to: null })));
  const shipped = ownershipDiagram(dataset, 2023, 'wide', null, en, freeSpot);

  it('draws MOST_STAKES_DRAWN, the members’ stakes and then the largest, and counts the rest as left to the table', () => {
    const diagram = ownershipDiagram(dense, 2023, 'wide', null, en, freeSpot);
    expect(diagram.edges).toHaveLength(MOST_STAKES_DRAWN);
    expect(diagramContents(dense, 2023).stakesLeftOut).toBe(shipped.edges.length + pairs.length - MOST_STAKES_DRAWN);
    // Every stake of the shipped year touching a member is kept, and of the others none drawn is smaller than one left out.
    const drawn = new Set(diagram.edges.map((e) => e.index));
    const members = new Set(dataset.companies.filter((c) => c.kind === 'member').map((c) => c.id));
    const touchesMember = (e: { holder: string; held: string }) => members.has(e.holder) || members.has(e.held);
    expect(shipped.edges.filter(touchesMember).length).toBeGreaterThan(5);
    expect(shipped.edges.filter(touchesMember).every((e) => drawn.has(e.index))).toBe(true);
    const candidates = [...shipped.edges.filter((e) => !touchesMember(e)).map((e) => e.index), ...pairs.map((_, k) => dataset.ownership.length + k)];
    const percents = (keep: boolean) => candidates.flatMap((i) => (drawn.has(i) === keep ? [dense.ownership[i]!.percent ?? 0] : []));
    expect(Math.min(...percents(true))).toBeGreaterThanOrEqual(Math.max(...percents(false)));
  });

  it('leaves none out of the shipped file', () => {
    expect(diagramContents(dataset, 2023).stakesLeftOut).toBe(0);
  });
});

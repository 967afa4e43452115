import { freeSpot } from './autoPlace';
import { boxesOverlap } from '../../components/geometry';
import { dataset } from '../../test/renderWithProviders';
import { compareSpan } from '../../state/time';
import { changeLabel, ownershipChanges } from './compare';
import { compareSummary, compareTable } from './compareText';
import { ownershipDiagram } from './model';
import { companyName } from './text';
import { intlFor } from '../../i18n/intl';

const en = intlFor('en');

// Figures checked by hand against /work/shared/seeds (wiki-alliance and the 2023 joint-projects article).
const name = (id: string) => companyName(dataset, id);
const changesOf = (from: number, to: number) =>
  ownershipChanges(dataset.ownership, from, to, en).map((c) => [c.kind, c.holder, c.held, c.label]);

describe('ownershipChanges 2012 → 2023: a stake continued by a later record of the same pair', () => {
  it('ends the Alliance’s stake in Alliance Rostec in 2022, where its last record ends, not in 2014, where the controlling stake became the planned 67.13%', () => {
    const rostec = ownershipChanges(dataset.ownership, 2012, 2023, en).find((c) => c.holder === 'renault-nissan-alliance' && c.held === 'alliance-rostec');
    expect([rostec?.kind, rostec?.label, rostec?.endedIn]).toEqual(['ended', 'ended 2022 (year inferred)', 2022]);
  });
});

describe('ownershipChanges 2016 → 2023', () => {
  const changes = () => changesOf(2016, 2023);

  it('finds Renault’s stake in Nissan cut from 43.4% to 15%, and Nissan’s 15% in Renault gaining votes', () => {
    expect(changes().filter(([kind]) => kind === 'changed')).toEqual([
      ['changed', 'renault', 'nissan', '43.4% → 15%'],
      ['changed', 'nissan', 'renault', '15% non-voting → voting'],
    ]);
  });

  it('finds Daimler’s cross-holding and the Mexican joint venture ended in 2021 and the Alliance Rostec structure ended in 2022', () => {
    expect(changes().filter(([kind]) => kind === 'ended')).toEqual([
      ['ended', 'daimler', 'renault-nissan-alliance', 'ended 2021'],
      ['ended', 'renault-nissan-alliance', 'daimler', 'ended 2021'],
      ['ended', 'renault-nissan-alliance', 'alliance-rostec', 'ended 2022 (year inferred)'],
      ['ended', 'alliance-rostec', 'avtovaz', 'ended 2022 (year inferred)'],
      ['ended', 'rnpo', 'common-purchasing', 'ended 2022 (year inferred)'],
      ['ended', 'avtovaz', 'common-purchasing', 'ended 2022 (year inferred)'],
      // The Aguascalientes 50:50 joint venture (2014), its end in 2021 inferred from the end of the arrangement.
      ['ended', 'renault-nissan-alliance', 'aguascalientes-jv', 'ended 2021 (year inferred)'],
      ['ended', 'daimler', 'aguascalientes-jv', 'ended 2021 (year inferred)'],
    ]);
  });

  it('finds Geely in Renault Korea, Horse and the Ampere investments new', () => {
    expect(changes().filter(([kind]) => kind === 'new')).toEqual([
      ['new', 'geely', 'renault-korea', 'new: 34%'],
      ['new', 'nissan', 'ampere', 'new: €600M'],
      ['new', 'mitsubishi', 'ampere', 'new: €200M'],
      ['new', 'renault', 'horse', 'new: stake'],
      ['new', 'geely', 'horse', 'new: stake'],
    ]);
  });

  it('keeps the stakes held alike in both years as unchanged', () => {
    expect(changes().filter(([kind]) => kind === 'unchanged').map(([, holder, held]) => `${holder}→${held}`)).toEqual([
      'nissan→mitsubishi',
      'renault→rnbv',
      'nissan→rnbv',
      'renault→renault-korea',
      'nissan→nissan-dongfeng-jv',
      'dongfeng→nissan-dongfeng-jv',
      'nissan→aesc',
      'nec→aesc',
      'renault-nissan-alliance→renault-korea',
      'french-state→renault',
    ]);
  });

  it('says it in one sentence', () => {
    expect(compareSummary(ownershipChanges(dataset.ownership, 2016, 2023, en), [2016, 2023], name, en)).toBe(
      'Stakes from 2016 to 2023: 2 changed, 5 new, 8 ended and 10 unchanged. Changed: Renault’s stake in Nissan, 43.4% → 15%; Nissan’s stake in Renault, 15% non-voting → voting.',
    );
  });

  it('tables the changes first, each row citing its record’s source', () => {
    const table = compareTable(ownershipChanges(dataset.ownership, 2016, 2023, en), [2016, 2023], name, en);
    expect(table.rows.slice(0, 2)).toEqual([
      { change: 'changed', holder: 'Renault', held: 'Nissan', before: '43.4% voting', after: '15% voting', source: 'wiki-alliance' },
      { change: 'changed', holder: 'Nissan', held: 'Renault', before: '15% non-voting', after: '15% voting', source: 'wiki-alliance' },
    ]);
    expect(table.rows.find((r) => r.holder === 'Geely' && r.held === 'Renault Korea Motor')).toEqual({
      change: 'new', holder: 'Geely', held: 'Renault Korea Motor', before: '—', after: '34%', source: 'alliance-joint-projects-2023',
    });
    expect(table.rows.filter((r) => String(r.change).startsWith('ended 2021')).map((r) => `${r.holder} → ${r.held}: ${r.change}`)).toEqual([
      'Daimler → Renault–Nissan Alliance: ended 2021',
      'Renault–Nissan Alliance → Daimler: ended 2021',
      'Renault–Nissan Alliance → Alliance–Daimler joint venture in Mexico: ended 2021 (year inferred)',
      'Daimler → Alliance–Daimler joint venture in Mexico: ended 2021 (year inferred)',
    ]);
    expect(table.rows).toHaveLength(25);
  });
});

describe('ownershipChanges 2001 → 2002', () => {
  it('finds RNBV new and nothing else changed', () => {
    expect(changesOf(2001, 2002).filter(([kind]) => kind !== 'unchanged')).toEqual([
      ['new', 'renault', 'rnbv', 'new: 50%'],
      ['new', 'nissan', 'rnbv', 'new: 50%'],
    ]);
  });
});

describe('ownershipChanges in the degenerate cases', () => {
  it('finds nothing changed between a year and itself', () => {
    const changes = ownershipChanges(dataset.ownership, 2016, 2016, en);
    expect(changes.every((c) => c.kind === 'unchanged')).toBe(true);
    expect(compareSummary(changes, [2016, 2016], name, en)).toBe('From 2016 to 2016 no stake changed (20 held in both years).');
  });

  it('finds everything new when nothing was held before', () => {
    expect(new Set(ownershipChanges(dataset.ownership, 1990, 1999, en).map((c) => c.kind))).toEqual(new Set(['new']));
  });

  it('reads changes forward in time whichever year is the cursor', () => {
    expect([compareSpan(2023, 2016), compareSpan(2016, 2023), compareSpan(2016, null)]).toEqual([[2016, 2023], [2016, 2023], null]);
  });

  it('finds an investment that grew changed, though its percentage (none) did not', () => {
    const stake = { holder: 'nissan', held: 'ampere', percent: null, voting: null, from: 2020, to: 2024, source: 's', investment: { amount: 600e6, currency: 'EUR' as const } };
    const grown = { ...stake, from: 2024, to: null, investment: { amount: 800e6, currency: 'EUR' as const } };
    expect(ownershipChanges([stake, grown], 2022, 2025, en).map((c) => c.kind)).toEqual(['changed']);
    expect(ownershipChanges([stake, { ...grown, investment: stake.investment }], 2022, 2025, en).map((c) => c.kind)).toEqual(['unchanged']);
  });

  it('finds a planned stake later reported at the same figure changed, and says so; an investment in another currency too', () => {
    const planned = { holder: 'renault-nissan-alliance', held: 'alliance-rostec', percent: 67.13, voting: true, from: 2014, to: 2016, source: 's', basis: 'planned' as const };
    const reported = { ...planned, from: 2016, to: null, basis: undefined };
    const changes = ownershipChanges([planned, reported], 2015, 2017, en);
    expect(changes.map((c) => [c.kind, c.label])).toEqual([['changed', '67.13% planned → reported']]);
    const euros = { holder: 'nissan', held: 'ampere', percent: null, voting: null, from: 2020, to: 2024, source: 's', investment: { amount: 600e6, currency: 'EUR' as const } };
    const dollars = { ...euros, from: 2024, to: null, investment: { amount: 600e6, currency: 'USD' as const } };
    expect(ownershipChanges([euros, dollars], 2022, 2025, en).map((c) => c.kind)).toEqual(['changed']);
  });

  it('shows an investment that changed beside a percentage that did not, in the label and in the table', () => {
    // Renault's 36.8% of Nissan, bought for US$3.5 billion (1999), as if a later record gave another price.
    const bought = dataset.ownership.find((o) => o.holder === 'renault' && o.held === 'nissan' && o.investment)!;
    const repriced = { ...bought, from: 2000, to: 2001, investment: { amount: 5e9, currency: 'USD' as const } };
    const changes = ownershipChanges([{ ...bought, to: 2000 }, repriced], 1999, 2000, en);
    expect(changes.map((c) => [c.kind, c.label])).toEqual([['changed', '36.8% ($3.5B) → 36.8% ($5B)']]);
    const row = compareTable(changes, [1999, 2000], name, en).rows[0]!;
    expect([row.before, row.after]).toEqual(['36.8% ($3.5B)', '36.8% ($5B)']);
    // A voting right gained too follows the figures' own arrow, not a second one.
    expect(changeLabel({ ...bought, voting: false }, { ...repriced, voting: true }, en)).toBe('36.8% ($3.5B) → 36.8% ($5B), now voting');
    // An investment with no percentage is its own label: said once, not "€600M (€600M)".
    const ampere = compareTable(ownershipChanges(dataset.ownership, 2016, 2023, en), [2016, 2023], name, en).rows.find((r) => r.holder === 'Nissan' && r.held === 'Ampere');
    expect([ampere?.before, ampere?.after]).toEqual(['—', '€600M']);
  });

  it('names a voting change alongside a figure change', () => {
    const stake = dataset.ownership[3]!;
    expect(changeLabel(stake, { ...stake, percent: 20, voting: true }, en)).toBe('15% → 20%, now voting');
  });
});

describe('compareSummary in French and Japanese', () => {
  const changes = (intl: typeof en) => ownershipChanges(dataset.ownership, 2016, 2023, intl);
  it('counts and names the changes in each language', () => {
    const [fr, ja] = [intlFor('fr'), intlFor('ja')];
    expect(compareSummary(changes(fr), [2016, 2023], name, fr).replace(/[\u202f\u00a0]/g, ' ')).toMatch(/^Participations de 2016 à 2023 : 2 modifiées, \d+ nouvelles, \d+ terminées et \d+ inchangées\. Modifiées : Renault dans Nissan : 43,4 % → 15 % ; Nissan dans Renault : 15 % sans droit de vote → avec droit de vote\.$/);
    expect(compareSummary(changes(ja), [2016, 2023], name, ja)).toMatch(/^2016年から2023年の出資：変化2件、新規\d+件、終了\d+件、変化なし\d+件。変化：RenaultのNissanへの出資（43\.4% → 15%）、NissanのRenaultへの出資（15% 議決権なし → 議決権あり）。$/);
  });
});

describe('a company gone by the later year', () => {
  const diagramFrom = (from: number) => ownershipDiagram(dataset, 2023, 'wide', ownershipChanges(dataset.ownership, from, 2023, en), en, freeSpot);
  it('says in its box when it left only where its compared stakes ended then: AvtoVAZ from 2016 ended 2022, from 2011 no claim', () => {
    const avtovaz = (from: number) => diagramFrom(from).nodes.find((n) => n.id === 'avtovaz')!;
    // From 2011, Renault's own 25% ended in 2012, but AvtoVAZ stayed on through Alliance Rostec until 2022.
    const renaultsStake = diagramFrom(2011).edges.find((e) => e.holder === 'renault' && e.held === 'avtovaz')!;
    expect([avtovaz(2016).lines.at(-1), avtovaz(2011).lines, [renaultsStake.isLabelDrawn, renaultsStake.drawnLabel]]).toEqual(['ended c. 2022', ['AvtoVAZ'], [true, 'ended c. 2012']]);
  });
});

describe('the compared diagram 2016 → 2023 on a phone (narrow layout)', () => {
  it('writes a voting change by where it went, "15% → voting", and keeps the whole change for its name; the wide layout writes it whole', () => {
    const edge = (layout: 'narrow' | 'wide', intl = en) => ownershipDiagram(dataset, 2023, layout, ownershipChanges(dataset.ownership, 2016, 2023, intl), intl, freeSpot).edges.find((e) => e.holder === 'nissan' && e.held === 'renault')!;
    expect([edge('narrow').drawnLabel, edge('narrow').label, edge('wide').drawnLabel]).toEqual(['15% → voting', '15% non-voting → voting', '15% non-voting → voting']);
    expect([edge('narrow', intlFor('fr')).drawnLabel.replace(/[\u202f\u00a0]/g, ' '), edge('narrow', intlFor('ja')).drawnLabel]).toEqual(['15 % → avec droit de vote', '15% → 議決権あり']);
  });

  it('keeps the "Alliance members" box and its caption inside the drawing, though a wide change label sits near its edge', () => {
    const diagram = ownershipDiagram(dataset, 2023, 'narrow', ownershipChanges(dataset.ownership, 2016, 2023, en), en, freeSpot);
    const { box, captionBox } = diagram.group!;
    expect([box.x0 >= 0, box.x1 <= diagram.width, captionBox.x0 >= 0, captionBox.x1 <= box.x1]).toEqual([true, true, true, true]);
    // Every label inside the drawing.
    expect(diagram.edges.filter((e) => e.labelBox.x0 < 0 || e.labelBox.x1 > diagram.width).map((e) => e.label)).toEqual([]);
  });
  it('draws the members’ box around members only: it stops short of Ampere and the China JV, and the one label between members whose text runs past its border does so on that side', () => {
    const diagram = ownershipDiagram(dataset, 2023, 'narrow', ownershipChanges(dataset.ownership, 2016, 2023, en), en, freeSpot);
    const { box } = diagram.group!;
    const members = new Set(diagram.nodes.filter((n) => n.kind === 'member').map((n) => n.id));
    expect(diagram.nodes.filter((n) => !members.has(n.id) && n.id !== 'rnbv' && boxesOverlap(n.box, box)).map((n) => n.id)).toEqual([]);
    const inner = diagram.edges.filter((e) => members.has(e.holder) && members.has(e.held));
    expect(inner.filter((e) => e.labelBox.x0 <= box.x0 || e.labelBox.x1 >= box.x1).map((e) => [e.label, e.labelBox.x1 >= box.x1 ? 'right' : 'left'])).toEqual([['43.4% → 15%', 'right']]);
    const ampere = diagram.nodes.find((n) => n.id === 'ampere')!;
    expect(box.x1).toBeLessThan(ampere.box.x0);
  });
});

describe('a stake the source gives no size for, then a figure (the Alliance in Alliance Rostec, 2012 → 2016)', () => {
  const rostec = (intl: typeof en) => ownershipChanges(dataset.ownership, 2012, 2016, intl).find((c) => c.held === 'alliance-rostec')!;
  it('names the edge "stake → 67.13% (planned)", draws it "stake → 67.13%" (dashed), and says in a sentence that the size was unstated, in each language', () => {
    const [fr, ja] = [intlFor('fr'), intlFor('ja')];
    expect([rostec(en).kind, rostec(en).label, rostec(en).drawn.wide]).toEqual(['changed', 'stake → 67.13% (planned)', 'stake → 67.13%']);
    const detail = (intl: typeof en) => compareSummary([rostec(intl)], [2012, 2016], name, intl).replace(/[\u202f\u00a0]/g, ' ');
    expect(detail(en)).toBe('Stakes from 2012 to 2016: 1 changed. Changed: Renault–Nissan Alliance’s stake in Alliance Rostec Auto BV, size unstated → 67.13% (planned).');
    expect(detail(fr)).toMatch(/ : taille non précisée → 67,13 % \(prévue\)\.$/);
    expect(detail(ja)).toMatch(/への出資（比率記載なし → 計画値67\.13%）。$/);
  });
});

describe('a compared stake keeps its basis: planned and inferred, as the single year says', () => {
  const pairIn = (from: number, to: number, holder: string, held: string, intl = en) =>
    ownershipChanges(dataset.ownership, from, to, intl).find((c) => c.holder === holder && c.held === held)!;
  it('says Renault’s 25% of AvtoVAZ ended in 2012 by inference, the Alliance Rostec structure in 2022 too, and Daimler’s stated 2021 end plainly', () => {
    expect(pairIn(2011, 2016, 'renault', 'avtovaz').label).toBe('ended 2012 (year inferred)');
    expect(pairIn(2016, 2023, 'alliance-rostec', 'avtovaz').label).toBe('ended 2022 (year inferred)');
    expect(pairIn(2016, 2023, 'daimler', 'renault-nissan-alliance').label).toBe('ended 2021');
    expect([pairIn(2011, 2016, 'renault', 'avtovaz', intlFor('fr')).label, pairIn(2011, 2016, 'renault', 'avtovaz', intlFor('ja')).label]).toEqual(['terminée en 2012 (année déduite)', '2012年に終了（年は推定）']);
  });
  it('keeps an investment that changed beside a planned figure that did not, and says which side is the plan', () => {
    const planned = { holder: 'renault-nissan-alliance', held: 'alliance-rostec', percent: 67.13, voting: true, from: 2014, to: 2016, source: 's', basis: 'planned' as const, investment: { amount: 23e9, currency: 'RUB' as const } };
    const reported = { ...planned, from: 2016, to: null, basis: undefined, investment: { amount: 30e9, currency: 'RUB' as const } };
    expect(ownershipChanges([planned, reported], 2015, 2017, en).map((c) => c.label)).toEqual(['67.13% (₽23B) (planned) → 67.13% (₽30B)']);
    expect(ownershipChanges([planned, { ...reported, basis: 'planned' as const }], 2015, 2017, en).map((c) => c.label)).toEqual(['67.13% (₽23B) (planned) → 67.13% (₽30B) (planned)']);
  });

  it('marks a new stake that is a plan: the Alliance Rostec 67.13%, new between 2011 and 2016', () => {
    const rostec = pairIn(2011, 2016, 'renault-nissan-alliance', 'alliance-rostec');
    expect([rostec.label, rostec.drawn.wide]).toEqual(['new: 67.13% (planned)', 'new: 67.13%']);
  });

  it('draws an inferred end short, "ended c. 2012", on its edge and in the box of AvtoVAZ, gone by 2023; its name says it in full', () => {
    const diagram = (from: number, layout: 'wide' | 'narrow') => ownershipDiagram(dataset, 2023, layout, ownershipChanges(dataset.ownership, from, 2023, en), en, freeSpot);
    expect(diagram(2016, 'wide').nodes.find((n) => n.id === 'avtovaz')!.lines.at(-1)).toBe('ended c. 2022');
    const renaults = (layout: 'wide' | 'narrow') => diagram(2011, layout).edges.find((e) => e.holder === 'renault' && e.held === 'avtovaz')!;
    expect([renaults('wide').drawnLabel, renaults('narrow').drawnLabel, renaults('wide').label]).toEqual(['ended c. 2012', 'ended c. 2012', 'ended 2012 (year inferred)']);
    expect(pairIn(2016, 2023, 'daimler', 'renault-nissan-alliance').drawn).toEqual({ wide: 'ended 2021', narrow: 'ended 2021' });
    const fr = intlFor('fr');
    expect(ownershipDiagram(dataset, 2023, 'wide', ownershipChanges(dataset.ownership, 2011, 2023, fr), fr, freeSpot).edges.find((e) => e.holder === 'renault' && e.held === 'avtovaz')!.drawnLabel.replace(/\u00a0/g, ' ')).toBe('terminée v. 2012');
  });
  it('says the 67.13% the Alliance Rostec stake reached by 2017 was planned: on the edge, in the summary and in the table, in each language', () => {
    const [fr, ja] = [intlFor('fr'), intlFor('ja')];
    const rostec = (intl = en) => pairIn(2012, 2017, 'renault-nissan-alliance', 'alliance-rostec', intl);
    const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
    // Drawn, the short dashes say it, as in the single year's diagram; in words, "(planned)".
    expect([rostec().label, rostec().drawn]).toEqual(['stake → 67.13% (planned)', { wide: 'stake → 67.13%', narrow: 'stake → 67.13%' }]);
    expect(compareSummary([rostec()], [2012, 2017], name, en)).toMatch(/Alliance Rostec Auto BV, size unstated → 67\.13% \(planned\)\.$/);
    expect(plain(compareSummary([rostec(fr)], [2012, 2017], name, fr))).toMatch(/ : taille non précisée → 67,13 % \(prévue\)\.$/);
    expect(compareSummary([rostec(ja)], [2012, 2017], name, ja)).toMatch(/（比率記載なし → 計画値67\.13%）。$/);
    const row = compareTable([rostec()], [2012, 2017], name, en).rows[0]!;
    expect([row.before, row.after]).toEqual(['stake voting', '67.13% (₽23B) voting, planned']);
  });
});

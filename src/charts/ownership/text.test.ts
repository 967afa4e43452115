import { heldYears } from '../../data/heldYears';
import type { Dataset } from '../../data/schema';
import { dataset, datasetIn } from '../../test/renderWithProviders';
import {
  companyName,
  firstSentence,
  edgeAriaLabel,
  edgeDetails,
  nodeAriaLabel,
  nodeDetails,
  ownershipEmptyMessage,
  ownershipSummary,
} from './text';
import { ownershipTable } from './table';
import { intlFor } from '../../i18n/intl';

const en = intlFor('en');

const BRANDS = ['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ'] as const;
const WIKI = 'Renault–Nissan–Mitsubishi Alliance';

describe('ownershipSummary', () => {
  it('says a stake whose start year is only its first mention is first recorded, not taken (Dongfeng, 2011)', () => {
    expect(ownershipSummary(dataset, 2011, en)).toMatch(/That year Nissan and Dongfeng Motor Company’s stakes in the Nissan–Dongfeng joint venture are first recorded\.$/);
  });

  it('says when a stake given without a figure reaches one (Alliance Rostec, 67.13% by mid-2014), and names the new Mexican joint venture', () => {
    expect(ownershipSummary(dataset, 2014, en)).toMatch(
      /That year the Renault–Nissan Alliance’s stake in Alliance Rostec Auto BV was planned to reach 67\.13%, the Renault–Nissan Alliance took 50% of the Alliance–Daimler joint venture in Mexico, Daimler took 50% of the Alliance–Daimler joint venture in Mexico and the French State’s 15% of Renault is first recorded\.$/,
    );
  });

  it('states the 2017 cross-shareholding and that nothing changed since 2016', () => {
    expect(ownershipSummary(dataset, 2017, en)).toBe(
      'In 2017 Renault held 43.4% of Nissan; Nissan held 15% of Renault without votes and 34% of Mitsubishi Motors. The structure was unchanged since 2016.',
    );
  });

  // The change is worded from its own sentence, "In 2023, Renault reduced its 43.3% voting stake in Nissan to 15%",
  // though 2001–2022 are drawn at the 43.4% the source states twice elsewhere (the source panel shows both).
  it('states the 2023 rebalancing', () => {
    expect(ownershipSummary(dataset, 2023, en)).toBe(
      'In 2023 Renault held 15% of Nissan; Nissan held 15% of Renault and 34% of Mitsubishi Motors. That year Renault’s stake in Nissan went from 43.3% to 15%, Nissan’s 15% of Renault gained votes and 5 stakes appear in the sources for the first time.',
    );
  });

  it('counts Daimler’s exit in 2021: the cross-holding and both halves of the Mexican joint venture', () => {
    expect(ownershipSummary(dataset, 2021, en)).toBe(
      'In 2021 Renault held 43.4% of Nissan; Nissan held 15% of Renault without votes and 34% of Mitsubishi Motors. That year 4 stakes ended.',
    );
  });

  it('says that the year Renault’s direct 25% of AvtoVAZ ended (2012) is inferred: no source gives it', () => {
    expect(ownershipSummary(dataset, 2012, en)).toBe(
      'In 2012 Renault held 43.4% of Nissan; Nissan held 15% of Renault without votes. That year 3 new stakes appeared and Renault’s 25% of AvtoVAZ ended (year inferred).',
    );
  });

  it('states the founding stake in 1999', () => {
    expect(ownershipSummary(dataset, 1999, en)).toBe('In 1999 Renault held 36.8% of Nissan. That year the Alliance began.');
  });

  it('says there is nothing before the Alliance', () => {
    expect(ownershipSummary(dataset, 1998, en)).toBe('No stakes are recorded for 1998.');
  });

  it('says when no member holds another', () => {
    const data: Dataset = { ...dataset, ownership: dataset.ownership.filter((s) => s.holder === 'french-state') };
    expect(ownershipSummary(data, 2016, en)).toBe('In 2016 no Alliance member held shares in another. The structure was unchanged since 2015.');
  });
});

describe('ownershipEmptyMessage', () => {
  it('explains that the Alliance began in 1999', () => {
    expect(ownershipEmptyMessage(dataset, 1998, BRANDS, en)).toBe(
      'The Alliance began in 1999: there are no cross-shareholdings to show for 1998. Pick a later year.',
    );
  });

  it('asks for a brand when none is selected', () => {
    expect(ownershipEmptyMessage(dataset, 2017, [], en)).toBe('No brand is selected: pick at least one brand to see who owned whom.');
  });

  it('is null when there is something to draw', () => {
    expect(ownershipEmptyMessage(dataset, 2017, ['Nissan'], en)).toBeNull();
  });

  it('says the dataset holds no stakes when the ownership list is empty, not "began in Infinity"', () => {
    const data: Dataset = { ...dataset, ownership: [] };
    expect(ownershipEmptyMessage(data, 2023, BRANDS, en)).toBe('The dataset records no stakes, so there is no ownership structure to show.');
    expect(ownershipEmptyMessage({ ...data, companies: [] }, 1999, BRANDS, en)).toBe('The dataset records no stakes, so there is no ownership structure to show.');
  });
});

describe('edgeAriaLabel', () => {
  it('states percent and votes', () => {
    expect(edgeAriaLabel(dataset, dataset.ownership[1]!, en)).toBe('Renault holds 43.4% of Nissan (voting)');
  });

  it('states a non-voting stake', () => {
    expect(edgeAriaLabel(dataset, dataset.ownership[3]!, en)).toBe('Nissan holds 15% of Renault (non-voting)');
  });

  it('states an investment without a percentage', () => {
    expect(edgeAriaLabel(dataset, dataset.ownership[16]!, en)).toBe('Nissan invested €600M in Ampere (no percentage given)');
  });

  it('says in the joint venture’s tooltip that the 67.13% is planned', () => {
    expect(nodeDetails(dataset, 2014, 'alliance-rostec', en).sections.find((s) => s.heading === 'Held by')?.items.map((i) => i.text)).toEqual([
      'Renault–Nissan Alliance: 67.13%, voting, planned, 2014–2021 (end inferred)',
    ]);
  });

  it('says the Alliance’s 67.13% of Alliance Rostec is a plan no source reports reached', () => {
    expect(edgeAriaLabel(dataset, dataset.ownership[10]!, en)).toBe(
      'The Renault–Nissan Alliance holds 67.13% of Alliance Rostec Auto BV (voting; planned: 67.13% by 2014, not reported as reached)',
    );
  });

  it('states a stake with no figure', () => {
    expect(edgeAriaLabel(dataset, dataset.ownership[14]!, en)).toBe(
      'Renault holds a stake in Renault Korea Motor (voting rights not stated; no figure given)',
    );
  });
});

describe('heldYears', () => {
  it('gives the last year held, `to` being exclusive', () => {
    expect(heldYears(dataset.ownership[1]!, intlFor('en'))).toBe('2001–2022');
  });

  it('says "since" for a stake still held', () => {
    expect([heldYears(dataset.ownership[2]!, intlFor('en')), heldYears(dataset.ownership[2]!, intlFor('fr')), heldYears(dataset.ownership[2]!, intlFor('ja'))]).toEqual(['since 2023', 'depuis 2023', '2023年から']);
  });

  it('says "in" for a stake held one year', () => {
    expect(heldYears({ ...dataset.ownership[1]!, from: 2005, to: 2006 }, intlFor('en'))).toBe('in 2005');
  });

  it('marks an end inferred only where there is an end', () => {
    expect([heldYears({ from: 2001, to: 2015, toIsInferred: true }, intlFor('en')), heldYears({ from: 2001, to: null, toIsInferred: true }, intlFor('en'))]).toEqual(['2001–2014 (end inferred)', 'since 2001']);
  });
});

describe('nodeDetails', () => {
  it('lists Renault’s stakes in and out in 2023 and those that ended that year', () => {
    const details = nodeDetails(dataset, 2023, 'renault', en);
    expect(details.sections.map((s) => [s.heading, s.items.map((i) => i.text)])).toEqual([
      ['Holds', ['15% of Nissan, voting, since 2023', '50% of Renault–Nissan BV, since 2002', 'a stake in Renault Korea Motor (no figure given), since 2000', 'a stake in Horse (no figure given), since 2023']],
      ['Held by', ['Nissan: 15%, voting, since 2023', 'French State: a stake (no figure given), since 2015']],
      ['Ended or changed in 2023', ['43.4% of Nissan, voting, 2001–2022', 'Nissan: 15%, non-voting, 2001–2022']],
    ]);
  });

  it('names the kind of company, the year and the sources', () => {
    const details = nodeDetails(dataset, 2023, 'renault', en);
    expect([details.title, details.subtitle, details.sources]).toEqual([
      'Renault',
      'Alliance member · as of 2023',
      [WIKI, 'The Renault-Nissan Alliance relaunches joint projects'],
    ]);
  });

  it('notes Daimler’s exit on the Alliance in 2021, the joint venture’s end said to be inferred', () => {
    const ended = nodeDetails(dataset, 2021, 'renault-nissan-alliance', en).sections.find((s) => s.heading === 'Ended or changed in 2021');
    expect(ended?.items).toEqual([
      {
        text: 'Daimler: 3.1%, 2010–2020',
        note: '“A combined 3.1% in Renault and Nissan”: the source does not split it between the two, so it is drawn against one “Renault–Nissan Alliance” box that stands for Renault and Nissan together, not against either company.',
      },
      {
        text: 'a stake in Daimler (no figure given), 2010–2020',
        note: 'The other side of the 2010 equity exchange: Renault and Nissan together (drawn as the “Renault–Nissan Alliance” box) held shares in Daimler; the source gives no figure and no split.',
      },
      {
        text: '50% of the Alliance–Daimler joint venture in Mexico, 2014–2020 (end inferred)',
        note: 'Half each (“a 50:50 joint venture”), from June 2014 until 2021 — an end inferred, not stated: the source says only that in 2021 the partners “ended the formal arrangement between the Alliance and Daimler” (the shares it says were sold are the 2010 cross-holding’s, not the venture’s).',
      },
    ]);
  });
});

describe('edgeDetails', () => {
  it('gives the kind of shares, the years, the quote and the source', () => {
    const details = edgeDetails(dataset, dataset.ownership[3]!, en);
    expect([details.title, details.subtitle, details.sections[0]?.items[0]?.text, details.sources]).toEqual([
      'Nissan holds 15% of Renault (non-voting)',
      'Non-voting shares (long dashes) · 2001–2022',
      '“Nissan held a 15% non-voting stake in Renault … Nissan took a 15% stake in Renault”',
      [WIKI],
    ]);
  });

  it('says when no figure is given', () => {
    expect(edgeDetails(dataset, dataset.ownership[18]!, en).subtitle).toBe('No figure given · since 2023');
  });

  it('heads a planned stake as planned, not as voting shares', () => {
    expect(edgeDetails(dataset, dataset.ownership[10]!, en).subtitle).toBe('Planned (short dashes): 67.13% by 2014, not reported as reached · 2014–2021 (end inferred)');
  });
});

describe('nodeAriaLabel', () => {
  it('reads Mitsubishi’s stakes in 2023', () => {
    expect(nodeAriaLabel(dataset, 2023, 'mitsubishi', en)).toBe(
      'Mitsubishi Motors. Holds: €200M invested in Ampere, since 2023. Held by: Nissan: 34%, voting, since 2016',
    );
  });
});

describe('companyName', () => {
  it('drops the parenthesis', () => {
    expect(companyName(dataset, 'renault-korea')).toBe('Renault Korea Motor');
  });

  it('falls back to the id', () => {
    expect(companyName(dataset, 'newco')).toBe('newco');
  });
});

describe('ownershipTable', () => {
  it('has one row per stake held in 1999, with raw numbers (the $3.5 billion Renault paid for its 36.8%) and the source id', () => {
    expect(ownershipTable(dataset, 1999, en).rows).toEqual([
      { holder: 'Renault', held: 'Nissan', percent: 36.8, investment: 3500000000, currency: 'USD', voting: 'not stated', basis: 'stated', from: 1999, to: 2001, toBasis: 'stated', source: 'wiki-alliance' },
    ]);
  });

  it('gives the investment where there is no percent', () => {
    expect(ownershipTable(dataset, 2023, en).rows.find((r) => r.held === 'Ampere' && r.holder === 'Nissan')).toEqual({
      holder: 'Nissan', held: 'Ampere', percent: null, investment: 600000000, currency: 'EUR', voting: 'not stated', basis: 'stated', from: 2023, to: null, toBasis: null, source: 'alliance-joint-projects-2023',
    });
  });

  it('says in the End column which ends a source gives and which are inferred (the Russian joint venture’s 2022, from Renault’s exit)', () => {
    const rows = ownershipTable(dataset, 2015, en).rows;
    const end = (holder: string, held: string) => rows.find((r) => r.holder === holder && r.held === held)?.toBasis;
    expect([end('Renault–Nissan Alliance', 'Alliance Rostec Auto BV'), end('Daimler', 'Renault–Nissan Alliance'), end('Renault', 'Nissan')]).toEqual(['inferred', 'stated', 'stated']);
  });

  it('marks the planned 67.13% as planned in the Basis column', () => {
    expect(ownershipTable(dataset, 2014, en).rows.filter((r) => r.basis === 'planned').map((r) => [r.holder, r.held, r.percent])).toEqual([
      ['Renault–Nissan Alliance', 'Alliance Rostec Auto BV', 67.13],
    ]);
  });

  it('has no rows before the Alliance', () => {
    expect(ownershipTable(dataset, 1998, en).rows).toEqual([]);
  });
});

describe('ownership words in French and Japanese', () => {
  const [fr, ja] = [intlFor('fr'), intlFor('ja')];
  const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

  it('states 1999, 2017 and 2023 in French: « participation », percentages as French writes them', () => {
    expect([1999, 2017, 2023].map((year) => plain(ownershipSummary(dataset, year, fr)))).toEqual([
      'En 1999, Renault détenait 36,8 % de Nissan. Cette année-là, l’Alliance a été fondée.',
      'En 2017, Renault détenait 43,4 % de Nissan ; Nissan détenait 15 % de Renault sans droit de vote et 34 % de Mitsubishi Motors. La structure n’avait pas changé depuis 2016.',
      'En 2023, Renault détenait 15 % de Nissan ; Nissan détenait 15 % de Renault et 34 % de Mitsubishi Motors. Cette année-là, la participation de Renault dans Nissan est passée de 43,3 % à 15 %, Nissan a obtenu les droits de vote attachés à 15 % de Renault et 5 participations apparaissent pour la première fois dans les sources.',
    ]);
  });

  it('states 1999, 2017 and 2023 in Japanese', () => {
    expect([1999, 2017, 2023].map((year) => ownershipSummary(dataset, year, ja))).toEqual([
      '1999年、RenaultはNissanの36.8%を保有。この年の動き：アライアンスが発足。',
      '2017年、RenaultはNissanの43.4%を保有、NissanはRenaultの15%（議決権なし）、Mitsubishi Motorsの34%を保有。構造は2016年から変化なし。',
      // One register, noun-ended like the first sentence (a review found the changes a run-on of three forms).
      '2023年、RenaultはNissanの15%を保有、NissanはRenaultの15%、Mitsubishi Motorsの34%を保有。この年の動き：RenaultのNissanへの出資比率が43.3%から15%に変化、Nissanが保有するRenaultの15%が議決権を取得、出典に初めて現れる出資が5件。',
    ]);
  });

  it('keeps the source’s two decimals: 67.13 % in French, and gives a name its article (« de l’État français », not « de État français »)', () => {
    expect(plain(ownershipSummary(datasetIn('fr'), 2014, fr))).toBe(
      'En 2014, Renault détenait 43,4 % de Nissan ; Nissan détenait 15 % de Renault sans droit de vote. Cette année-là, la participation de l’Alliance Renault–Nissan dans Alliance Rostec Auto BV devait atteindre 67,13 %, l’Alliance Renault–Nissan a pris 50 % de la coentreprise Alliance–Daimler au Mexique, Daimler a pris 50 % de la coentreprise Alliance–Daimler au Mexique et la participation de l’État français dans Renault (15 %) apparaît pour la première fois.',
    );
    // A tooltip's sentence opens with the name: its article takes a capital.
    const frenchState = datasetIn('fr').ownership.find((s) => s.holder === 'french-state')!;
    expect(plain(edgeAriaLabel(datasetIn('fr'), frenchState, fr))).toBe('L’État français détient 15 % de Renault (avec droit de vote)');
  });

  it('words the empty state and the table in Japanese', () => {
    expect(ownershipEmptyMessage(dataset, 1998, BRANDS, ja)).toBe('アライアンスの発足は1999年です。1998年に示す資本提携はありません。後の年を選んでください。');
    const table = ownershipTable(dataset, 2017, ja);
    expect([table.caption, table.columns[0]?.label, table.rows[0]?.voting]).toEqual(['2017年の出資', '出資元', 'あり']);
  });
});

describe('ownership tooltips and accessible names in French and Japanese', () => {
  it('names an edge in each language, percentages and voting words included', () => {
    const label = (locale: 'fr' | 'ja', index: number) => edgeAriaLabel(dataset, dataset.ownership[index]!, intlFor(locale)).replace(/[\u202f\u00a0]/g, ' ');
    expect([label('fr', 1), label('fr', 3), label('ja', 1), label('ja', 3)]).toEqual([
      'Renault détient 43,4 % de Nissan (avec droit de vote)',
      'Nissan détient 15 % de Renault (sans droit de vote)',
      'RenaultはNissanの43.4%を保有（議決権あり）',
      'NissanはRenaultの15%を保有（議決権なし）',
    ]);
  });
  it('heads a company’s tooltip sections in Japanese and keeps the dataset’s notes as written', () => {
    const details = nodeDetails(dataset, 2023, 'renault', intlFor('ja'));
    expect([details.subtitle, details.sections.map((s) => s.heading)]).toEqual(['アライアンス構成企業・2023年時点', ['保有', '出資元', '2023年に終了・変更']]);
    expect(details.sections[0]?.items[0]?.note).toBe(nodeDetails(dataset, 2023, 'renault', en).sections[0]?.items[0]?.note);
  });
});

describe('firstSentence', () => {
  it('ends at a full stop followed by a capital, a quote or a parenthesis, not inside a figure or an abbreviation', () => {
    expect([
      firstSentence('Held until the 2001 increase to 43.4%. The source does not say.'),
      firstSentence('Three cells, e.g. 2016: 9,961,347. Mitsubishi joined in 2016.'),
      firstSentence('Attested in 2014. “Equally owned”, the source says.'),
      firstSentence('No sentence break here'),
      firstSentence('Held via Nissan (U.S.A.) Inc. Later sold.'),
    ]).toEqual(['Held until the 2001 increase to 43.4%.', 'Three cells, e.g. 2016: 9,961,347.', 'Attested in 2014.', 'No sentence break here', 'Held via Nissan (U.S.A.) Inc.']);
  });
  it('takes a French capital with an accent, and the Japanese full stop', () => {
    expect([firstSentence('Détenue depuis 1999. États et parts non précisés.'), firstSentence('出典には比率の記載がありません。2023年12月の記事は社名をRenault Korea Motorとしています。')]).toEqual([
      'Détenue depuis 1999.',
      '出典には比率の記載がありません。',
    ]);
  });
  it('reads a hostile note of 200,000 characters in one pass', () => {
    const note = '. a'.repeat(100_000) + 'x';
    expect(firstSentence(note)).toBe(note);
  });
});


import { dataset, domain } from '../../test/renderWithProviders';
import { intlFor } from '../../i18n/intl';
import { evComparison } from './compare';
import { evCursor } from './cursor';
import { evLines, evWindow } from './model';

// Milestones checked by hand against the seeds' zero-emission table (wiki-alliance).
const compareAt = (at: number, vs: number | null, lang: 'en' | 'fr' | 'ja' = 'en', range: [number, number] = [2011, 2018]) => {
  const intl = intlFor(lang);
  const months = evWindow(dataset, range);
  return evComparison(evCursor(evLines(dataset, domain.brands, months, intl), months, at, intl, vs), intl).sentence;
};

describe('evComparison', () => {
  it('compares two years instead, earlier first: the three largest later figures of the lines that moved in between', () => {
    // Only these two lines have a figure by 2014 (Alliance Oct 2014, Leaf Jan 2014) and a newer one by 2016.
    const expected = 'Comparing 2014 with 2016: Alliance 200,000 (Oct 2014) → 350,000 (Aug 2016); Nissan Leaf 100,000 (Jan 2014) → 250,000 (Dec 2016).';
    expect(compareAt(2016, 2014)).toBe(expected);
    expect(compareAt(2014, 2016)).toBe(expected);
    // Between 2017 and 2018 only the Leaf moved (300,000 in Jan 2018); the Alliance's 500,000 stands from Dec 2017.
    expect(compareAt(2018, 2017)).toBe('Comparing 2017 with 2018: Nissan Leaf 250,000 (Dec 2016) → 300,000 (Jan 2018).');
  });

  it('says why nothing is compared where no line moved, and leaves the cursor’s reading to follow (moved false)', () => {
    // Nothing is read by 2011 at all; in 2018 and 2019 the lines read are the same milestones (the last before 2019's Dec).
    expect(compareAt(2012, 2011)).toBe('Comparing 2011 with 2012: no line has a reported figure by 2011.');
    const months = evWindow(dataset, [2011, 2018]);
    const lines = evLines(dataset, domain.brands, months, intlFor('en'));
    expect(evComparison(evCursor(lines, months, 2012, intlFor('en'), 2011), intlFor('en')).moved).toBe(false);
    expect(evComparison(evCursor(lines, months, 2016, intlFor('en'), 2014), intlFor('en')).moved).toBe(true);
    expect([compareAt(2012, 2011, 'fr'), compareAt(2012, 2011, 'ja')]).toEqual([
      'Comparaison de 2011 avec 2012\u202f: aucune courbe n’a de chiffre publié en 2011.',
      '2011年と2012年の比較：2011年までに数値が報告されたシリーズはありません。',
    ]);
  });

  it('is empty without a comparison', () => {
    expect(compareAt(2016, null)).toBe('');
    expect(evComparison(null, intlFor('en'))).toEqual({ sentence: '', moved: false });
  });

  // The series' names are the dataset's (the page's language texts translate them; not loaded here).
  it('speaks French and Japanese', () => {
    expect(compareAt(2016, 2014, 'fr')).toBe('Comparaison de 2014 avec 2016\u202f: Alliance 200\u202f000 (oct. 2014) → 350\u202f000 (août 2016)\u202f; Nissan Leaf 100\u202f000 (janv. 2014) → 250\u202f000 (déc. 2016).');
    expect(compareAt(2016, 2014, 'ja')).toBe('2014年と2016年の比較：Alliance 20万台（2014年10月）→35万台（2016年8月）／Nissan Leaf 10万台（2014年1月）→25万台（2016年12月）。');
  });
});

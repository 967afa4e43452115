import { textWidth } from '../../components/textWidth';
import { dataset, domain } from '../../test/renderWithProviders';
import { evLines, evMarkers, evWindow, MAX_DIRECT_LABEL } from './model';
import { evTable } from './table';
import { intlFor } from '../../i18n/intl';

const en = intlFor('en');

const LONG = `Nissan Leaf ${'Plus '.repeat(100)}`.slice(0, 500);
// Computed inside each test, never when the file loads: a model's code run at load time makes every mutant in it
// "static" for `npm run mutate`, rerunning every test of the area instead of the few that reach it.
const full = () => evWindow(dataset, [1999, 2023]);

describe('a 500-character EV series label and launch model', () => {
  const long = {
    ...dataset,
    evSeries: dataset.evSeries.map((s) => (s.id === 'leaf' ? { ...s, label: LONG } : s)),
    evLaunches: dataset.evLaunches.map((l) => (l.model === 'Nissan Leaf' ? { ...l, model: `Nissan ${'Leafy'.repeat(100)}` } : l)),
  };
  const leaf = () => evLines(long, domain.brands, full(), en).find((l) => l.key === 'leaf')!;

  it('draws its direct label cut with an ellipsis, no wider than a label may be', () => {
    expect(leaf().shortLabel.startsWith('Leaf Plus')).toBe(true);
    expect(leaf().shortLabel.endsWith('…')).toBe(true);
    expect(textWidth(leaf().shortLabel, 12, true)).toBeLessThanOrEqual(MAX_DIRECT_LABEL);
  });

  it('keeps the whole label for the tooltip, the accessible name and the table', () => {
    expect([leaf().fullLabel, leaf().label.length > 400]).toEqual([LONG, true]);
    expect(evTable([leaf()], intlFor('en')).rows.every((row) => Object.values(row).some((cell) => typeof cell === 'string' && cell.length > 400))).toBe(true);
  });

  it('cuts a launch label made of one 500-character word', () => {
    const launch = evMarkers(long, domain.brands, full(), en).find((m) => m.title.startsWith('Nissan Leafy'))!;
    expect([launch.label.endsWith('…'), textWidth(launch.label, 12) <= MAX_DIRECT_LABEL, launch.title.length]).toEqual([true, true, 516]);
  });
});

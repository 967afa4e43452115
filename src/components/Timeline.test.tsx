import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFilters } from '../state/filters';
import { domain, renderInLocale } from '../test/renderWithProviders';
import { Timeline, type TimelineBand } from './Timeline';

const BANDS = [
  { key: 'sales', label: 'filters.band.sales', span: [2011, 2018] as const },
  { key: 'ev', label: 'filters.band.ev', span: [2009, 2021] as const },
  { key: 'ownership', label: 'filters.band.ownership', span: [1999, 2023] as const },
] satisfies TimelineBand[];

beforeEach(() => {
  useFilters.setState(useFilters.getInitialState(), true);
  useFilters.getState().setDomain(domain);
});

function renderAt(range: readonly [number, number], at: number | null = null) {
  renderInLocale(<Timeline bands={BANDS} />);
  act(() => {
    useFilters.getState().setYearRange(range);
    if (at !== null) useFilters.getState().setAt(at);
  });
}

const slider = (name: string) => screen.getByRole('slider', { name });
const FROM = 'Start of the year range';
const TO = 'End of the year range';
const AT = 'Year shown in every view';
const texts = () => [FROM, TO, AT].map((name) => slider(name).getAttribute('aria-valuetext'));

describe('Timeline', () => {
  it('names each handle and says its value in words', () => {
    renderAt([2011, 2018], 2016);
    expect(texts()).toEqual(['From 2011', 'To 2018', 'As of 2016']);
    expect([slider(AT).getAttribute('aria-valuemin'), slider(AT).getAttribute('aria-valuemax')]).toEqual(['2011', '2018']);
  });

  it('moves the cursor with arrows, PageUp/PageDown and Home/End, never leaving the range', async () => {
    renderAt([2011, 2018], 2016);
    slider(AT).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(useFilters.getState().at).toBe(2017);
    await userEvent.keyboard('{PageUp}');
    expect(useFilters.getState().at).toBe(2018);
    await userEvent.keyboard('{PageDown}{ArrowLeft}');
    expect(useFilters.getState().at).toBe(2012);
    await userEvent.keyboard('{Home}');
    expect(useFilters.getState().at).toBe(2011);
    await userEvent.keyboard('{ArrowLeft}');
    expect([useFilters.getState().at, useFilters.getState().yearRange]).toEqual([2011, [2011, 2018]]);
    await userEvent.keyboard('{End}');
    expect(texts()).toEqual(['From 2011', 'To 2018', 'As of 2018']);
  });

  it('moves the range start, which stops at the range end and pushes the cursor ahead of it', async () => {
    renderAt([2011, 2018], 2013);
    slider(FROM).focus();
    await userEvent.keyboard('{PageUp}');
    expect(texts()).toEqual(['From 2016', 'To 2018', 'As of 2016']);
    await userEvent.keyboard('{End}');
    expect(texts()).toEqual(['From 2018', 'To 2018', 'As of 2018']);
    await userEvent.keyboard('{Home}');
    expect(texts()).toEqual(['From 1999', 'To 2018', 'As of 2018']);
  });

  it('moves the range end, which pulls the cursor back inside when it passes it', async () => {
    renderAt([2011, 2018], 2016);
    slider(TO).focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(texts()).toEqual(['From 2011', 'To 2015', 'As of 2015']);
    await userEvent.keyboard('{End}');
    expect(texts()).toEqual(['From 2011', 'To 2023', 'As of 2015']);
    await userEvent.keyboard('{Home}');
    expect(texts()).toEqual(['From 2011', 'To 2011', 'As of 2011']);
  });

  it('drags the cursor with a pointer, clamped into the range', () => {
    renderAt([2011, 2018], 2016);
    const track = document.querySelector('.timeline-track')!;
    // jsdom has no layout: give the track a 240px box, 10px per year over 1999–2023.
    track.getBoundingClientRect = () => ({ left: 0, width: 240, top: 0, height: 18, right: 240, bottom: 18, x: 0, y: 0, toJSON: () => ({}) });
    fireEvent.pointerDown(slider(AT), { pointerId: 1, clientX: 170 });
    fireEvent.pointerMove(slider(AT), { pointerId: 1, clientX: 130 });
    expect(useFilters.getState().at).toBe(2012);
    fireEvent.pointerMove(slider(AT), { pointerId: 1, clientX: 20 });
    expect(useFilters.getState().at).toBe(2011);
    fireEvent.pointerUp(slider(AT), { pointerId: 1 });
    fireEvent.pointerMove(slider(AT), { pointerId: 1, clientX: 150 });
    expect(useFilters.getState().at).toBe(2011);
  });

  it('moves the cursor to a year label pressed under the track, kept inside the range', () => {
    renderAt([2011, 2018], 2016);
    const track = document.querySelector('.timeline-track')!;
    // jsdom has no layout: give the track a 240px box, 10px per year over 1999–2023.
    track.getBoundingClientRect = () => ({ left: 0, width: 240, top: 0, height: 18, right: 240, bottom: 18, x: 0, y: 0, toJSON: () => ({}) });
    fireEvent.pointerDown(screen.getByText('2014'), { pointerId: 1, clientX: 150 });
    expect(useFilters.getState().at).toBe(2014);
    fireEvent.pointerDown(screen.getByText('2022'), { pointerId: 1, clientX: 230 });
    expect(useFilters.getState().at).toBe(2018);
  });

  it('lists where each view has data', () => {
    renderAt([2011, 2018]);
    expect(screen.getByText(/Years with data/).parentElement?.textContent).toBe('Years with data: Sales 2011–2018EV 2009–2021Ownership 1999–2023');
  });
});

import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ViewsRegion } from '../components/ViewsRegion';
import { DrawnChoicesProvider, useDrawnChoices } from './drawnChoices';
import { datasetDomain, useFilters } from './filters';
import { afterDrawn, dataset } from '../test/renderWithProviders';

function Drawn() {
  const { yearRange, brands } = useDrawnChoices();
  return <p>{`${yearRange.join('–')} ${brands.join(', ')}`}</p>;
}

describe('DrawnChoicesProvider', () => {
  beforeEach(() => {
    useFilters.setState(useFilters.getInitialState(), true);
    useFilters.getState().setDomain(datasetDomain(dataset));
  });

  it('gives the views the store’s choices, and a change only after its frame is painted', async () => {
    render(
      <DrawnChoicesProvider>
        <Drawn />
      </DrawnChoicesProvider>,
    );
    expect(screen.getByText('1999–2023 Renault, Nissan, Mitsubishi, AvtoVAZ')).toBeInTheDocument();
    act(() => {
      useFilters.getState().setYearRange([2011, 2018]);
      useFilters.getState().toggleBrand('Nissan');
    });
    // The click's own frame still shows what was drawn: the redraw must not stand between a click and its frame.
    expect(screen.getByText('1999–2023 Renault, Nissan, Mitsubishi, AvtoVAZ')).toBeInTheDocument();
    await afterDrawn();
    expect(screen.getByText('2011–2018 Renault, Mitsubishi, AvtoVAZ')).toBeInTheDocument();
  });

  it('marks the views busy from a change until they have drawn it', async () => {
    render(
      <DrawnChoicesProvider>
        <ViewsRegion className="grid">
          <Drawn />
        </ViewsRegion>
      </DrawnChoicesProvider>,
    );
    const region = screen.getByRole('main');
    expect(region).not.toHaveAttribute('aria-busy');
    act(() => useFilters.getState().toggleBrand('Nissan'));
    expect(region).toHaveAttribute('aria-busy', 'true');
    await afterDrawn();
    expect(region).not.toHaveAttribute('aria-busy');
    expect(screen.getByText('1999–2023 Renault, Mitsubishi, AvtoVAZ')).toBeInTheDocument();
  });

  it('starts a new dataset’s views from its own choices in the same render, not a frame later', () => {
    render(
      <DrawnChoicesProvider>
        <Drawn />
      </DrawnChoicesProvider>,
    );
    act(() => useFilters.getState().setDomain({ years: [2005, 2010], brands: ['Renault', 'Nissan'] }));
    expect(screen.getByText('2005–2010 Renault, Nissan')).toBeInTheDocument();
  });

  it('draws the latest of changes made before a frame, once', async () => {
    const drawn: string[] = [];
    function Recorder() {
      const { brands } = useDrawnChoices();
      drawn.push(brands.join(', '));
      return null;
    }
    render(
      <DrawnChoicesProvider>
        <Recorder />
      </DrawnChoicesProvider>,
    );
    act(() => useFilters.getState().toggleBrand('Nissan'));
    act(() => useFilters.getState().toggleBrand('AvtoVAZ'));
    await afterDrawn();
    expect(drawn).toEqual(['Renault, Nissan, Mitsubishi, AvtoVAZ', 'Renault, Mitsubishi']);
  });

  it('is required: a view outside it says so instead of drawing from nothing', () => {
    expect(() => render(<Drawn />)).toThrow('useDrawnChoices is used outside DrawnChoicesProvider');
  });
});

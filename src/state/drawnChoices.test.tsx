import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DrawnChoicesProvider, useDrawnChoices } from './drawnChoices';
import { datasetDomain, useFilters } from './filters';
import { dataset } from '../test/renderWithProviders';

function Drawn() {
  const { yearRange, brands } = useDrawnChoices();
  return <p>{`${yearRange.join('–')} ${brands.join(', ')}`}</p>;
}

describe('DrawnChoicesProvider', () => {
  beforeEach(() => {
    useFilters.setState(useFilters.getInitialState(), true);
    useFilters.getState().setDomain(datasetDomain(dataset));
  });

  it('gives the views the store’s choices, and the new ones once a change is drawn', async () => {
    render(
      <DrawnChoicesProvider>
        <Drawn />
      </DrawnChoicesProvider>,
    );
    expect(screen.getByText('1999–2023 Renault, Nissan, Mitsubishi, AvtoVAZ')).toBeInTheDocument();
    await act(async () => {
      useFilters.getState().setYearRange([2011, 2018]);
      useFilters.getState().toggleBrand('Nissan');
    });
    expect(screen.getByText('2011–2018 Renault, Mitsubishi, AvtoVAZ')).toBeInTheDocument();
  });

  it('is required: a view outside it says so instead of drawing from nothing', () => {
    expect(() => render(<Drawn />)).toThrow('useDrawnChoices is used outside DrawnChoicesProvider');
  });
});

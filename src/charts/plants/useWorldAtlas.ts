import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { outlineOf, type CountryOutline } from './outlines';
// A hashed asset fetched on demand: the ~100 KB topology stays out of the JS bundle and off the dataset's path.
import atlasUrl from 'world-atlas/countries-110m.json?url';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const LOAD_TIMEOUT_MS = 15_000;

/** Natural Earth 110m countries' outlines, without Antarctica (no plants, and it would fill the map's foot). */
export function countriesFromTopology(topology: CountriesTopology): CountryOutline[] {
  const countries = topology.objects.countries;
  if (countries?.type !== 'GeometryCollection') throw new Error('The world atlas has no "countries" collection.');
  return feature(topology, countries).features.filter((country) => country.properties.name !== 'Antarctica').map(outlineOf);
}

async function loadCountries(signal: AbortSignal): Promise<CountryOutline[]> {
  const response = await fetch(atlasUrl, { signal });
  if (!response.ok) throw new Error(`The world atlas could not load (HTTP ${response.status}).`);
  return countriesFromTopology((await response.json()) as CountriesTopology);
}

const worldAtlasQuery = queryOptions({
  queryKey: ['world-atlas'],
  queryFn: ({ signal }) => loadCountries(AbortSignal.any([signal, AbortSignal.timeout(LOAD_TIMEOUT_MS)])),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});

/** Country outlines for the plants map, loaded once and kept for the session. */
export function useWorldAtlas() {
  return useQuery(worldAtlasQuery);
}

/** The outlines, fetched once: a pre-rendered page, whose map has them, waits for them before hydrating. */
export function fetchWorldAtlas(client: QueryClient): Promise<CountryOutline[]> {
  return client.fetchQuery(worldAtlasQuery);
}

/** Puts outlines read from the package in the cache, as the build-time pre-render does. */
export function setWorldAtlas(client: QueryClient, topology: CountriesTopology): void {
  client.setQueryData(worldAtlasQuery.queryKey, countriesFromTopology(topology));
}

import type { Feature, Geometry } from 'geojson';
import { outlineOf } from './outlines';

const country = (geometry: Geometry | null, id?: string): Feature<Geometry | null> => ({ type: 'Feature', ...(id ? { id } : {}), properties: {}, geometry });

describe('outlineOf', () => {
  it('keeps a polygon’s rings as flat longitude, latitude pairs, the closing point included', () => {
    const outline = outlineOf(country({ type: 'Polygon', coordinates: [[[1, 2], [3, 4], [5, 6], [1, 2]], [[7, 8], [9, 10], [11, 12], [7, 8]]] }, '250'), 4);
    expect(outline.key).toBe('250');
    expect(outline.polygons.map((rings) => rings.map((ring) => [...ring]))).toEqual([[[1, 2, 3, 4, 5, 6, 1, 2], [7, 8, 9, 10, 11, 12, 7, 8]]]);
  });

  it('keeps each polygon of a multipolygon apart', () => {
    const outline = outlineOf(country({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [0, 1], [0, 0]]], [[[5, 5], [6, 5], [5, 6], [5, 5]]]] }, '392'), 0);
    expect(outline.polygons.map((rings) => rings.map((ring) => [...ring]))).toEqual([[[0, 0, 1, 0, 0, 1, 0, 0]], [[5, 5, 6, 5, 5, 6, 5, 5]]]);
  });

  it('keys a country without an id by its place in the atlas, and gives a missing or non-area geometry no polygons', () => {
    expect(outlineOf(country(null), 7)).toEqual({ key: '7', polygons: [] });
    expect(outlineOf(country({ type: 'Point', coordinates: [1, 2] }, '1'), 0).polygons).toEqual([]);
  });
});

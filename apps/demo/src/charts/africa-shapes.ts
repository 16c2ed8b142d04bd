import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { AFRICA_UNCODED_NAMES, iso3FromNumeric } from './africa-iso.js';

export interface AfricaShape {
  iso3: string;
  name: string;
  /** SVG path data in a `width × height` frame. */
  d: string;
}

type CountryProps = { name: string };
/** The topology type of topojson-client (world-atlas JSON has this shape). */
export type Topology = Parameters<typeof feature>[0];
type Collection = Extract<ReturnType<typeof feature<CountryProps>>, { type: 'FeatureCollection' }>;

/**
 * Projects the African countries of a Natural Earth topology (`world-atlas` countries-110m, bundled:
 * no network) into SVG paths fitted to `width × height` (Natural Earth projection, d3-geo).
 * @example africaShapes((await import('world-atlas/countries-110m.json')).default as unknown as Topology, 600, 640)
 */
export function africaShapes(topology: Topology, width: number, height: number): AfricaShape[] {
  const object = topology.objects.countries;
  if (!object) throw new Error('world-atlas topology without a countries object');
  const all = feature(topology, object) as unknown as Collection;
  const african = all.features.flatMap((f) => {
    const id = f.id === undefined ? AFRICA_UNCODED_NAMES[f.properties.name] : String(f.id);
    const iso3 = id ? iso3FromNumeric(id) : undefined;
    return iso3 ? [{ iso3, f }] : [];
  });
  const collection: Collection = {
    type: 'FeatureCollection',
    features: african.map((a) => a.f),
  };
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    collection,
  );
  const path = geoPath(projection);
  return african.map(({ iso3, f }) => ({ iso3, name: f.properties.name, d: path(f) ?? '' }));
}

/**
 * How the intervals are computed: clustered by country (the study's choice), or model-based when the
 * data hold a single country, where cluster-robust intervals do not exist.
 * @example intervalsFor(1) // => 'model'
 */
export function intervalsFor(clusters: number): 'cluster' | 'model' {
  return clusters < 2 ? 'model' : 'cluster';
}

/**
 * JSON with object keys sorted at every level, so two equal specs written in different key orders
 * give the same cache key. Arrays keep their order; `undefined` members are dropped as in JSON.
 * @example canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }) // => '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

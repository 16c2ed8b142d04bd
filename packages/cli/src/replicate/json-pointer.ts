/**
 * Reads a value from plain JSON by JSON Pointer (RFC 6901, https://www.rfc-editor.org/rfc/rfc6901):
 * `/models/main/coefficients/un_troops_k_lag1:nonun_troops_k_lag1/estimate`. `~1` stands for `/`
 * and `~0` for `~` inside a key. Array elements are addressed by index.
 *
 * Throws a plain `Error` when the path does not exist: a missing path is a bug in the report
 * writer, not a user mistake.
 * @example readPointer({ a: [{ b: 2 }] }, '/a/0/b') // => 2
 */
export function readPointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) throw new Error(`JSON Pointer must start with "/": ${pointer}`);
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const i = Number(key);
      if (!Number.isInteger(i) || i < 0 || i >= node.length)
        throw new Error(`no element ${key} at ${pointer}`);
      node = node[i];
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, key)) {
      node = (node as Record<string, unknown>)[key];
    } else {
      throw new Error(`no key "${key}" at ${pointer}`);
    }
  }
  return node;
}

/**
 * Builds a JSON Pointer from keys, escaping `~` and `/` (RFC 6901 §3).
 * @example pointer('models', 'main', 'coefficients', 'a/b', 'p') // => '/models/main/coefficients/a~1b/p'
 */
export function pointer(...keys: (string | number)[]): string {
  return keys.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

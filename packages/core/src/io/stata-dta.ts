import { messages } from '../errors.js';
import type { Column, Table } from '../table.js';

/** Field widths that differ between the releases of the format. */
interface Layout {
  release: 117 | 118 | 119;
  little: boolean;
  /** Bytes of K (variables), N (observations), the data label's length. */
  kBytes: 2 | 4;
  nBytes: 4 | 8;
  labelLenBytes: 1 | 2;
  /** Bytes of a variable name, and of a strL's (v, o) pair in the data. */
  nameBytes: 33 | 129;
  decoder: Decoder;
}

/** What the reader needs of a `TextDecoder`. */
interface Decoder {
  decode(input: Uint8Array): string;
}

/** Stata's numeric type codes (format 117+) and the largest non-missing value of each integer type. */
const DOUBLE = 65526;
const FLOAT = 65527;
const LONG = 65528;
const INT = 65529;
const BYTE = 65530;
const STRL = 32768;

/**
 * Reads a Stata `.dta` file of format 117 (Stata 13), 118 (Stata 14–18) or 119 (more than 32,767
 * variables) into a table: byte, int, long, float and double variables become numeric columns with
 * Stata's missing values (`.`, `.a`–`.z`) as NaN; str# and strL variables become text columns with
 * "" as missing. Value labels are not applied (the codes are read, as `haven::read_dta` does without
 * `as_factor`). Either byte order. Text is UTF-8 in 118/119 and Latin-1 in 117.
 * Reference: StataCorp, "dta — Description of .dta file format" (help dta), formats 117–119.
 * @throws PeacepanelError `PARSE_ERROR` naming the file and the byte offset when the file is not a
 * readable .dta of these formats (older formats get a fix that says how to re-save).
 * @example // MASS::quine written by haven::write_dta (format 118)
 * readStataDta(fixtureBytes('files/quine-118.dta'), 'quine-118.dta').n // => 146
 */
export function readStataDta(bytes: Uint8Array, file: string): Table {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (detail: string, offset?: number, fix?: string): never => {
    throw messages.badBinaryFile(file, 'Stata .dta', detail, offset, fix);
  };
  const latin1 = new TextDecoder('latin1');
  const tagAt = (offset: number, tag: string) => {
    if (offset < 0 || offset + tag.length > bytes.length) return false;
    return latin1.decode(bytes.subarray(offset, offset + tag.length)) === tag;
  };
  const expect = (offset: number, tag: string): number => {
    if (!tagAt(offset, tag)) fail(`expected ${tag}`, offset);
    return offset + tag.length;
  };
  if (!tagAt(0, '<stata_dta>'))
    fail(
      bytes.length > 0 && bytes[0]! >= 102 && bytes[0]! <= 116
        ? `format ${bytes[0]} (Stata 12 or older) is not supported`
        : 'no <stata_dta> header',
      0,
      'save it as Stata 13 or newer (format 117–119), e.g. in Stata `saveold file, version(13)`, or export CSV',
    );
  let at = expect(expect(11, '<header>'), '<release>');
  const release = Number(latin1.decode(bytes.subarray(at, at + 3)));
  if (release !== 117 && release !== 118 && release !== 119)
    fail(`format ${release} is not supported (117, 118 and 119 are)`, at);
  at = expect(expect(at + 3, '</release>'), '<byteorder>');
  const order = latin1.decode(bytes.subarray(at, at + 3));
  if (order !== 'LSF' && order !== 'MSF') fail(`byte order "${order}" is neither LSF nor MSF`, at);
  const L = layoutOf(release as 117 | 118 | 119, order === 'LSF');
  const uint = (offset: number, size: number): number => {
    if (offset + size > bytes.length) fail('the file ends early', offset);
    if (size === 1) return view.getUint8(offset);
    if (size === 2) return view.getUint16(offset, L.little);
    if (size === 4) return view.getUint32(offset, L.little);
    const lo = view.getUint32(offset + (L.little ? 0 : 4), L.little);
    const hi = view.getUint32(offset + (L.little ? 4 : 0), L.little);
    return hi * 2 ** 32 + lo;
  };
  at = expect(expect(at + 3, '</byteorder>'), '<K>');
  const K = uint(at, L.kBytes);
  at = expect(expect(at + L.kBytes, '</K>'), '<N>');
  const N = uint(at, L.nBytes);
  at = expect(at + L.nBytes, '</N>');
  // The map gives every section's offset: the rest of the header need not be parsed.
  const mapAt = findTag(bytes, '<map>', at);
  if (mapAt < 0) fail('no <map> section', at);
  const map = Array.from({ length: 14 }, (_, j) => uint(mapAt + 5 + 8 * j, 8));
  const section = (j: number, tag: string) => {
    const o = map[j] as number;
    if (o > bytes.length) fail(`the map points past the end of the file (${tag})`, mapAt + 5 + 8 * j);
    return expect(o, tag);
  };
  const typesAt = section(2, '<variable_types>');
  const types = Array.from({ length: K }, (_, j) => uint(typesAt + 2 * j, 2));
  const namesAt = section(3, '<varnames>');
  const names = Array.from({ length: K }, (_, j) =>
    cString(bytes, namesAt + L.nameBytes * j, L.nameBytes, L.decoder),
  );
  const dataAt = section(9, '<data>');
  const widths = types.map(
    (t, j) => typeWidth(t) ?? fail(`variable ${names[j]} has unknown type code ${t}`, typesAt + 2 * j),
  );
  const rowWidth = widths.reduce((a, b) => a + b, 0);
  if (dataAt + N * rowWidth > bytes.length)
    fail(`the data section needs ${N} rows of ${rowWidth} bytes but the file ends early`, dataAt);
  const strls = types.includes(STRL) ? readStrls(bytes, view, section(10, '<strls>'), L, fail) : null;
  const columns: Record<string, Column> = {};
  let offset = dataAt;
  types.forEach((t, j) => {
    const name = names[j] as string;
    if (columns[name]) fail(`variable name "${name}" occurs twice`, namesAt + L.nameBytes * j);
    columns[name] = readColumn(bytes, view, { t, offset, rowWidth, N, L, strls, fail });
    offset += widths[j] as number;
  });
  return { n: N, columns };
}

/** The field widths of a release. */
function layoutOf(release: 117 | 118 | 119, little: boolean): Layout {
  return {
    release,
    little,
    kBytes: release === 119 ? 4 : 2,
    nBytes: release === 117 ? 4 : 8,
    labelLenBytes: release === 117 ? 1 : 2,
    nameBytes: release === 117 ? 33 : 129,
    decoder: new TextDecoder(release === 117 ? 'latin1' : 'utf-8'),
  };
}

/** Bytes per value of a type code (format 117+), or undefined for an unknown code. */
function typeWidth(t: number): number | undefined {
  if (t >= 1 && t <= 2045) return t;
  if (t === STRL) return 8;
  return { [DOUBLE]: 8, [FLOAT]: 4, [LONG]: 4, [INT]: 2, [BYTE]: 1 }[t];
}

/** One variable's values, read with the row stride. */
function readColumn(
  bytes: Uint8Array,
  view: DataView,
  c: {
    t: number;
    offset: number;
    rowWidth: number;
    N: number;
    L: Layout;
    strls: Map<string, string> | null;
    fail: (detail: string, offset?: number) => never;
  },
): Column {
  const { t, offset, rowWidth, N, L } = c;
  if (t <= 2045 || t === STRL) {
    const values: (string | null)[] = new Array(N);
    for (let i = 0; i < N; i++) {
      const o = offset + i * rowWidth;
      const s =
        t === STRL
          ? strlAt(view, o, L, c.strls as Map<string, string>, c.fail)
          : cString(bytes, o, t, L.decoder);
      values[i] = s === '' ? null : s;
    }
    return { kind: 'string', values };
  }
  const values = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const o = offset + i * rowWidth;
    let v: number;
    if (t === DOUBLE) {
      v = view.getFloat64(o, L.little);
      if (v > 8.988465674311579e307) v = Number.NaN; // 2^1023 and above: . and .a–.z
    } else if (t === FLOAT) {
      v = view.getFloat32(o, L.little);
      if (v > 1.7014117331926443e38) v = Number.NaN; // 2^127 and above
    } else if (t === LONG) {
      v = view.getInt32(o, L.little);
      if (v > 2147483620) v = Number.NaN;
    } else if (t === INT) {
      v = view.getInt16(o, L.little);
      if (v > 32740) v = Number.NaN;
    } else {
      v = view.getInt8(o);
      if (v > 100) v = Number.NaN;
    }
    values[i] = v;
  }
  return { kind: 'number', values };
}

/** The strL a data cell points to: (v, o) as 4 + 4 bytes (117), 2 + 6 (118) or 3 + 5 (119). */
function strlAt(
  view: DataView,
  o: number,
  L: Layout,
  strls: Map<string, string>,
  fail: (detail: string, offset?: number) => never,
): string {
  const { v, obs } = strlKey(view, o, L);
  if (v === 0 && obs === 0) return '';
  const s = strls.get(`${v},${obs}`);
  return s ?? fail(`a strL cell refers to (${v}, ${obs}), which the <strls> section does not hold`, o);
}

function strlKey(view: DataView, o: number, L: Layout): { v: number; obs: number } {
  const b = (k: number) => view.getUint8(o + (L.little ? k : 7 - k));
  if (L.release === 117) return { v: view.getUint32(o, L.little), obs: view.getUint32(o + 4, L.little) };
  const vBytes = L.release === 118 ? 2 : 3;
  let v = 0;
  for (let k = vBytes - 1; k >= 0; k--) v = v * 256 + b(k);
  let obs = 0;
  for (let k = 7; k >= vBytes; k--) obs = obs * 256 + b(k);
  return { v, obs };
}

/** The <strls> section: "GSO", v, o, type (129 binary, 130 text), length, contents. */
function readStrls(
  bytes: Uint8Array,
  view: DataView,
  at: number,
  L: Layout,
  fail: (detail: string, offset?: number) => never,
): Map<string, string> {
  const out = new Map<string, string>();
  const oBytes = L.release === 117 ? 4 : 8;
  for (;;) {
    if (at + 3 > bytes.length) fail('the <strls> section ends early', at);
    if (bytes[at] !== 71 || bytes[at + 1] !== 83 || bytes[at + 2] !== 79) break; // not "GSO": </strls>
    const v = view.getUint32(at + 3, L.little);
    const obs =
      oBytes === 4
        ? view.getUint32(at + 7, L.little)
        : view.getUint32(at + 7 + (L.little ? 0 : 4), L.little) +
          view.getUint32(at + 7 + (L.little ? 4 : 0), L.little) * 2 ** 32;
    const head = at + 7 + oBytes;
    if (head + 5 > bytes.length) fail('a strL entry ends early', at);
    const type = view.getUint8(head);
    const len = view.getUint32(head + 1, L.little);
    const start = head + 5;
    if (start + len > bytes.length) fail('a strL entry runs past the end of the file', at);
    const body = bytes.subarray(start, type === 130 && len > 0 ? start + len - 1 : start + len);
    out.set(`${v},${obs}`, L.decoder.decode(body));
    at = start + len;
  }
  return out;
}

/** A NUL-terminated string in a fixed-width field. */
function cString(bytes: Uint8Array, at: number, width: number, decoder: Decoder): string {
  let end = at;
  const stop = Math.min(at + width, bytes.length);
  while (end < stop && bytes[end] !== 0) end++;
  return decoder.decode(bytes.subarray(at, end));
}

/** Offset of the first occurrence of an ASCII tag at or after `from`, or −1. */
function findTag(bytes: Uint8Array, tag: string, from: number): number {
  const codes = Array.from(tag, (ch) => ch.charCodeAt(0));
  outer: for (let i = from; i + codes.length <= bytes.length && i < from + (1 << 20); i++) {
    for (let k = 0; k < codes.length; k++) if (bytes[i + k] !== codes[k]) continue outer;
    return i;
  }
  return -1;
}

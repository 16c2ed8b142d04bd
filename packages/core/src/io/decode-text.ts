/**
 * Turning the bytes of an uploaded or fetched file into text, with its encoding detected and named,
 * so that a UTF-16 export from Excel is read (and said to be UTF-16) rather than misreported as a
 * truncated row.
 */
import { messages } from '../errors.js';

/** Decoded text and the encoding it was decoded from. */
export interface DecodedText {
  text: string;
  /** `UTF-8`, `UTF-16LE`, `UTF-16BE` or `windows-1252`. */
  encoding: string;
}

/**
 * Decodes file bytes as the WHATWG Encoding standard's BOM sniffing does, plus two checks:
 * a UTF-16 file without a byte-order mark is recognised by its zero bytes (every other byte of ASCII
 * text), and bytes that are not valid UTF-8 are read as windows-1252 (the Excel "CSV" of Western
 * locales). A file with zero bytes that is neither (a binary file: xlsx, zip, dta) is refused.
 * Reference: WHATWG Encoding, "decode" (BOM sniff) https://encoding.spec.whatwg.org/#decode.
 * Cost: O(bytes).
 * @throws PeacepanelError `PARSE_ERROR` for a binary file, naming the file.
 * @example decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00])) // => { text: 'a', encoding: 'UTF-16LE' }
 */
export function decodeText(bytes: Uint8Array, file?: string): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), 'le', file);
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), 'be', file);
  const start = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const sample = bytes.subarray(start, Math.min(bytes.length, start + 4096));
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? zeroEven++ : zeroOdd++;
  const half = sample.length / 2;
  if (zeroOdd > 0.4 * half && zeroEven === 0) return utf16(bytes.subarray(start), 'le', file);
  if (zeroEven > 0.4 * half && zeroOdd === 0) return utf16(bytes.subarray(start), 'be', file);
  if (zeroEven + zeroOdd > 0) throw messages.binaryFile(file);
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)),
      encoding: 'UTF-8',
    };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes.subarray(start)), encoding: 'windows-1252' };
  }
}

function utf16(bytes: Uint8Array, order: 'le' | 'be', file: string | undefined): DecodedText {
  const encoding = order === 'le' ? 'UTF-16LE' : 'UTF-16BE';
  try {
    return { text: new TextDecoder(`utf-16${order}`, { fatal: true }).decode(bytes), encoding };
  } catch {
    throw messages.badEncoding(file, encoding);
  }
}

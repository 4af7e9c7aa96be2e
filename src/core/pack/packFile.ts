// The shipped fact base's container (dist/factbase.pack): a magic, a JSON header, then named sections of bytes or
// 32-bit integers, each 8-byte aligned so it is read as a typed-array view on the file's own buffer, never copied or
// parsed. Little-endian, as every host VS Code runs on is. Strings are tables decoded one string at a time.
import * as l10n from '@vscode/l10n';
import type { Strings } from '../matcher/keyEntries';

const MAGIC = 'DPRKPACK';
/** The header's byte length follows the magic. */
const HEADER_AT = MAGIC.length + 4;
export const PACK_VERSION = 6;

type SectionArray = Uint8Array | Int32Array | Uint32Array;
type SectionKind = 'u8' | 'i32' | 'u32';
/** Per section: its kind, byte offset from the first section, element count. */
type Layout = Record<string, [SectionKind, number, number]>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function writePack(header: Record<string, unknown>, sections: Record<string, SectionArray>): Uint8Array {
  const layout: Layout = {};
  let size = 0;
  for (const [name, array] of Object.entries(sections)) {
    size = align(size);
    layout[name] = [array instanceof Uint8Array ? 'u8' : array instanceof Int32Array ? 'i32' : 'u32', size, array.length];
    size += array.byteLength;
  }
  const headerBytes = encoder.encode(JSON.stringify({ ...header, packVersion: PACK_VERSION, sections: layout }));
  const dataStart = align(HEADER_AT + headerBytes.length);
  const out = new Uint8Array(dataStart + size);
  out.set(encoder.encode(MAGIC));
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  out.set(headerBytes, HEADER_AT);
  for (const [name, array] of Object.entries(sections)) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), dataStart + layout[name][1]);
  }
  return out;
}

export function isPack(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER_AT && decoder.decode(bytes.subarray(0, MAGIC.length)) === MAGIC;
}

export class PackReader {
  readonly header: Record<string, unknown>;
  private readonly bytes: Uint8Array;
  private readonly layout: Layout;
  private readonly dataStart: number;

  constructor(bytes: Uint8Array) {
    // A view needs its offset aligned: a buffer shared with other data (Node's pool) is copied once.
    this.bytes = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
    const headerLength = new DataView(this.bytes.buffer, this.bytes.byteOffset).getUint32(MAGIC.length, true);
    this.header = JSON.parse(decoder.decode(this.bytes.subarray(HEADER_AT, HEADER_AT + headerLength))) as Record<string, unknown>;
    if (this.header.packVersion !== PACK_VERSION) {
      throw new Error(l10n.t('The fact base pack is version {0}; this version reads {1}.', String(this.header.packVersion), PACK_VERSION));
    }
    this.layout = this.header.sections as Layout;
    this.dataStart = align(HEADER_AT + headerLength);
  }

  u8(name: string): Uint8Array {
    const [offset, length] = this.section(name, 'u8');
    return this.bytes.subarray(offset, offset + length);
  }

  i32(name: string): Int32Array {
    const [offset, length] = this.section(name, 'i32');
    return new Int32Array(this.bytes.buffer, this.bytes.byteOffset + offset, length);
  }

  u32(name: string): Uint32Array {
    const [offset, length] = this.section(name, 'u32');
    return new Uint32Array(this.bytes.buffer, this.bytes.byteOffset + offset, length);
  }

  strings(name: string): StringTable {
    return new StringTable(this.u8(`${name}.text`), this.u32(`${name}.offsets`));
  }

  private section(name: string, kind: SectionKind): [number, number] {
    const entry = this.layout[name];
    if (entry?.[0] !== kind) {
      throw new Error(l10n.t('The fact base pack has no {0} section {1}.', kind, name));
    }
    return [this.dataStart + entry[1], entry[2]];
  }
}

/** A list of strings as a string table's two sections: UTF-8 text and the byte offset where each string starts. */
export function stringSections(name: string, strings: Strings): Record<string, SectionArray> {
  const encoded = Array.from({ length: strings.length }, (_, i) => encoder.encode(strings.at(i)));
  const offsets = new Uint32Array(encoded.length + 1);
  encoded.forEach((bytes, i) => { offsets[i + 1] = offsets[i] + bytes.length; });
  const text = new Uint8Array(offsets[encoded.length]);
  encoded.forEach((bytes, i) => text.set(bytes, offsets[i]));
  return { [`${name}.text`]: text, [`${name}.offsets`]: offsets };
}

/** Strings decoded one at a time, on first use. */
export class StringTable implements Strings {
  private readonly decoded: (string | undefined)[];

  constructor(private readonly text: Uint8Array, private readonly offsets: Uint32Array) {
    this.decoded = new Array<string | undefined>(offsets.length - 1);
  }

  get length(): number {
    return this.offsets.length - 1;
  }

  at(i: number): string | undefined {
    if (i < 0 || i >= this.length) {
      return undefined;
    }
    return this.decoded[i] ??= decoder.decode(this.text.subarray(this.offsets[i], this.offsets[i + 1]));
  }

}

function align(n: number): number {
  return (n + 7) & ~7;
}

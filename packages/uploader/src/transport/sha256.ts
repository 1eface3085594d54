/**
 * SHA-256 fed piece by piece (FIPS 180-4). `crypto.subtle.digest` needs the whole input in
 * memory at once, which a multi-gigabyte upload must never be; this hashes a file piece by piece.
 */
import { BlobPieces } from './blob-pieces.ts';

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

export class Sha256 {
  readonly #h = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  readonly #w = new Int32Array(64);
  /** A block not yet full. */
  readonly #pending = new Uint8Array(64);
  #pendingLength = 0;
  #length = 0;

  update(bytes: Uint8Array): this {
    let at = 0;
    this.#length += bytes.length;
    if (this.#pendingLength > 0) {
      const take = Math.min(64 - this.#pendingLength, bytes.length);
      this.#pending.set(bytes.subarray(0, take), this.#pendingLength);
      this.#pendingLength += take;
      at = take;
      if (this.#pendingLength < 64) return this;
      this.#blocks(this.#pending, 0, 64);
      this.#pendingLength = 0;
    }
    const whole = at + Math.floor((bytes.length - at) / 64) * 64;
    this.#blocks(bytes, at, whole);
    this.#pending.set(bytes.subarray(whole));
    this.#pendingLength = bytes.length - whole;
    return this;
  }

  /** The digest as lowercase hex; the hash takes no more input afterwards. */
  hex(): string {
    const bits = this.#length * 8;
    const tail = new Uint8Array(this.#pendingLength < 56 ? 64 : 128);
    tail.set(this.#pending.subarray(0, this.#pendingLength));
    tail[this.#pendingLength] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bits / 2 ** 32));
    view.setUint32(tail.length - 4, bits >>> 0);
    this.#blocks(tail, 0, tail.length);
    return Array.from(this.#h, (word) => (word >>> 0).toString(16).padStart(8, '0')).join('');
  }

  /** Compresses the 64-byte blocks in `bytes[from, to)`; locals only in the loop, for speed. */
  #blocks(bytes: Uint8Array, from: number, to: number): void {
    const w = this.#w;
    const h = this.#h;
    let h0 = h[0] ?? 0;
    let h1 = h[1] ?? 0;
    let h2 = h[2] ?? 0;
    let h3 = h[3] ?? 0;
    let h4 = h[4] ?? 0;
    let h5 = h[5] ?? 0;
    let h6 = h[6] ?? 0;
    let h7 = h[7] ?? 0;
    for (let at = from; at < to; at += 64) {
      for (let i = 0; i < 16; i += 1) {
        const j = at + i * 4;
        w[i] = ((bytes[j] ?? 0) << 24) | ((bytes[j + 1] ?? 0) << 16) | ((bytes[j + 2] ?? 0) << 8) | (bytes[j + 3] ?? 0);
      }
      for (let i = 16; i < 64; i += 1) {
        const a = w[i - 15] ?? 0;
        const b = w[i - 2] ?? 0;
        const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
        const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
        w[i] = ((w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1) | 0;
      }
      let a = h0;
      let b = h1;
      let c = h2;
      let d = h3;
      let e = h4;
      let f = h5;
      let g = h6;
      let hh = h7;
      for (let i = 0; i < 64; i += 1) {
        const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        const t1 = (hh + s1 + ((e & f) ^ (~e & g)) + (K[i] ?? 0) + (w[i] ?? 0)) | 0;
        const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        hh = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
      }
      h0 = (h0 + a) | 0;
      h1 = (h1 + b) | 0;
      h2 = (h2 + c) | 0;
      h3 = (h3 + d) | 0;
      h4 = (h4 + e) | 0;
      h5 = (h5 + f) | 0;
      h6 = (h6 + g) | 0;
      h7 = (h7 + hh) | 0;
    }
    h.set([h0, h1, h2, h3, h4, h5, h6, h7]);
  }
}

/** SHA-256 of a Blob, read a piece at a time into one buffer so memory stays bounded. */
export async function sha256OfBlob(blob: Blob): Promise<string> {
  const hash = new Sha256();
  await new BlobPieces().forEach(
    blob,
    (piece) => hash.update(piece),
    () => false,
  );
  return hash.hex();
}

/**
 * A small, fast, seedable random number generator for the bootstrap: xoshiro128** (Blackman &
 * Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 2021; https://prng.di.unimi.it/)
 * seeded by splitmix32 from a (seed, stream) pair. Replication `i` of a bootstrap uses stream `i`, so
 * its draws depend on `(seed, i)` alone and a range of replications can run on any worker.
 */
export interface Rng {
  /** Next 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform integer in [0, n) without modulo bias (Lemire's rejection method); n ≤ 2^32. */
  nextInt(n: number): number;
  /** Uniform double in [0, 1) with 53 random bits. */
  nextDouble(): number;
}

/** splitmix32 finaliser (a 32-bit variant of Steele, Lea & Flood's SplitMix mixer). */
function mix32(z: number): number {
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Creates the generator for stream `stream` of seed `seed`. Both must be safe non-negative integers
 * (all 53 bits are used). Identical (seed, stream) pairs give identical sequences on every platform.
 * @throws RangeError when seed or stream is not a non-negative safe integer (a programming error).
 * @example const r = seededRng(42, 0); r.nextInt(10) // an integer in 0..9, always the same one
 */
export function seededRng(seed: number, stream: number): Rng {
  for (const [name, v] of [
    ['seed', seed],
    ['stream', stream],
  ] as const)
    if (!Number.isSafeInteger(v) || v < 0)
      throw new RangeError(`seededRng: ${name} must be a non-negative safe integer, got ${v}`);
  // Feed the four 32-bit words (seed hi/lo, stream hi/lo) through a splitmix32 sequence.
  let state = 0x9e3779b9;
  const absorb = (word: number) => {
    state = (state + 0x9e3779b9 + word) >>> 0;
    return mix32(state);
  };
  let h = 0;
  for (const w of [seed >>> 0, Math.floor(seed / 2 ** 32), stream >>> 0, Math.floor(stream / 2 ** 32)])
    h = absorb((w ^ h) >>> 0);
  const s = new Uint32Array(4);
  for (let j = 0; j < 4; j++) {
    state = (state + 0x9e3779b9) >>> 0;
    s[j] = mix32(state ^ h);
  }
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;

  const nextUint32 = (): number => {
    const s0 = s[0]!;
    const s1 = s[1]!;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s[2] = s[2]! ^ s0;
    s[3] = s[3]! ^ s1;
    s[1] = s1 ^ s[2]!;
    s[0] = s0 ^ s[3]!;
    s[2] = s[2]! ^ t;
    s[3] = rotl(s[3]!, 11);
    return r;
  };
  return {
    nextUint32,
    nextInt(n: number): number {
      if (!(Number.isInteger(n) && n > 0 && n <= 2 ** 32)) throw new RangeError(`nextInt: bad bound ${n}`);
      // Rejection: accept x when it falls below the largest multiple of n that fits in 2^32.
      const limit = 2 ** 32 - (2 ** 32 % n);
      for (;;) {
        const x = nextUint32();
        if (x < limit) return x % n;
      }
    },
    nextDouble(): number {
      const hi = nextUint32() >>> 5; // 27 bits
      const lo = nextUint32() >>> 6; // 26 bits
      return (hi * 67108864 + lo) / 9007199254740992;
    },
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

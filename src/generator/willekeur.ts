/** A small seeded PRNG (mulberry32): the same seed gives the same synthetic data, fast enough for millions. */
export class Willekeur {
  private toestand: number;
  constructor(seed: number) {
    this.toestand = seed >>> 0;
  }
  /** [0, 1) */
  getal(): number {
    this.toestand = (this.toestand + 0x6d2b79f5) >>> 0;
    let t = this.toestand;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  geheel(min: number, max: number): number {
    return min + Math.floor(this.getal() * (max - min + 1));
  }
  kies<T>(lijst: readonly T[]): T {
    return lijst[Math.floor(this.getal() * lijst.length)] as T;
  }
  kans(p: number): boolean {
    return this.getal() < p;
  }
  /** A version-4-shaped UUID from the stream (deterministic). */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () =>
      Math.floor(this.getal() * 2 ** 32)
        .toString(16)
        .padStart(8, "0"),
    ).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((Number.parseInt(hex[16] as string, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adresSleutel, DREMPELS, wachtNa } from "./inlogbeperking";

describe("wachtNa: exponential back-off instead of a lockout", () => {
  const d = DREMPELS.naamAdres;

  it("lets the free attempts through without waiting", () => {
    for (let n = 0; n < d.vrij; n++) expect(wachtNa(d, n)).toBe(0);
  });

  it("doubles the wait after every attempt past the free ones, up to the maximum", () => {
    expect([5, 6, 7, 8, 9, 10, 11, 50].map((n) => wachtNa(d, n))).toEqual([
      60, 120, 240, 480, 960, 1800, 1800, 1800,
    ]);
  });

  it("never decreases, never exceeds the maximum, also for absurd counts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const w = wachtNa(d, n);
        expect(w).toBeLessThanOrEqual(d.maxSeconden);
        expect(wachtNa(d, n + 1)).toBeGreaterThanOrEqual(w);
        expect(Number.isFinite(w)).toBe(true);
      }),
    );
  });
});

describe("adresSleutel", () => {
  it.each([
    ["192.0.2.7", "192.0.2.7"],
    ["::ffff:192.0.2.7", "192.0.2.7"],
    ["::FFFF:c000:0207", "192.0.2.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:0db8:0001:0002::/64"],
    ["2001:db8:1:2::99", "2001:0db8:0001:0002::/64"],
    ["2001:db8::", "2001:0db8:0000:0000::/64"],
    ["::1", "0000:0000:0000:0000::/64"],
    ["fe80::1%eth0", "fe80:0000:0000:0000::/64"],
  ])("%s → %s", (adres, sleutel) => {
    expect(adresSleutel(adres)).toBe(sleutel);
  });

  it("puts every address of one IPv6 /64 under one key (no rotating through the subscriber's block)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 4, maxLength: 4 }), (host) => {
        const adres = `2001:db8:aa:bb:${host.map((g) => g.toString(16)).join(":")}`;
        expect(adresSleutel(adres)).toBe("2001:0db8:00aa:00bb::/64");
      }),
    );
  });
});

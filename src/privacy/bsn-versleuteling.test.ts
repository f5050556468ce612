import { randomBytes } from "node:crypto";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { laadBsnSleutels } from "./bsn-sleutels";
import { bsnIndex, ontsleutelBsn, versleutelBsn } from "./bsn-versleuteling";

const sleutels = (kid = "k1") =>
  laadBsnSleutels({
    env: {
      VOORDEUR_BSN_SLEUTEL: randomBytes(32).toString("base64"),
      VOORDEUR_BSN_INDEX_SLEUTEL: randomBytes(32).toString("base64"),
      VOORDEUR_BSN_SLEUTEL_ID: kid,
    },
    dataDir: null,
  });

describe("BSN-versleuteling", () => {
  it("versleutelt en ontsleutelt, met steeds een andere versleutelde waarde", () => {
    const s = sleutels();
    const a = versleutelBsn(s, "999990019");
    expect(a).not.toContain("999990019");
    expect(versleutelBsn(s, "999990019")).not.toBe(a);
    expect(ontsleutelBsn(s, a)).toBe("999990019");
  });

  it("merkt het op als de versleutelde waarde is gewijzigd", () => {
    const s = sleutels();
    const delen = versleutelBsn(s, "999990019").split(":");
    const geheim = Buffer.from(delen[4] as string, "base64");
    geheim[0] = (geheim[0] as number) ^ 1;
    delen[4] = geheim.toString("base64");
    expect(() => ontsleutelBsn(s, delen.join(":"))).toThrow();
  });

  it("de blinde index is gelijk voor hetzelfde BSN en verschilt per sleutel", () => {
    const s = sleutels();
    expect(bsnIndex(s, "999990019")).toBe(bsnIndex(s, "999990019"));
    expect(bsnIndex(s, "999990019")).not.toBe(bsnIndex(s, "999990032"));
    expect(bsnIndex(sleutels(), "999990019")).not.toBe(bsnIndex(s, "999990019"));
  });

  it("leest oude waarden na sleutelrotatie", () => {
    const oud = sleutels("k1");
    const waarde = versleutelBsn(oud, "999990019");
    const nieuw = laadBsnSleutels({
      env: {
        VOORDEUR_BSN_SLEUTEL: randomBytes(32).toString("base64"),
        VOORDEUR_BSN_SLEUTEL_ID: "k2",
        VOORDEUR_BSN_INDEX_SLEUTEL: oud.index.toString("base64"),
        VOORDEUR_BSN_OUDE_SLEUTELS: `k1:${(oud.versleuteling.get("k1") as Buffer).toString("base64")}`,
      },
      dataDir: null,
    });
    expect(ontsleutelBsn(nieuw, waarde)).toBe("999990019");
    expect(versleutelBsn(nieuw, "999990019").split(":")[1]).toBe("k2");
  });

  it("genereert voor de ingebouwde database één keer een sleutelbestand met mode 0600", () => {
    const map = mkdtempSync(join(tmpdir(), "voordeur-sleutels-"));
    const eerste = laadBsnSleutels({ env: {}, dataDir: map });
    const tweede = laadBsnSleutels({ env: {}, dataDir: map });
    expect(bsnIndex(tweede, "999990019")).toBe(bsnIndex(eerste, "999990019"));
    expect(statSync(join(map, "sleutels.json")).mode & 0o777).toBe(0o600);
  });

  it("weigert te starten op een server zonder geconfigureerde sleutels", () => {
    expect(() => laadBsnSleutels({ env: {}, dataDir: null })).toThrow(/VOORDEUR_BSN_SLEUTEL/);
  });
});

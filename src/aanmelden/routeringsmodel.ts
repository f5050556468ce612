/**
 * The gemeente's routing model (issue 16; seed 000 §4): whether new aanmeldingen go to the buurtteam / voorliggend
 * veld first (the Assen model) — a setting the beheerder keeps (policy rule 6), read by every new zaak
 * (zaken/nieuwe-zaak.ts#routeringConfiguratie).
 */
import { heeftVoorliggendVeldEerst, zetVoorliggendVeldEerst } from "../db/gemeente-instellingen";
import { type Handeling, vereis } from "../handeling/context";

const instellingen = (h: Handeling) => ({
  soort: "instellingen" as const,
  gemeenteCode: h.wie.gemeente.code,
});

export async function leesRouteringsmodel(h: Handeling) {
  vereis(h.wie, "lezen", instellingen(h));
  return { voorliggendVeldEerst: await heeftVoorliggendVeldEerst(h.tx, h.wie.gemeente.code) };
}

export async function zetRouteringsmodel(h: Handeling, v: { voorliggendVeldEerst: boolean }) {
  vereis(h.wie, "wijzigen", instellingen(h));
  await zetVoorliggendVeldEerst(h.tx, h.wie.gemeente.code, v.voorliggendVeldEerst);
  return leesRouteringsmodel(h);
}

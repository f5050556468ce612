/**
 * The texts of the veiligheidsprotocollen (seed 004 §10.5): every medewerker reads them, the beheerder changes
 * them (policy rule 20). A change is a new version on the one the beheerder saw (If-Match); every version stays
 * and every change is audited (which protocol, which version — not the text). A gemeente without a stored text
 * (a database set up before the protocols) reads the example text as version 1, stored with the first change.
 */
import type { z } from "zod";
import type { protocoltekstWeergave } from "../contract/protocollen";
import { namenVan } from "../db/gebruikers";
import {
  huidigeProtocolteksten,
  type ProtocoltekstRij,
  versiesVanProtocol,
  voegProtocoltekstToe,
  zaaiProtocoltekst,
} from "../db/protocollen";
import { beslis } from "../domain/autorisatie";
import {
  isMeldbaar,
  isVoorbeeld,
  PROTOCOL_LABELS,
  PROTOCOL_SOORTEN,
  type ProtocolSoort,
  toetsProtocoltekst,
  VOORBEELDTEKSTEN,
} from "../domain/protocollen/protocollen";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict } from "../handeling/weigering";
import { weigerProtocol } from "./weigering";

type Weergave = z.infer<typeof protocoltekstWeergave>;

export const PROTOCOL_GEWIJZIGD =
  "Iemand anders heeft dit protocol intussen gewijzigd. Laad het opnieuw en breng uw wijziging opnieuw aan.";

const resource = (h: Handeling) => ({ soort: "protocol" as const, gemeenteCode: h.wie.gemeente.code });

interface Versie {
  soort: ProtocolSoort;
  versie: number;
  titel: string;
  tekst: string;
  gewijzigdDoor: string | null;
  gewijzigdOp: Date | null;
  /** false: the example text, not yet stored for this gemeente. */
  opgeslagen: boolean;
}

const voorbeeld = (soort: ProtocolSoort): Versie => ({
  soort,
  versie: 1,
  ...VOORBEELDTEKSTEN[soort],
  gewijzigdDoor: null,
  gewijzigdOp: null,
  opgeslagen: false,
});

const alsVersie = (rij: ProtocoltekstRij): Versie => ({
  ...rij,
  soort: rij.soort as ProtocolSoort,
  opgeslagen: true,
});

async function alsWeergaven(h: Handeling, versies: readonly Versie[]): Promise<Weergave[]> {
  const namen = await namenVan(
    h.tx,
    versies.flatMap((v) => (v.gewijzigdDoor ? [v.gewijzigdDoor] : [])),
  );
  return versies.map((v) => ({
    soort: v.soort,
    titel: v.titel,
    tekst: v.tekst,
    versie: v.versie,
    voorbeeld: isVoorbeeld(v.tekst),
    meldbaar: isMeldbaar(v.soort),
    gewijzigdOp: v.gewijzigdOp?.toISOString() ?? null,
    gewijzigdDoor: v.gewijzigdDoor ? (namen.get(v.gewijzigdDoor)?.naam ?? "onbekend") : null,
  }));
}

async function huidige(h: Handeling): Promise<Versie[]> {
  const rijen = new Map((await huidigeProtocolteksten(h.tx)).map((r) => [r.soort, alsVersie(r)]));
  return PROTOCOL_SOORTEN.map((soort) => rijen.get(soort) ?? voorbeeld(soort));
}

/** The four protocols with their current text, and whether the caller may change them. */
export async function protocollenVan(h: Handeling) {
  vereis(h.wie, "lezen", resource(h));
  return {
    items: await alsWeergaven(h, await huidige(h)),
    magWijzigen: beslis(actorVan(h.wie), "wijzigen", resource(h)).toegestaan,
  };
}

/** One protocol's current text. */
export async function protocolVan(h: Handeling, soort: ProtocolSoort): Promise<Weergave> {
  vereis(h.wie, "lezen", resource(h));
  const versie = (await huidige(h)).find((v) => v.soort === soort) ?? voorbeeld(soort);
  const [weergave] = await alsWeergaven(h, [versie]);
  if (!weergave) throw new Error("protocol zonder weergave");
  return weergave;
}

/** Every version of one protocol, newest first (the example text alone when nothing was stored). */
export async function versiesVan(h: Handeling, soort: ProtocolSoort): Promise<Weergave[]> {
  vereis(h.wie, "lezen", resource(h));
  const rijen = (await versiesVanProtocol(h.tx, soort)).map(alsVersie);
  return alsWeergaven(h, rijen.length > 0 ? rijen : [voorbeeld(soort)]);
}

/** The beheerder saves a new version on the one they saw. */
export async function wijzigProtocol(
  h: Handeling,
  soort: ProtocolSoort,
  versie: number,
  wijziging: { titel: string; tekst: string },
): Promise<Weergave> {
  vereis(h.wie, "wijzigen", resource(h));
  const huidig = (await huidige(h)).find((v) => v.soort === soort) ?? voorbeeld(soort);
  if (versie !== huidig.versie) throw conflict(PROTOCOL_GEWIJZIGD);
  weigerProtocol(toetsProtocoltekst(wijziging));
  if (!huidig.opgeslagen) await zaaiProtocoltekst(h.tx, h.wie.gemeente.code, soort, VOORBEELDTEKSTEN[soort]);
  const nieuw = await voegProtocoltekstToe(h.tx, {
    soort,
    versie: huidig.versie + 1,
    ...wijziging,
    gewijzigdDoor: h.wie.medewerkerId,
  });
  if (!nieuw) throw conflict(PROTOCOL_GEWIJZIGD);
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "protocol",
      persoonId: null,
      reden: `${PROTOCOL_LABELS[soort]} gewijzigd naar versie ${nieuw.versie}`,
    },
  ]);
  const [weergave] = await alsWeergaven(h, [alsVersie(nieuw)]);
  if (!weergave) throw new Error("protocol zonder weergave");
  return weergave;
}

/**
 * An incoming retour (302/306/308/316/318/320/325) is matched to the message it answers (same Afzender and
 * BerichtIdentificatie); its retourcodes are recorded on both. A rejection of a message we sent becomes a
 * task for A&O.
 */
import { werkBerichtBij, zoekHeenbericht } from "../db/berichten";
import { GOED, omschrijvingRetourcode, type Retour } from "../domain/berichten/retourcodes";
import type { VerwerkContext, Verwerking } from "./verwerking";
import type { XmlWaarde } from "./xml";

const ZONDER_BEZWAAR = new Set([GOED, "0233", "8001"]);

/** Every RetourCode in the message with the class it stands in. */
export function retourcodesIn(w: XmlWaarde, klasse = "bericht"): Retour[] {
  if (!w || typeof w !== "object") return [];
  if (Array.isArray(w))
    return w.flatMap((x, i) => retourcodesIn(x, w.length > 1 ? `${klasse} ${i + 1}` : klasse));
  return Object.entries(w).flatMap(([naam, kind]) => {
    if (naam === "RetourCodes" || naam === "RetourCode") {
      const codes = naam === "RetourCode" ? [kind] : [(kind as Record<string, XmlWaarde>).RetourCode];
      return codes
        .flat()
        .filter((c): c is string => typeof c === "string")
        .map((code) => ({ code, omschrijving: omschrijvingRetourcode(code), klasse }));
    }
    return retourcodesIn(kind, naam === "Header" ? "bericht" : naam);
  });
}

export async function verwerkRetour(ctx: VerwerkContext): Promise<Verwerking> {
  const retouren = retourcodesIn(ctx.inhoud);
  const afgekeurd = retouren.filter((r) => !ZONDER_BEZWAAR.has(r.code));
  const basis = { retouren, codes: new Map(), aandacht: null, meldingen: [] as string[] };
  const heen = await zoekHeenbericht(ctx.tx, {
    afzender: ctx.kop.afzender,
    identificatie: ctx.kop.identificatie,
    dagtekening: ctx.kop.dagtekening,
    berichttype: ctx.type.retourOp ?? "",
  });
  if (!heen) {
    return {
      ...basis,
      status: "niet-gekoppeld",
      persoonId: null,
      zaakId: null,
      meldingen: [`Geen bericht ${ctx.type.retourOp} gevonden met identificatie ${ctx.kop.identificatie}.`],
    };
  }
  await werkBerichtBij(ctx.tx, heen.id, {
    ...(heen.richting === "uitgaand" ? { status: afgekeurd.length > 0 ? "afgekeurd" : "geaccepteerd" } : {}),
    verwerking: { ...(heen.verwerking as object), retour: { berichtId: ctx.bericht.id, retouren } },
  });
  return {
    ...basis,
    status: "gekoppeld",
    heenberichtId: heen.id,
    persoonId: heen.persoonId,
    zaakId: heen.zaakId,
    aandacht:
      heen.richting === "uitgaand" && afgekeurd.length > 0
        ? `De aanbieder heeft bericht ${heen.berichttype} (${heen.identificatie}) afgekeurd: ${afgekeurd
            .map((r) => r.code)
            .join(", ")}. Herstel de gegevens en verstuur opnieuw.`
        : null,
    meldingen: [`Gekoppeld aan bericht ${heen.berichttype} ${heen.identificatie}.`],
  };
}

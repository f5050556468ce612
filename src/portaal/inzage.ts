/**
 * "Mijn gegevens inzien" (issue 16; rule 30f): the resident asks for inzage (AVG art. 15) in the data of the person
 * they act for; the request lands at the teamleider (inzage/verzoeken.ts) with its deadline (AVG art. 12 lid 3), and
 * once the inzage is given, its PDF can be downloaded here.
 */
import { haalInzage } from "../db/inzage";
import { haalInzageverzoek, inzageverzoekenVan, voegInzageverzoekToe } from "../db/inzageverzoeken";
import { haalPersoon } from "../db/personen";
import type { InzageInhoud } from "../documenten/inzage-pdf";
import { antwoordUiterlijk, inzageVoorAnderMag } from "../domain/inzage/verzoek";
import { leeftijdOp } from "../domain/persoon/leeftijd";
import { auditeer } from "../handeling/context";
import { type InwonerHandeling, vereisInwoner } from "../handeling/inwoner";
import { nietGevonden, regelOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { keuzesVoorNamens } from "./namens";

const verzoekResource = (h: InwonerHandeling) =>
  ({
    soort: "inzageverzoek",
    gemeenteCode: h.wie.gemeente.code,
    persoonId: h.inwoner.namensPersoonId,
  }) as const;

export async function mijnInzageverzoeken(h: InwonerHandeling) {
  vereisInwoner(h, "lezen", verzoekResource(h));
  const rijen = await inzageverzoekenVan(h.tx, h.inwoner.namensPersoonId);
  await auditeer(h, [
    {
      actie: "lezen",
      resource: "inzageverzoek",
      persoonId: h.inwoner.namensPersoonId,
      reden: "mijn inzageverzoeken",
    },
  ]);
  return {
    items: rijen.map((r) => ({
      id: r.id,
      ontvangenOp: r.ontvangenOp,
      uiterlijk: r.uiterlijk,
      klaar: r.inzageId !== null,
    })),
  };
}

export async function vraagInzage(h: InwonerHandeling, v: { toelichting: string }) {
  vereisInwoner(h, "aanmaken", verzoekResource(h));
  const persoonId = h.inwoner.namensPersoonId;
  if (persoonId !== h.inwoner.persoonId) {
    const keuze = (await keuzesVoorNamens(h)).find((k) => k.persoonId === persoonId);
    const persoon = await haalPersoon(h.tx, persoonId);
    const weigering =
      keuze && persoon ? inzageVoorAnderMag(keuze.grond, leeftijdOp(persoon.geboortedatum, vandaag())) : null;
    if (weigering) throw regelOvertreden(weigering, undefined, "inzage-zelf-vanaf-16");
  }
  const ontvangenOp = vandaag();
  const rij = await voegInzageverzoekToe(h.tx, {
    persoonId,
    ingediendDoor: h.inwoner.persoonId,
    ontvangenOp,
    uiterlijk: antwoordUiterlijk(ontvangenOp),
    toelichting: v.toelichting,
  });
  await auditeer(h, [{ actie: "aanmaken", resource: "inzageverzoek", persoonId, reden: "inzage gevraagd" }]);
  return { id: rij.id, ontvangenOp: rij.ontvangenOp, uiterlijk: rij.uiterlijk, klaar: false };
}

/** The inzage given on this request, exactly as the teamleider provided it, to render as PDF. */
export async function mijnInzage(h: InwonerHandeling, verzoekId: string): Promise<InzageInhoud> {
  const verzoek = await haalInzageverzoek(h.tx, verzoekId);
  if (!verzoek || verzoek.persoonId !== h.inwoner.namensPersoonId || !verzoek.inzageId)
    throw nietGevonden("Deze inzage kunnen we niet vinden.");
  vereisInwoner(h, "lezen", verzoekResource(h));
  const inzage = await haalInzage(h.tx, verzoek.inzageId);
  if (!inzage) throw nietGevonden("Deze inzage kunnen we niet vinden.");
  await auditeer(h, [
    {
      actie: "exporteren",
      resource: "inzage-pdf",
      persoonId: verzoek.persoonId,
      reden: "inzage in Mijn Voordeur",
    },
  ]);
  return inzage.inhoud as InzageInhoud;
}

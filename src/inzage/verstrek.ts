/**
 * Giving an inzage (AVG art. 15, DOMAIN.md §6): the teamleider decides per document whether it is given or
 * withheld (with a ground and a motivation, `domain/inzage`); the decisions are stored one row each and audited
 * one entry each, with a snapshot of what was handed over so it can be shown later exactly as provided.
 */
import { bewaarInzage, bewaarInzageBeslissingen } from "../db/inzage";
import { handelInzageverzoekenAf } from "../db/inzageverzoeken";
import { haalPersoon, netwerkVan, relatiesVan } from "../db/personen";
import type { InzageInhoud } from "../documenten/inzage-pdf";
import { type Beslissing, stelInzageSamen, WEIGERGRONDEN } from "../domain/inzage/inzage";
import { volledigeNaam } from "../domain/persoon/naam";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { nietGevonden, ongeldig } from "../handeling/weigering";
import { nu } from "../lib/klok";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { ontsleutelBsn } from "../privacy/bsn-versleuteling";
import { documentenVoorInzage } from "./documenten";

export interface Samenvatting {
  verstrekt: { documentId: string; titel: string; zaaknummer: string | null }[];
  geweigerd: {
    documentId: string;
    titel: string;
    zaaknummer: string | null;
    grond: string;
    grondLabel: string;
    toelichting: string;
  }[];
}

export async function verstrekInzage(
  h: Handeling,
  persoonId: string,
  beslissingen: readonly Beslissing[],
  bsnSleutels: BsnSleutels,
): Promise<{ id: string; aangemaaktOp: Date; inhoud: InzageInhoud; samenvatting: Samenvatting }> {
  const { tx, wie } = h;
  vereis(wie, "aanmaken", { soort: "inzage", gemeenteCode: wie.gemeente.code });
  const persoon = await haalPersoon(tx, persoonId);
  if (!persoon) throw nietGevonden();
  const samenstelling = stelInzageSamen(await documentenVoorInzage(tx, persoon.id), beslissingen);
  if (!samenstelling.ok)
    throw ongeldig(
      "Beslis over ieder document; geef bij niet verstrekken de grond en een motivering.",
      samenstelling.fouten,
    );
  const { verstrekt, geweigerd } = samenstelling;
  const [relaties, netwerk] = [await relatiesVan(tx, persoon.id), await netwerkVan(tx, persoon.id)];
  const huisnummer = `${persoon.huisnummer}${persoon.huisletter ?? ""}${persoon.toevoeging ? `-${persoon.toevoeging}` : ""}`;
  const inhoud: InzageInhoud = {
    persoon: {
      naam: volledigeNaam(persoon),
      bsn: persoon.bsnVersleuteld ? ontsleutelBsn(bsnSleutels, persoon.bsnVersleuteld) : null,
      geboortedatum: persoon.geboortedatum,
      adres: `${[persoon.straat, huisnummer].filter(Boolean).join(" ")}, ${persoon.postcode.slice(0, 4)} ${persoon.postcode.slice(4)} ${persoon.woonplaats}`,
      telefoon: persoon.telefoon,
      email: persoon.email,
      communicatie: persoon.communicatie,
    },
    relaties: relaties.map((r) => ({ soort: r.soort, richting: r.richting, naam: r.naam })),
    netwerk: netwerk.map((n) => ({ naam: n.naam, relatie: n.relatie })),
    documenten: verstrekt.map((d) => ({ titel: d.titel, datum: d.datum, inhoud: d.inhoud })),
    uitgesloten: geweigerd.map((g) => ({
      document: { titel: g.document.titel, datum: g.document.datum },
      motivering: `${WEIGERGRONDEN[g.grond]}. ${g.toelichting}`,
    })),
    verstrekt: { op: nu().toISOString(), door: wie.naam, gemeente: wie.gemeente.naam },
  };
  const rij = await bewaarInzage(tx, {
    gemeenteCode: wie.gemeente.code,
    persoonId: persoon.id,
    aangemaaktDoor: wie.medewerkerId,
    beslissingen: [...beslissingen],
    inhoud,
  });
  const besluit = { gemeenteCode: wie.gemeente.code, inzageId: rij.id, beslotenDoor: wie.medewerkerId };
  await bewaarInzageBeslissingen(tx, [
    ...verstrekt.map((d) => ({
      ...besluit,
      zaakId: d.zaakId,
      documentSleutel: d.id,
      soort: d.soort,
      titel: d.titel,
      uitkomst: "verstrekt" as const,
    })),
    ...geweigerd.map((g) => ({
      ...besluit,
      zaakId: g.document.zaakId,
      documentSleutel: g.document.id,
      soort: g.document.soort,
      titel: g.document.titel,
      uitkomst: "geweigerd" as const,
      grond: g.grond,
      toelichting: g.toelichting,
    })),
  ]);
  // One entry per decision (ids and the ground, never content or titles), then the inzage itself.
  await auditeer(h, [
    ...verstrekt.map((d) => ({
      actie: "aanmaken" as const,
      resource: "inzage-beslissing",
      persoonId: persoon.id,
      reden: `inzage ${rij.id}: ${d.id} verstrekt`,
    })),
    ...geweigerd.map((g) => ({
      actie: "aanmaken" as const,
      resource: "inzage-beslissing",
      persoonId: persoon.id,
      reden: `inzage ${rij.id}: ${g.document.id} niet verstrekt (grond: ${g.grond})`,
    })),
    {
      actie: "exporteren",
      resource: "inzage",
      persoonId: persoon.id,
      reden: `inzage: ${verstrekt.length} documenten verstrekt, ${geweigerd.length} niet`,
    },
  ]);
  // A request from Mijn Voordeur is answered by giving the inzage (its download appears there).
  await handelInzageverzoekenAf(tx, persoon.id, rij.id);
  return {
    id: rij.id,
    aangemaaktOp: rij.aangemaaktOp,
    inhoud,
    samenvatting: {
      verstrekt: verstrekt.map((d) => ({ documentId: d.id, titel: d.titel, zaaknummer: d.zaaknummer })),
      geweigerd: geweigerd.map((g) => ({
        documentId: g.document.id,
        titel: g.document.titel,
        zaaknummer: g.document.zaaknummer,
        grond: g.grond,
        grondLabel: WEIGERGRONDEN[g.grond],
        toelichting: g.toelichting,
      })),
    },
  };
}

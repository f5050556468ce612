import type { NieuweZaak } from "../contract/zaken";
import type { AuditFeit } from "../db/audit";
import { geldigeZaaktypeVersie } from "../db/catalogus";
import type { Executor } from "../db/client";
import { heeftVoorliggendVeldEerst } from "../db/gemeente-instellingen";
import { haalPersonen, type PersoonRij } from "../db/personen";
import { nieuwZaaknummer, voegGebeurtenisToe, voegZaakToe, type ZaakRij } from "../db/zaken";
import { valtOnderJeugdwet } from "../domain/aanmelden/jeugdleeftijd";
import {
  type RouteringConfiguratie,
  routeer,
  STANDAARD_ROUTERING,
  VOORLIGGEND_VELD_EERST,
  type WetDomein,
} from "../domain/routering/routering";
import { valideerZaakPersonen } from "../domain/zaak/personen";
import type { Zaaktype } from "../domain/zaak/zaaktypen";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { ongeldig, regelOvertreden } from "../handeling/weigering";
import { nu, vandaag } from "../lib/klok";
import { volgendeTermijn } from "./termijnen";

export const WETDOMEIN_VAN_ZAAKTYPE: Record<Zaaktype, WetDomein> = {
  wmo: "wmo",
  jeugd: "jeugd",
  werk: "werk",
  schuldhulp: "schuldhulp",
  leerplicht: "leerplicht",
  "veilig-opgroeien": "veilig-opgroeien",
  regie: "onbekend",
};

/** The routing configuration of a gemeente: its setting (Assen: voorliggend veld first, migration 0053). */
export async function routeringConfiguratie(
  tx: Executor,
  gemeenteCode: string,
): Promise<RouteringConfiguratie> {
  return (await heeftVoorliggendVeldEerst(tx, gemeenteCode)) ? VOORLIGGEND_VELD_EERST : STANDAARD_ROUTERING;
}

const alsVeld = (pad: string) => pad.replace(/\[(\d+)\]/g, ".$1");

export interface ZaakRoutering {
  werkvoorraad: string;
  regel: string;
  uitleg: string;
  spoed: boolean;
}

export interface NieuweZaakOpties {
  /** A routing decided by the caller (e.g. after triage); otherwise the routing rules decide. */
  routering?: ZaakRoutering;
  /** Extra facts stored in zaken.feiten (triage, woonplaatsbeginsel, the contact it came from, …). */
  feiten?: Record<string, unknown>;
  /** Extra history entries after "melding-geregistreerd" (crisis discussed, werkvoorraad overridden, …). */
  gebeurtenissen?: { soort: string; toelichting: string; gegevens?: Record<string, unknown> }[];
  /**
   * Collect the audit facts here instead of writing them: the caller writes all facts of its transaction in
   * one call at the end (one audit lock per transaction — two would risk a deadlock between chains).
   */
  auditFeiten?: AuditFeit[];
  /** Persons the caller already read in this transaction (they are not read again). */
  bekendePersonen?: readonly (PersoonRij | undefined)[];
}

/** Validates, routes and stores a new zaak; throws a 400 problem naming the fields when the melding is invalid. */
export async function registreerZaak(
  h: Handeling,
  invoer: NieuweZaak,
  opties: NieuweZaakOpties = {},
): Promise<ZaakRij> {
  const { tx, wie } = h;
  vereis(wie, "aanmaken", {
    soort: "zaak",
    gemeenteCode: wie.gemeente.code,
    vakgroep: null,
    behandelaarId: null,
  });
  const fouten: { veld: string; melding: string }[] = [];
  if (invoer.meldingsdatum > vandaag())
    fouten.push({ veld: "meldingsdatum", melding: "De meldingsdatum ligt in de toekomst" });
  const personenCheck = valideerZaakPersonen(invoer.personen);
  if (!personenCheck.ok) fouten.push(...personenCheck.fouten.map((f) => ({ ...f, veld: alsVeld(f.veld) })));
  const bekend = new Map((opties.bekendePersonen ?? []).flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const geladen = await haalPersonen(
    tx,
    invoer.personen.flatMap((p) => (bekend.has(p.persoonId) ? [] : [p.persoonId])),
  );
  const gevonden: (PersoonRij | undefined)[] = invoer.personen.map(
    (p) => bekend.get(p.persoonId) ?? geladen.get(p.persoonId),
  );
  gevonden.forEach((p, i) => {
    if (!p) fouten.push({ veld: `personen.${i}.persoonId`, melding: "Deze persoon bestaat niet" });
  });
  if (fouten.length > 0) throw ongeldig("De melding is niet geldig. Controleer de genoemde velden.", fouten);

  const hoofdpersoon = gevonden[invoer.personen.findIndex((p) => p.rol === "hoofdpersoon")] ?? gevonden[0];
  if (invoer.zaaktype === "jeugd" && hoofdpersoon?.geboortedatum) {
    // Jeugdhulp is for a jeugdige (−9 months to 23 years): the child is the hoofdpersoon, parents join as gezaghebbende.
    const leeftijd = valtOnderJeugdwet(hoofdpersoon.geboortedatum, invoer.meldingsdatum);
    if (!leeftijd.past)
      throw regelOvertreden(`Regel jeugdwet-leeftijd: ${leeftijd.melding}`, [
        { veld: "personen", melding: leeftijd.melding },
      ]);
  }
  const routering: ZaakRoutering =
    opties.routering ??
    (invoer.zaaktype === "regie"
      ? {
          werkvoorraad: "regiegroep",
          regel: "zaaktype-regie",
          uitleg: "Regiezaak: werkvoorraad Regiegroep.",
          spoed: false,
        }
      : routeer({
          wetDomein: WETDOMEIN_VAN_ZAAKTYPE[invoer.zaaktype],
          veiligheid: invoer.veiligheid,
          leefgebieden: invoer.leefgebieden,
          tijdstip: nu().toISOString(),
          configuratie: await routeringConfiguratie(tx, wie.gemeente.code),
          ...(invoer.thema ? { thema: invoer.thema } : {}),
        }));
  // Snapshot of the gemeente's zaaktype version valid at the melding: later versions never rewrite this zaak.
  const zaaktypeVersie = await geldigeZaaktypeVersie(tx, invoer.zaaktype, invoer.meldingsdatum);
  const feiten = {
    ...opties.feiten,
    routering: { regel: routering.regel, uitleg: routering.uitleg },
    spoed: routering.spoed,
    geboortedatum: hoofdpersoon?.geboortedatum ?? null,
    ...(zaaktypeVersie
      ? {
          zaaktypeVersie: zaaktypeVersie.id,
          lokaleTermijnen: zaaktypeVersie.termijnen as Record<string, number>,
        }
      : {}),
  };
  const basis = {
    gemeenteCode: wie.gemeente.code,
    zaaktype: invoer.zaaktype,
    status: "melding",
    werkvoorraad: routering.werkvoorraad,
    meldingsdatum: invoer.meldingsdatum,
  };
  const volgende = volgendeTermijn({ ...basis, feiten } as ZaakRij, vandaag());
  const rij = await voegZaakToe(
    tx,
    {
      ...basis,
      zaaknummer: await nieuwZaaknummer(tx, invoer.meldingsdatum),
      kanaal: invoer.kanaal,
      omschrijving: invoer.omschrijving,
      veiligheid: invoer.veiligheid,
      leefgebieden: invoer.leefgebieden,
      wijkCode: hoofdpersoon?.wijkCode ?? null,
      feiten,
      volgendeTermijnDatum: volgende?.uiterlijkeDatum ?? null,
      volgendeTermijnSoort: volgende?.soort ?? null,
    },
    invoer.personen,
    {
      medewerkerId: wie.medewerkerId,
      soort: "melding-geregistreerd",
      naarStatus: "melding",
      toelichting: routering.uitleg,
      gegevens: { kanaal: invoer.kanaal, veiligheid: invoer.veiligheid },
    },
  );
  for (const g of opties.gebeurtenissen ?? []) {
    await voegGebeurtenisToe(tx, {
      gemeenteCode: rij.gemeenteCode,
      zaakId: rij.id,
      medewerkerId: wie.medewerkerId,
      soort: g.soort,
      toelichting: g.toelichting,
      gegevens: g.gegevens ?? {},
    });
  }
  const feitenVoorAudit = [...new Set(invoer.personen.map((p) => p.persoonId))].map((persoonId) => ({
    actie: "aanmaken" as const,
    resource: "zaak",
    persoonId,
    reden: `melding ${rij.zaaknummer} geregistreerd`,
  }));
  if (opties.auditFeiten) opties.auditFeiten.push(...feitenVoorAudit);
  else await auditeer(h, feitenVoorAudit);
  return rij;
}

/**
 * POST /api/aanmelden in one transaction: the contactregistratie with its triage, and the outcome —
 * beantwoord, a new zaak (shared create-zaak function with the routing of the triage), koppel (join an open
 * zaak of the resident) or overdracht (warm handover note, no zaak). Everything is judged first by the pure
 * domain function (domain/aanmelden); a refusal writes nothing.
 */
import { randomUUID } from "node:crypto";
import type { AanmeldingResultaat, AanmeldingVerzoek } from "../contract/aanmelden";
import { voegContactToe } from "../db/aanmelden";
import type { AuditFeit } from "../db/audit";
import { haalPersonen, haalPersoon, zakenVanPersoon } from "../db/personen";
import { voegGebeurtenisToe } from "../db/zaken";
import { type AanmeldContext, beoordeelAanmelding, type TriageInvoer } from "../domain/aanmelden/aanmelding";
import { contactFouten } from "../domain/aanmelden/contact";
import { beslis } from "../domain/autorisatie";
import type { ZaakRol } from "../domain/zaak/personen";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { ongeldig, regelOvertreden } from "../handeling/weigering";
import * as klok from "../lib/klok";
import { vandaag } from "../lib/klok";
import { registreerZaak, routeringConfiguratie } from "../zaken/nieuwe-zaak";
import { zaakResource } from "../zaken/zaak";
import { koppelHulpvraagAanContact } from "./hulpvragen";
import { informeerBetrokkenen } from "./informeren";
import { alsContactDetail, alsTriageUitkomst } from "./weergave";

/** What the triage and the routing need of the moment and the gemeente (its routing setting is read from the db). */
export async function aanmeldContext(h: Handeling, nu = klok.nu()): Promise<AanmeldContext> {
  const { wie } = h;
  return {
    gemeenteCode: wie.gemeente.code,
    configuratie: await routeringConfiguratie(h.tx, wie.gemeente.code),
    tijdstip: nu.toISOString(),
    peildatum: vandaag(nu),
    actor: { rollen: wie.rollen, vakgroepen: wie.vakgroepen },
  };
}

/** The triage as the domain reads it: the contact's thema counts when the triage names none. */
export function triageVoorDomein(invoer: { thema: string; triage?: TriageInvoer | undefined }) {
  return invoer.triage ? { ...invoer.triage, thema: invoer.triage.thema ?? invoer.thema } : undefined;
}

export async function registreerAanmelding(
  h: Handeling,
  invoer: AanmeldingVerzoek,
): Promise<AanmeldingResultaat> {
  const { tx, wie } = h;
  vereis(wie, "aanmaken", { soort: "contact", gemeenteCode: wie.gemeente.code });
  const uitkomst = invoer.uitkomst;
  const fouten = contactFouten({
    ...invoer,
    uitkomst: uitkomst.soort,
    triage: invoer.triage !== undefined,
    zaakId: uitkomst.soort === "koppel" ? uitkomst.zaakId : undefined,
  });
  const persoon = invoer.persoonId ? await haalPersoon(tx, invoer.persoonId) : undefined;
  if (invoer.persoonId && !persoon) fouten.push({ veld: "persoonId", melding: "Deze persoon bestaat niet" });
  const bekend = await haalPersonen(tx, invoer.gezinsleden);
  const gezin = invoer.gezinsleden.map((id) => bekend.get(id));
  gezin.forEach((p, i) => {
    if (!p) fouten.push({ veld: `gezinsleden.${i}`, melding: "Deze persoon bestaat niet" });
  });
  if (fouten.length > 0) throw ongeldig("Het contact is niet geldig. Controleer de genoemde velden.", fouten);

  const koppelZaak =
    uitkomst.soort === "koppel"
      ? await (async () => {
          const zaak = persoon
            ? (await zakenVanPersoon(tx, persoon.id)).find((z) => z.id === uitkomst.zaakId)
            : undefined;
          return {
            gevonden: zaak !== undefined,
            open: zaak?.afgeslotenOp === null,
            zaaknummer: zaak?.zaaknummer,
          };
        })()
      : undefined;

  const ctx = await aanmeldContext(h);
  const triage = triageVoorDomein(invoer);
  const oordeel = beoordeelAanmelding(
    {
      uitkomst: uitkomst.soort,
      triage,
      hoofdpersoon: persoon ? { geboortedatum: persoon.geboortedatum } : null,
      zaaktype: uitkomst.soort === "zaak" ? uitkomst.zaaktype : undefined,
      werkvoorraad: uitkomst.soort === "zaak" ? uitkomst.werkvoorraad : undefined,
      overdrachtGemeente: uitkomst.soort === "overdracht" ? uitkomst.gemeente : undefined,
      koppelZaak,
    },
    ctx,
  );
  if (oordeel.soort === "ongeldig")
    throw ongeldig("Het contact is niet geldig. Controleer de genoemde velden.", oordeel.fouten);
  if (oordeel.soort === "geweigerd")
    throw regelOvertreden(`${oordeel.detail} (regel: ${oordeel.regel})`, [
      { veld: "regel", melding: oordeel.regel },
    ]);

  const contactId = randomUUID();
  const triageOpslag =
    triage && oordeel.triage
      ? {
          ...triage,
          meervoudigheid: oordeel.triage.meervoudigheid,
          voorstel: oordeel.triage.voorstel,
          woonplaats: oordeel.triage.woonplaats,
        }
      : null;

  // Every audit fact of this transaction, written once at the end (one audit lock per transaction).
  const auditFeiten: AuditFeit[] = [];
  let zaak: AanmeldingResultaat["zaak"] = null;
  let zaakId: string | null = null;
  if (oordeel.zaak && triage && persoon) {
    const plan = oordeel.zaak;
    const rij = await registreerZaak(
      h,
      {
        zaaktype: plan.zaaktype,
        meldingsdatum: ctx.peildatum,
        kanaal: invoer.kanaal,
        omschrijving: invoer.vraag,
        personen: [
          { persoonId: persoon.id, rol: "hoofdpersoon" as ZaakRol },
          ...invoer.gezinsleden.map((id) => ({ persoonId: id, rol: "gezinslid" as ZaakRol })),
        ],
        veiligheid: triage.veiligheid,
        leefgebieden: [...triage.leefgebieden],
        ...(triage.thema ? { thema: triage.thema } : {}),
      },
      {
        routering: plan.routering,
        feiten: {
          aanmelding: { contactId, triage: triageOpslag, overschreven: plan.overschreven },
        },
        gebeurtenissen: plan.gebeurtenissen,
        bekendePersonen: [persoon, ...gezin],
        auditFeiten,
      },
    );
    zaakId = rij.id;
    zaak = {
      id: rij.id,
      zaaknummer: rij.zaaknummer,
      werkvoorraad: rij.werkvoorraad,
      routering: { regel: plan.routering.regel, uitleg: plan.routering.uitleg },
      spoed: plan.routering.spoed,
      magOpenen: beslis(actorVan(wie), "lezen", zaakResource(wie, rij)).toegestaan,
      versie: rij.versie,
    };
  } else if (uitkomst.soort === "koppel") {
    zaakId = uitkomst.zaakId;
    await voegGebeurtenisToe(tx, {
      gemeenteCode: wie.gemeente.code,
      zaakId,
      medewerkerId: wie.medewerkerId,
      soort: "contact-toegevoegd",
      toelichting: `Nieuw contact via ${invoer.kanaal} toegevoegd aan de zaak.`,
      gegevens: { contactId },
    });
  }

  const rij = await voegContactToe(tx, {
    id: contactId,
    gemeenteCode: wie.gemeente.code,
    kanaal: invoer.kanaal,
    verwijzer: invoer.verwijzer ?? null,
    melder: invoer.melder ?? null,
    persoonId: persoon?.id ?? null,
    naamZonderRegistratie: invoer.naamZonderRegistratie ?? null,
    gezinsleden: invoer.gezinsleden,
    thema: invoer.thema,
    kenmerken: invoer.kenmerken,
    vraag: invoer.vraag,
    directBeantwoord: invoer.directBeantwoord,
    antwoord: invoer.antwoord ?? null,
    uitkomst: uitkomst.soort,
    zaakId,
    triage: triageOpslag,
    overdracht:
      uitkomst.soort === "overdracht"
        ? {
            gemeente: oordeel.triage?.woonplaats?.verantwoordelijk ?? uitkomst.gemeente ?? null,
            notitie: uitkomst.notitie,
            grond: oordeel.triage?.woonplaats?.grond ?? null,
          }
        : null,
    geregistreerdDoor: wie.medewerkerId,
  });
  if (invoer.hulpvraagId)
    await koppelHulpvraagAanContact(h, invoer.hulpvraagId, contactId, persoon?.id ?? null);

  const geinformeerd = persoon ? await informeerBetrokkenen(tx, wie, persoon.id, invoer.kanaal) : 0;
  const zaaknummer = zaak?.zaaknummer ?? koppelZaak?.zaaknummer ?? null;
  for (const persoonId of [persoon?.id, ...invoer.gezinsleden]) {
    if (!persoonId) continue;
    auditFeiten.push({
      actie: "aanmaken",
      resource: "contact",
      persoonId,
      reden: `contact geregistreerd (${invoer.kanaal}), uitkomst ${uitkomst.soort}${zaaknummer ? ` ${zaaknummer}` : ""}`,
    });
  }
  await auditeer(h, auditFeiten);
  return {
    contact: alsContactDetail({ contact: rij, door: wie.naam, zaaknummer }),
    zaak,
    triage: oordeel.triage && triage ? alsTriageUitkomst(oordeel.triage, triage.veiligheid, ctx.actor) : null,
    geinformeerd,
  };
}

/**
 * What the leerplichtambtenaar records on a leerplicht zaak (policy rule 25a), each change on the versie the caller
 * saw: the verzuimmelding that starts the verzuimaanpak, each next step in the order of seed 004 §5.2
 * (domain/leerplicht/verzuim.ts), and — at any step — the hand-over for onderliggende problematiek: to a
 * casemanager Veilig Opgroeien (added to the zaak, as werkverdeling does) or a Meldcode started on the zaak
 * (meldcode/starten.ts, the Meldcode's own act and policy).
 */
import type { z } from "zod";
import type {
  doorverwijzingVerzoek,
  leerplichtStapVerzoek,
  verzuimmeldingVerzoek,
} from "../contract/leerplicht";
import { haalGebruiker } from "../db/gebruikers";
import { haalSchool, type LeerplichtRij, voegLeerplichtToe } from "../db/leerplicht";
import { haalZaak, personenVanZaak, type ZaakRij } from "../db/zaken";
import { STAP_LABELS, toetsDoorverwijzing, toetsMelding, toetsStap } from "../domain/leerplicht/verzuim";
import { toetsRaadpleging } from "../domain/werkverdeling/veilig-opgroeien";
import { type Handeling, vereis } from "../handeling/context";
import { conflict, weigerOvertredingen, weigerUitkomsten } from "../handeling/weigering";
import { nu, vandaag } from "../lib/klok";
import { startMeldcode } from "../meldcode/starten";
import { RAADPLEGING_FEIT } from "../werkverdeling/veilig-opgroeien";
import {
  auditeerLeerplicht,
  bewaarLeerplicht,
  doorverwijzingenVan,
  LEERPLICHT_BESTAAT_AL,
  laadLeerplicht,
  leerplichtResource,
  type OpgeslagenDoorverwijzing,
  type OpgeslagenStap,
  rmcFeiten,
  stappenVan,
  vereisLeerplichtzaak,
  werkZaakBij,
} from "./traject";

const vastgelegd = (h: Handeling) => ({ medewerkerId: h.wie.medewerkerId, vastgelegdOp: nu().toISOString() });
const metToelichting = (t: string | undefined) => (t ? { toelichting: t } : {});

/** The school's verzuimmelding (via DUO) starts the verzuimaanpak on the zaak (one per zaak). */
export async function startVerzuimaanpak(
  h: Handeling,
  zaak: ZaakRij,
  invoer: z.infer<typeof verzuimmeldingVerzoek>,
): Promise<LeerplichtRij> {
  vereis(h.wie, "aanmaken", leerplichtResource(h.wie, zaak, "inhoud"));
  vereisLeerplichtzaak(zaak);
  const persoon = (await personenVanZaak(h.tx, zaak.id)).find((p) => p.persoonId === invoer.leerlingId);
  const leerling = persoon?.geboortedatum ? { geboortedatum: persoon.geboortedatum } : null;
  const school = invoer.schoolId ? await haalSchool(h.tx, invoer.schoolId) : undefined;
  const melding = {
    datum: invoer.datum,
    verzuimsoort: invoer.verzuimsoort,
    uren: invoer.uren,
    schoolId: invoer.schoolId,
  };
  weigerUitkomsten(
    toetsMelding({ melding, leerling, vandaag: vandaag(), schoolBekend: school?.actief === true }),
  );
  const stap: OpgeslagenStap = {
    soort: "verzuimmelding",
    datum: invoer.datum,
    ...metToelichting(invoer.toelichting),
    ...vastgelegd(h),
  };
  const rij = await voegLeerplichtToe(h.tx, {
    zaakId: zaak.id,
    leerlingId: invoer.leerlingId,
    schoolId: invoer.schoolId,
    verzuimsoort: invoer.verzuimsoort,
    uren: invoer.uren,
    stappen: [stap],
    aangemaaktDoor: h.wie.medewerkerId,
  });
  if (!rij) throw conflict(LEERPLICHT_BESTAAT_AL);
  await werkZaakBij(h, zaak.id, rmcFeiten(leerling?.geboortedatum ?? null, [stap], vandaag()), {
    soort: "leerplicht-verzuimmelding",
    toelichting: "Verzuimmelding van de school vastgelegd; de verzuimaanpak is gestart.",
    gegevens: { leerplichtId: rij.id },
  });
  await auditeerLeerplicht(h, rij.leerlingId, "aanmaken", `verzuimaanpak gestart op zaak ${zaak.zaaknummer}`);
  return rij;
}

export async function legStapVast(
  h: Handeling,
  id: string,
  versie: number,
  invoer: z.infer<typeof leerplichtStapVerzoek>,
): Promise<LeerplichtRij> {
  const geladen = await laadLeerplicht(h, id, { actie: "wijzigen", versie });
  const { rij } = geladen;
  const persoon = (await personenVanZaak(h.tx, rij.zaakId)).find((p) => p.persoonId === rij.leerlingId);
  const stappen = stappenVan(rij);
  const [melding] = stappen;
  weigerUitkomsten(
    toetsStap(
      {
        melding: {
          datum: melding?.datum ?? invoer.datum,
          verzuimsoort: rij.verzuimsoort as never,
          uren: rij.uren,
          schoolId: rij.schoolId,
        },
        leerling: { geboortedatum: persoon?.geboortedatum ?? "" },
        stappen,
        vandaag: vandaag(),
      },
      { soort: invoer.soort, datum: invoer.datum },
    ),
  );
  const stap: OpgeslagenStap = {
    soort: invoer.soort,
    datum: invoer.datum,
    ...metToelichting(invoer.toelichting),
    ...vastgelegd(h),
  };
  return bewaarLeerplicht(
    h,
    geladen,
    { stappen: [...stappen, stap] },
    {
      soort: "leerplicht-stap",
      toelichting: `Verzuimaanpak: ${STAP_LABELS[invoer.soort].toLowerCase()}.`,
      gegevens: { leerplichtId: id, stap: invoer.soort },
    },
  );
}

/** Onderliggende problematiek: hand over to a casemanager Veilig Opgroeien, or start the Meldcode on the zaak. */
export async function verwijsDoor(
  h: Handeling,
  id: string,
  versie: number,
  invoer: z.infer<typeof doorverwijzingVerzoek>,
): Promise<LeerplichtRij> {
  const geladen = await laadLeerplicht(h, id, { actie: "wijzigen", versie });
  weigerUitkomsten(toetsDoorverwijzing(stappenVan(geladen.rij), invoer.datum, vandaag()));
  const basis = {
    soort: invoer.soort,
    datum: invoer.datum,
    toelichting: invoer.toelichting,
    ...vastgelegd(h),
  };
  let doorverwijzing: OpgeslagenDoorverwijzing;
  if (invoer.soort === "veilig-opgroeien") {
    const g = await haalGebruiker(h.tx, invoer.casemanagerId);
    weigerOvertredingen(
      toetsRaadpleging(
        {
          op: invoer.datum,
          medewerker: g ? { naam: g.naam, vakgroepen: g.vakgroepen, actief: g.actief } : undefined,
        },
        { meldingsdatum: geladen.zaak.meldingsdatum, vandaag: vandaag() },
      ),
    );
    // Added to the zaak like a casemanager who joins (zaken/zaak.ts#medebehandelaars): they read it from now on.
    await werkZaakBij(
      h,
      geladen.zaak.id,
      {
        [RAADPLEGING_FEIT]: {
          soort: "toegevoegd",
          medewerkerId: invoer.casemanagerId,
          op: invoer.datum,
          toelichting: invoer.toelichting,
          vastgelegdDoor: h.wie.medewerkerId,
        },
      },
      {
        soort: "leerplicht-overdracht-veilig-opgroeien",
        toelichting: "Onderliggende problematiek: overgedragen aan een casemanager Veilig Opgroeien.",
        gegevens: { leerplichtId: id },
      },
    );
    doorverwijzing = { ...basis, casemanagerId: invoer.casemanagerId };
  } else {
    const zaak = await haalZaak(h.tx, geladen.zaak.id);
    const { meldcode } = await startMeldcode(h, geladen.zaak.id, zaak?.versie ?? geladen.zaak.versie);
    doorverwijzing = { ...basis, meldcodeId: meldcode.id };
  }
  return bewaarLeerplicht(
    h,
    geladen,
    { doorverwijzingen: [...doorverwijzingenVan(geladen.rij), doorverwijzing] },
    {
      soort: "leerplicht-doorverwijzing",
      toelichting: "Verzuimaanpak: onderliggende problematiek doorverwezen.",
      gegevens: { leerplichtId: id, soort: invoer.soort },
    },
  );
}

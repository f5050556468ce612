/**
 * The Participatiewet voorschot (Pw art. 52 lid 1): while the aanvraag om bijstand is undecided, a voorschot within
 * four weeks after the aanvraag of at least 90 % of the norm. Recorded on a werk zaak by whoever may change it, with
 * its letter (template `brief-voorschot`, stored and sent via brieven/verzenden); the first voorschot closes the
 * zaak's voorschot term.
 */
import type { z } from "zod";
import { geadresseerdenVan } from "../brieven/geadresseerden";
import { briefTekst } from "../brieven/teksten";
import { verstuurBrieven, verzendregel } from "../brieven/verzenden";
import type { voorschottenOpZaak, voorschotVerzoek } from "../contract/schuldhulp";
import { namenVan } from "../db/gebruikers";
import { voegVoorschotToe, voorschottenVanZaak } from "../db/schuldhulp";
import type { ZaakRij } from "../db/zaken";
import { beslis } from "../domain/autorisatie";
import { voorschotInhoud } from "../domain/brieven/inhoud";
import { BRIEF_CODES } from "../domain/brieven/sjablonen";
import { volledigeNaam } from "../domain/persoon/naam";
import { euro, procentVan, toetsVoorschot } from "../domain/schuldhulp/schuldhulp";
import { actorVan, auditeer, type Handeling } from "../handeling/context";
import { regelOvertreden, weigerUitkomsten } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { termijnenVan } from "../zaken/termijnen";
import { bewaarZaak, laadZaak, zaakResource } from "../zaken/zaak";
import { feitenVan } from "./schuldhulp";

const procentTekst = (bedragCent: number, normCent: number) =>
  `${procentVan(bedragCent, normCent).toLocaleString("nl-NL")} %`;

function vereisWerkzaak(zaak: ZaakRij): void {
  if (zaak.zaaktype !== "werk")
    throw regelOvertreden(
      "Een voorschot op de bijstand kan alleen op een zaak Werk en inkomen (Participatiewet art. 52).",
      undefined,
      "voorschot-participatiewet",
    );
}

export async function voorschottenOpZaakVan(
  h: Handeling,
  zaakId: string,
): Promise<z.infer<typeof voorschottenOpZaak>> {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" });
  const rijen = await voorschottenVanZaak(h.tx, zaak.id);
  const namen = await namenVan(
    h.tx,
    rijen.map((r) => r.vastgelegdDoor),
  );
  const mag = beslis(actorVan(h.wie), "wijzigen", zaakResource(h.wie, zaak));
  const reden = !mag.toegestaan
    ? mag.reden
    : zaak.zaaktype !== "werk"
      ? "Alleen op een zaak Werk en inkomen."
      : !feitenVan(zaak).aanvraagdatum
        ? "Er is nog geen aanvraag om bijstand."
        : feitenVan(zaak).besluitdatum
          ? "Op de aanvraag is al beslist."
          : null;
  return {
    zaakId: zaak.id,
    versie: zaak.versie,
    termijn: termijnenVan(zaak, vandaag()).find((t) => t.soort === "voorschot") ?? null,
    voorschotten: rijen.map((r) => ({
      id: r.id,
      verleendOp: r.verleendOp,
      bedragCent: r.bedragCent,
      normCent: r.normCent,
      procent: procentVan(r.bedragCent, r.normCent),
      documentIds: r.documentIds,
      vastgelegdDoor: namen.get(r.vastgelegdDoor)?.naam ?? "onbekend",
    })),
    kanVastleggen: { mogelijk: reden === null, reden },
  };
}

export async function verleenVoorschot(
  h: Handeling,
  zaakId: string,
  versie: number,
  invoer: z.infer<typeof voorschotVerzoek>,
): Promise<void> {
  const zaak = await laadZaak(h, zaakId, { voor: "wijzigen", versie });
  vereisWerkzaak(zaak);
  const feiten = feitenVan(zaak);
  const dag = vandaag();
  weigerUitkomsten(
    toetsVoorschot({
      aanvraagdatum: feiten.aanvraagdatum ?? null,
      besluitdatum: feiten.besluitdatum ?? null,
      verleendOp: invoer.verleendOp,
      bedragCent: invoer.bedragCent,
      normCent: invoer.normCent,
      vandaag: dag,
    }),
  );
  const { client, uitkomst } = await geadresseerdenVan(h.tx, zaak.id, dag);
  const sjabloon = await briefTekst(h.tx, BRIEF_CODES.voorschot);
  const inhoud = voorschotInhoud(
    {
      gemeente: h.wie.gemeente.naam,
      zaaknummer: zaak.zaaknummer,
      clientNaam: volledigeNaam(client),
      aanvraagdatum: feiten.aanvraagdatum as string,
      verleendOp: invoer.verleendOp,
      bedrag: euro(invoer.bedragCent),
      procent: procentTekst(invoer.bedragCent, invoer.normCent),
    },
    sjabloon,
  );
  const brieven = await verstuurBrieven(
    h.tx,
    h.wie,
    {
      zaak,
      soort: "voorschot",
      titel: `Voorschot bijstand ${zaak.zaaknummer}`,
      kenmerk: zaak.zaaknummer,
      datum: dag,
      inhoud,
    },
    uitkomst,
    client,
  );
  const documentIds = brieven.map((b) => b.documentId);
  await voegVoorschotToe(h.tx, {
    zaakId: zaak.id,
    verleendOp: invoer.verleendOp,
    bedragCent: invoer.bedragCent,
    normCent: invoer.normCent,
    documentIds,
    vastgelegdDoor: h.wie.medewerkerId,
  });
  await bewaarZaak(
    h,
    zaak,
    { feiten: { ...feiten, voorschotVerleendOp: feiten.voorschotVerleendOp ?? invoer.verleendOp } },
    {
      soort: "voorschot",
      toelichting: `Voorschot van ${euro(invoer.bedragCent)} (${procentTekst(invoer.bedragCent, invoer.normCent)} van de norm) verleend; brief verstuurd ${verzendregel(brieven)}.`,
      gegevens: { documentIds },
    },
  );
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "voorschot",
      persoonId: client.id,
      reden: `voorschot verleend, zaak ${zaak.zaaknummer}`,
    },
  ]);
}

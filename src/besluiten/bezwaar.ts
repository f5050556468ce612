import type { z } from "zod";
import type { beslissingOpBezwaarVerzoek, bezwaarVerzoek } from "../contract/besluiten";
import {
  type BezwaarRij,
  beslisBezwaar,
  bezwarenVanZaak,
  geldigBesluit,
  voegBezwaarToe,
  zetAdviescommissie,
  zetBesluitStatus,
} from "../db/besluiten";
import type { ZaakRij } from "../db/zaken";
import { datumVoluit } from "../documenten/brief";
import { gevolgVanUitkomst, toetsBezwaar, UITKOMST_LABELS } from "../domain/besluiten/bezwaar";
import { eenvoudigeBrief } from "../domain/besluiten/brieven";
import { SJABLOON_CODES } from "../domain/besluiten/sjablonen";
import { volledigeNaam } from "../domain/persoon/naam";
import { auditeer, type Handeling } from "../handeling/context";
import { medewerkerVan } from "../handeling/systeem";
import { conflict, ongeldig, regelOvertreden, regelsOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak, toetsActie } from "../zaken/zaak";
import { ontvangersVan, sjabloonTekst, verstuurBrief } from "./brieven";
import { voerOvergangenUit } from "./zaakovergang";

export async function registreerBezwaar(
  h: Handeling,
  zaak: ZaakRij,
  v: z.infer<typeof bezwaarVerzoek>,
): Promise<{ bezwaar: BezwaarRij; zaak: ZaakRij }> {
  const { tx, wie } = h;
  const besluit = await geldigBesluit(tx, zaak.id);
  if (!besluit)
    throw regelOvertreden(
      "Op deze zaak geldt geen besluit waartegen bezwaar kan worden gemaakt.",
      undefined,
      "bezwaar-mogelijk",
    );
  if ((await bezwarenVanZaak(tx, zaak.id)).some((b) => b.besluitId === besluit.id && b.uitkomst === null))
    throw regelOvertreden("Tegen dit besluit loopt al een bezwaar.", undefined, "een-bezwaar-tegelijk");
  const oordeel = toetsBezwaar({
    ontvangenOp: v.ontvangenOp,
    besluitdatum: besluit.besluitdatum,
    bezwaarUiterlijk: besluit.bezwaarUiterlijk,
    vandaag: vandaag(),
  });
  if (!oordeel.ok)
    throw regelsOvertreden([{ regel: oordeel.regel, veld: "ontvangenOp", melding: oordeel.reden }]);
  const overgang = { datum: v.ontvangenOp };
  const weigering = toetsActie(zaak, "dien-bezwaar-in", overgang, wie);
  if (weigering) throw regelOvertreden(weigering);
  const bezwaar = await voegBezwaarToe(tx, {
    zaakId: zaak.id,
    besluitId: besluit.id,
    ontvangenOp: v.ontvangenOp,
    gronden: v.gronden,
    adviescommissie: v.adviescommissie,
    teLaat: oordeel.teLaat,
    // A resident submitting it in Mijn Voordeur has no medewerker id (handeling/systeem.ts#medewerkerVan).
    geregistreerdDoor: medewerkerVan(wie),
    ingediendVia: medewerkerVan(wie) ? "medewerker" : "portaal",
  });
  const bijgewerkt = await voerOvergangenUit(h, zaak, [
    {
      actie: "dien-bezwaar-in",
      invoer: overgang,
      feiten: (f) => ({ ...f, adviescommissie: v.adviescommissie }),
      toelichting: oordeel.uitleg ?? `Bezwaar tegen beschikking ${besluit.kenmerk} ontvangen.`,
      gegevens: { bezwaarId: bezwaar.id, besluitId: besluit.id },
    },
  ]);
  const { client } = await ontvangersVan(tx, zaak.id, v.ontvangenOp);
  await auditeer(h, [
    {
      actie: "aanmaken",
      resource: "bezwaar",
      persoonId: client.id,
      reden: `bezwaar tegen ${besluit.kenmerk}`,
    },
  ]);
  return { bezwaar, zaak: bijgewerkt };
}

export async function beslisOpBezwaar(
  h: Handeling,
  zaak: ZaakRij,
  bezwaar: BezwaarRij,
  versie: number | undefined,
  v: z.infer<typeof beslissingOpBezwaarVerzoek>,
): Promise<{ bezwaar: BezwaarRij; zaak: ZaakRij }> {
  const { tx, wie } = h;
  if (bezwaar.uitkomst !== null)
    throw regelOvertreden("Op dit bezwaar is al beslist.", undefined, "nog-niet-beslist");
  if (v.beslistOp > vandaag() || v.beslistOp < bezwaar.ontvangenOp)
    throw ongeldig("De beslisdatum moet tussen de ontvangst van het bezwaar en vandaag liggen.", [
      { veld: "beslistOp", melding: "Ongeldige datum" },
    ]);
  const overgang = { datum: v.beslistOp, uitkomst: v.uitkomst };
  const weigering = toetsActie(zaak, "beslis-op-bezwaar", overgang, wie);
  if (weigering) throw regelOvertreden(weigering);
  const gevolg = gevolgVanUitkomst(v.uitkomst);
  const ontvangers = await ontvangersVan(tx, zaak.id, v.beslistOp);
  const kenmerk = `${zaak.zaaknummer}/BOB`;
  const brief = eenvoudigeBrief(
    "Beslissing op uw bezwaar",
    [await sjabloonTekst(tx, SJABLOON_CODES.beslissingOpBezwaar)],
    {
      naam: volledigeNaam(ontvangers.client),
      gemeente: wie.gemeente.naam,
      kenmerk,
      ontvangenOp: datumVoluit(bezwaar.ontvangenOp),
      uitkomst: UITKOMST_LABELS[v.uitkomst],
      gevolg: gevolg.uitleg,
    },
  );
  brief.blokken.push({ kop: "Motivering" }, { alinea: v.toelichting });
  const { documentId } = await verstuurBrief(tx, wie, {
    zaak,
    ontvangers,
    soort: "beslissing-op-bezwaar",
    titel: `Beslissing op bezwaar ${kenmerk}`,
    kenmerk,
    datum: v.beslistOp,
    inhoud: brief,
  });
  const beslist = await beslisBezwaar(tx, bezwaar.id, versie ?? bezwaar.versie, {
    uitkomst: v.uitkomst,
    beslistOp: v.beslistOp,
    toelichting: v.toelichting,
    documentId,
    beslistDoor: wie.medewerkerId,
  });
  if (!beslist) throw conflict("Iemand anders heeft dit bezwaar intussen gewijzigd. Laad opnieuw.");
  if (gevolg.besluitStatus !== "geldig") await zetBesluitStatus(tx, bezwaar.besluitId, gevolg.besluitStatus);
  const bijgewerkt = await voerOvergangenUit(h, zaak, [
    {
      actie: "beslis-op-bezwaar",
      invoer: overgang,
      toelichting: `Bezwaar ${UITKOMST_LABELS[v.uitkomst]}. ${gevolg.uitleg}`,
      gegevens: { bezwaarId: bezwaar.id, documentId, nieuwBesluitNodig: gevolg.nieuwBesluitNodig },
    },
  ]);
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "bezwaar",
      persoonId: ontvangers.client.id,
      reden: `beslissing op bezwaar (${v.uitkomst})`,
    },
  ]);
  return { bezwaar: beslist, zaak: bijgewerkt };
}

/**
 * Whether the gemeente's bezwaaradviescommissie (Awb art. 7:13) advises on this bezwaar: the jurist decides it
 * after the bezwaar came in (a portal bezwaar starts without). It moves the beslistermijn between six and twelve
 * weeks after the end of the bezwaartermijn (Awb art. 7:10 lid 1), so the zaak's facts change with it.
 */
export async function wijzigAdviescommissie(
  h: Handeling,
  zaak: ZaakRij,
  bezwaar: BezwaarRij,
  versie: number,
  adviescommissie: boolean,
): Promise<{ bezwaar: BezwaarRij; zaak: ZaakRij }> {
  if (bezwaar.uitkomst !== null)
    throw regelOvertreden("Op dit bezwaar is al beslist.", undefined, "nog-niet-beslist");
  const gewijzigd = await zetAdviescommissie(h.tx, bezwaar.id, versie, adviescommissie);
  if (!gewijzigd) throw conflict("Iemand anders heeft dit bezwaar intussen gewijzigd. Laad opnieuw.");
  const bijgewerkt = await bewaarZaak(
    h,
    zaak,
    { feiten: { ...((zaak.feiten ?? {}) as OpgeslagenFeiten), adviescommissie } },
    {
      soort: "adviescommissie",
      toelichting: adviescommissie
        ? "De bezwaaradviescommissie adviseert: de beslistermijn is twaalf weken na de bezwaartermijn (Awb 7:10 lid 1)."
        : "Geen bezwaaradviescommissie: de beslistermijn is zes weken na de bezwaartermijn (Awb 7:10 lid 1).",
      gegevens: { bezwaarId: bezwaar.id, adviescommissie },
    },
  );
  const { client } = await ontvangersVan(h.tx, zaak.id, vandaag());
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "bezwaar",
      persoonId: client.id,
      reden: `adviescommissie: ${adviescommissie}`,
    },
  ]);
  return { bezwaar: gewijzigd, zaak: bijgewerkt };
}

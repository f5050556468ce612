/**
 * Renders, previews, stores and sends a letter of a zaak to everyone it must reach: one PDF per address
 * (domain/persoon/vertegenwoordiging.ts), on the one layout (documenten/brief.ts#maakBriefPdf), each naming the
 * child or represented adult it is about. Sending stores every letter in the dossier (db/documenten.ts) and
 * queues an e-mail in the same transaction when an addressee has an address, otherwise it goes by post.
 * A preview renders the same PDF and stores nothing.
 */
import type { Ingelogd } from "../auth/sessies";
import type { Tx } from "../db/client";
import { slaDocumentOp } from "../db/documenten";
import type { ZaakRij } from "../db/zaken";
import { type Brief, maakBriefPdf } from "../documenten/brief";
import { adresregels } from "../domain/afspraken/bevestiging";
import type { BriefInhoud } from "../domain/brieven/inhoud";
import {
  aanhefVoor,
  type Geadresseerde,
  naamregel,
  ookAanZin,
  overZin,
  type Vertegenwoordiging,
} from "../domain/persoon/vertegenwoordiging";
import { auditeer, type Handeling } from "../handeling/context";
import { ongeldig, regelOvertreden, weigerAls } from "../handeling/weigering";
import { isEmailadres, zetMailInWachtrij } from "../mail/wachtrij";
import type { Persoon } from "./geadresseerden";

export interface Briefontwerp {
  zaak: Pick<ZaakRij, "id" | "zaaknummer">;
  /** Document soort in the dossier: ontvangstbevestiging, onderzoeksverslag, verlenging, beschikking, … */
  soort: string;
  /** Title of the stored document; with several letters the addressee is added. */
  titel: string;
  kenmerk: string;
  /** ISO date of the letter. */
  datum: string;
  inhoud: BriefInhoud;
  /** Default: the college, signed on its behalf by the medewerker. */
  ondertekening?: { naam: string; functie?: string };
  bijlagen?: readonly { titel: string; tekst: string }[];
}

export interface Verzending {
  wijze: "e-mail" | "post";
  aan: string | null;
}

export interface VerzondenBrief {
  documentId: string;
  /** The names the letter is addressed to. */
  aan: string;
  verzending: Verzending;
}

/** Letters of the college: signed on its behalf (mandaat) by the medewerker who sends them. */
export function namensHetCollege(wie: Ingelogd): { naam: string; functie: string } {
  return {
    naam: `Het college van burgemeester en wethouders van ${wie.gemeente.naam}`,
    functie: `namens dezen, ${wie.naam}`,
  };
}

/** 422 when a template uses a placeholder without a value (a typo of the beheerder): nothing is sent. */
export function vereisVolledig(inhoud: BriefInhoud): void {
  if (inhoud.ontbrekend.length > 0)
    throw regelOvertreden(
      `Het briefsjabloon gebruikt velden zonder waarde (${inhoud.ontbrekend.join(", ")}). Pas het sjabloon aan in Beheer › Teksten.`,
      undefined,
      "sjabloon-volledig",
    );
}

/** The letter as data, for one addressee group: the names, the address, and the sentences naming the child. */
export function briefVoor(
  wie: Ingelogd,
  ontwerp: Briefontwerp,
  brief: Geadresseerde<Persoon>,
  alle: readonly Geadresseerde<Persoon>[],
): Brief {
  const eerste = brief.aan[0]?.persoon;
  if (!eerste) throw new Error("brief zonder geadresseerde");
  const vooraf = [overZin(brief), ookAanZin(brief, alle)].filter((z): z is string => z !== null);
  return {
    gemeente: { naam: wie.gemeente.naam },
    geadresseerde: { naam: naamregel(brief.aan), adresregels: adresregels(eerste) },
    datum: ontwerp.datum,
    kenmerk: ontwerp.kenmerk,
    onderwerp: ontwerp.inhoud.onderwerp,
    aanhef: aanhefVoor(brief.aan),
    inhoud: [...vooraf.map((alinea) => ({ alinea })), ...ontwerp.inhoud.blokken],
    ondertekening: ontwerp.ondertekening ?? namensHetCollege(wie),
    ...(ontwerp.bijlagen ? { bijlagen: ontwerp.bijlagen } : {}),
  };
}

/**
 * The PDF of letter `nummer` (1-based) as it would be sent; stores and sends nothing. Showing it is a read of the
 * client's personal data, so it is audited with `reden`.
 */
export async function voorbeeldBrief(
  h: Handeling,
  brief: { ontwerp: Briefontwerp; uitkomst: Vertegenwoordiging<Persoon>; client: Persoon },
  nummer: number,
  reden: string,
): Promise<{ pdf: Buffer; aantal: number }> {
  const { ontwerp, uitkomst } = brief;
  weigerAls(uitkomst);
  vereisVolledig(ontwerp.inhoud);
  const gekozen = uitkomst.brieven[nummer - 1];
  if (!gekozen)
    throw ongeldig(
      `Er ${uitkomst.brieven.length === 1 ? "is 1 brief" : `zijn ${uitkomst.brieven.length} brieven`}.`,
      [{ veld: "brief", melding: `Kies een brief van 1 tot en met ${uitkomst.brieven.length}` }],
    );
  const pdf = await maakBriefPdf(briefVoor(h.wie, ontwerp, gekozen, uitkomst.brieven));
  await auditeer(h, [{ actie: "lezen", resource: "brief", persoonId: brief.client.id, reden }]);
  return { pdf, aantal: uitkomst.brieven.length };
}

const bestandsnaam = (soort: string, kenmerk: string) => `${soort}-${kenmerk.replace(/[^\w-]+/g, "_")}.pdf`;

/** Renders, stores and sends every letter; returns them in the order of the addressees. */
export async function verstuurBrieven(
  tx: Tx,
  wie: Ingelogd,
  ontwerp: Briefontwerp,
  uitkomst: Vertegenwoordiging<Persoon>,
  client: Persoon,
): Promise<VerzondenBrief[]> {
  weigerAls(uitkomst);
  vereisVolledig(ontwerp.inhoud);
  const verzonden: VerzondenBrief[] = [];
  for (const brief of uitkomst.brieven) {
    const aan = naamregel(brief.aan);
    const pdf = await maakBriefPdf(briefVoor(wie, ontwerp, brief, uitkomst.brieven));
    const document = await slaDocumentOp(tx, {
      zaakId: ontwerp.zaak.id,
      persoonId: client.id,
      soort: ontwerp.soort,
      titel: uitkomst.brieven.length > 1 ? `${ontwerp.titel} (aan ${aan})` : ontwerp.titel,
      contentType: "application/pdf",
      inhoud: pdf,
      aangemaaktDoor: wie.medewerkerId,
      aanPersoonIds: brief.aan.map((p) => p.persoon.persoonId),
    });
    const adressen = [
      ...new Set(brief.aan.flatMap((p) => (p.persoon.email?.trim() ? [p.persoon.email.trim()] : []))),
    ].filter(isEmailadres);
    for (const email of adressen) {
      await zetMailInWachtrij(tx, {
        aan: email,
        onderwerp: `${ontwerp.inhoud.onderwerp} (${ontwerp.kenmerk})`,
        tekst: [
          aanhefVoor(brief.aan),
          "",
          `In de bijlage vindt u onze brief "${ontwerp.inhoud.onderwerp}" met kenmerk ${ontwerp.kenmerk}.`,
          "",
          `Met vriendelijke groet,\nGemeente ${wie.gemeente.naam}`,
        ].join("\n"),
        bijlagen: [
          {
            bestandsnaam: bestandsnaam(ontwerp.soort, ontwerp.kenmerk),
            contentType: "application/pdf",
            inhoud: pdf,
          },
        ],
        aanleiding: `${ontwerp.soort} verzonden`,
      });
    }
    verzonden.push({
      documentId: document.id,
      aan,
      verzending:
        adressen.length > 0 ? { wijze: "e-mail", aan: adressen.join(", ") } : { wijze: "post", aan: null },
    });
  }
  return verzonden;
}

/** "per e-mail aan Anna de Vries; per post aan Peter Bakker" for the zaak's history. */
export function verzendregel(verzonden: readonly VerzondenBrief[]): string {
  return verzonden.map((b) => `per ${b.verzending.wijze} aan ${b.aan}`).join("; ");
}

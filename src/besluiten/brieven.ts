/**
 * Letters of the besluiten area: who receives them (the resident, or their legal representative), the
 * beheerder's templates (tekstblokken, with the seeded default as fallback), the PDF on the gemeente's
 * letterhead (documenten/brief.ts), stored in the dossier, and sent: by e-mail (queued in the same
 * transaction) when the recipient has an address, otherwise by post.
 */
import type { Ingelogd } from "../auth/sessies";
import type { Tx } from "../db/client";
import { slaDocumentOp } from "../db/documenten";
import { haalPersoon, type PersoonRij } from "../db/personen";
import { haalTekstblok } from "../db/tekstblokken";
import { personenVanZaak, type ZaakRij } from "../db/zaken";
import { maakBriefPdf } from "../documenten/brief";
import { aanhef, adresregels } from "../domain/afspraken/bevestiging";
import type { BriefInhoud } from "../domain/besluiten/brieven";
import { sjabloon } from "../domain/besluiten/sjablonen";
import { volledigeNaam } from "../domain/persoon/naam";
import { regelOvertreden } from "../handeling/weigering";
import { zetMailInWachtrij } from "../mail/wachtrij";

export interface Ontvangers {
  /** The resident the letter is about (hoofdpersoon). */
  client: PersoonRij;
  /** Who the letter is addressed to: a vertegenwoordiger, a gezaghebbende of a minor, or the client. */
  ontvanger: PersoonRij;
}

const minderjarig = (geboortedatum: string, op: string) =>
  Number(op.slice(0, 4)) -
    Number(geboortedatum.slice(0, 4)) -
    (op.slice(5) < geboortedatum.slice(5) ? 1 : 0) <
  18;

export async function ontvangersVan(tx: Tx, zaakId: string, datum: string): Promise<Ontvangers> {
  const betrokkenen = await personenVanZaak(tx, zaakId);
  const hoofd = betrokkenen.find((p) => p.rol === "hoofdpersoon");
  const client = hoofd ? await haalPersoon(tx, hoofd.persoonId) : undefined;
  if (!client) throw regelOvertreden("De zaak heeft geen hoofdpersoon aan wie de brief kan worden gericht.");
  const vertegenwoordiger =
    betrokkenen.find((p) => p.rol === "vertegenwoordiger") ??
    (minderjarig(client.geboortedatum, datum)
      ? betrokkenen.find((p) => p.rol === "gezaghebbende")
      : undefined);
  const ontvanger = vertegenwoordiger ? await haalPersoon(tx, vertegenwoordiger.persoonId) : undefined;
  return { client, ontvanger: ontvanger ?? client };
}

/** The gemeente's current text of a template (the seeded default when the gemeente has none). */
export async function sjabloonTekst(tx: Tx, code: string): Promise<string> {
  const blok = await haalTekstblok(tx, code);
  if (blok) return blok.tekst;
  const standaard = sjabloon(code);
  if (!standaard) throw new Error(`onbekend briefsjabloon ${code}`);
  return standaard.tekst;
}

export interface Verzending {
  wijze: "e-mail" | "post";
  aan: string | null;
}

export interface Briefopdracht {
  zaak: Pick<ZaakRij, "id" | "zaaknummer">;
  ontvangers: Ontvangers;
  /** Document soort: beschikking, beslissing-op-bezwaar, afsluitbrief. */
  soort: string;
  titel: string;
  kenmerk: string;
  datum: string;
  inhoud: BriefInhoud;
}

/** Renders, stores and sends the letter; 422 when a template placeholder has no value (nothing is sent). */
export async function verstuurBrief(
  tx: Tx,
  wie: Ingelogd,
  b: Briefopdracht,
): Promise<{ documentId: string; verzending: Verzending }> {
  if (b.inhoud.ontbrekend.length > 0)
    throw regelOvertreden(
      `Regel 'sjabloon-volledig': het briefsjabloon gebruikt velden zonder waarde (${b.inhoud.ontbrekend.join(", ")}). Pas het sjabloon aan in Beheer › Teksten.`,
    );
  const { ontvanger } = b.ontvangers;
  const pdf = await maakBriefPdf({
    gemeente: { naam: wie.gemeente.naam },
    geadresseerde: { naam: volledigeNaam(ontvanger), adresregels: adresregels(ontvanger) },
    datum: b.datum,
    kenmerk: b.kenmerk,
    onderwerp: b.inhoud.onderwerp,
    aanhef: aanhef(ontvanger),
    inhoud: b.inhoud.blokken,
    ondertekening: {
      naam: `Het college van burgemeester en wethouders van ${wie.gemeente.naam}`,
      functie: `namens dezen, ${wie.naam}`,
    },
  });
  const document = await slaDocumentOp(tx, {
    zaakId: b.zaak.id,
    persoonId: b.ontvangers.client.id,
    soort: b.soort,
    titel: b.titel,
    contentType: "application/pdf",
    inhoud: pdf,
    aangemaaktDoor: wie.medewerkerId,
  });
  const email = ontvanger.email?.trim() || null;
  if (!email) return { documentId: document.id, verzending: { wijze: "post", aan: null } };
  await zetMailInWachtrij(tx, {
    aan: email,
    onderwerp: `${b.inhoud.onderwerp} (${b.kenmerk})`,
    tekst: [
      `${aanhef(ontvanger)}`,
      "",
      `In de bijlage vindt u onze brief "${b.inhoud.onderwerp}" met kenmerk ${b.kenmerk}.`,
      "",
      `Met vriendelijke groet,\nGemeente ${wie.gemeente.naam}`,
    ].join("\n"),
    bijlagen: [
      {
        bestandsnaam: `${b.soort}-${b.kenmerk.replace(/[^\w-]+/g, "_")}.pdf`,
        contentType: "application/pdf",
        inhoud: pdf,
      },
    ],
    aanleiding: `${b.soort} verzonden`,
  });
  return { documentId: document.id, verzending: { wijze: "e-mail", aan: email } };
}

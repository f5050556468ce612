import type { Tx } from "../db/client";
import { inzageBronnen } from "../db/inzage";
import { haalPersoon } from "../db/personen";
import { datumVoluit } from "../domain/documenten/brief";
import type { InzageDocument } from "../domain/inzage/inzage";
import { statusLabel, type ZaakStatus, type Zaaktype } from "../domain/zaak/zaaktypen";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { nietGevonden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";

type Bronnen = Awaited<ReturnType<typeof inzageBronnen>>;

/** A stored document as an inzage item: its title and kind, never its bytes (a copy is handed over with it). */
function alsDocument(
  d: Bronnen["documenten"][number],
  zaak: { id: string; zaaknummer: string } | null,
): InzageDocument {
  const soort = d.contentType === "application/pdf" ? "PDF" : d.contentType;
  return {
    id: `document:${d.id}`,
    soort: "document",
    zaakId: zaak?.id ?? null,
    zaaknummer: zaak?.zaaknummer ?? null,
    titel: d.titel,
    datum: vandaag(d.aangemaaktOp),
    inhoud: `Document (${soort}, ${Math.max(1, Math.round(d.grootte / 1024))} kB); een kopie wordt meegegeven.`,
  };
}

/**
 * What an inzage decides on, per zaak: the zaak's own data, each stored document (letter, scan) and each dossier
 * note; documents on the person without a zaak come last. Never persoonlijke werkaantekeningen.
 */
export async function documentenVoorInzage(tx: Tx, persoonId: string): Promise<InzageDocument[]> {
  const bronnen = await inzageBronnen(tx, persoonId);
  const perZaak = bronnen.zaken.flatMap((z): InzageDocument[] => [
    {
      id: `zaak:${z.id}`,
      soort: "zaakgegevens",
      zaakId: z.id,
      zaaknummer: z.zaaknummer,
      titel: `Gegevens van zaak ${z.zaaknummer}`,
      datum: z.meldingsdatum,
      inhoud: `Melding van ${datumVoluit(z.meldingsdatum)}, status: ${statusLabel(z.status as ZaakStatus, z.zaaktype as Zaaktype).toLowerCase()}. ${z.omschrijving}`,
    },
    ...bronnen.documenten.filter((d) => d.zaakId === z.id).map((d) => alsDocument(d, z)),
    ...bronnen.notities
      .filter((n) => n.zaakId === z.id)
      .map(
        (n): InzageDocument => ({
          id: `journaal:${n.id}`,
          soort: "journaal",
          zaakId: z.id,
          zaaknummer: z.zaaknummer,
          titel: `Journaalnotitie bij zaak ${z.zaaknummer}`,
          datum: vandaag(n.tijdstip),
          inhoud: n.tekst,
        }),
      ),
  ]);
  const zonderZaak = bronnen.documenten.filter((d) => d.zaakId === null).map((d) => alsDocument(d, null));
  return [...perZaak, ...zonderZaak];
}

/** The documents to decide on for an inzage (teamleider, policy `inzage`); the read is audited. */
export async function bekijkInzageDocumenten(h: Handeling, persoonId: string): Promise<InzageDocument[]> {
  vereis(h.wie, "lezen", { soort: "inzage", gemeenteCode: h.wie.gemeente.code });
  if (!(await haalPersoon(h.tx, persoonId))) throw nietGevonden();
  const documenten = await documentenVoorInzage(h.tx, persoonId);
  await auditeer(h, [{ actie: "lezen", resource: "inzage", persoonId, reden: "inzage voorbereiden" }]);
  return documenten;
}

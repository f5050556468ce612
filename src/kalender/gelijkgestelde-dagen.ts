/**
 * The beheerder's list of days equated with an algemeen erkende feestdag by Koninklijk Besluit (Algemene
 * termijnenwet art. 3 lid 3). Not personal data, but a change of the rules deadlines follow from: every change
 * is audited (resource "kalender"). After a change the caller reloads the process calendar (`laadKalender`).
 */
import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { GelijkgesteldeDagRij, nieuweGelijkgesteldeDag } from "../contract/kalender";
import { gelijkgesteldeDagen } from "../db/schema";
import { kort, vanRechtswegeGeenTermijndag } from "../domain/termijnen/kalender";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden, regelOvertreden } from "../handeling/weigering";

type Invoer = z.output<typeof nieuweGelijkgesteldeDag>;

const kalender = (h: Handeling) => ({ soort: "kalender" as const, gemeenteCode: h.wie.gemeente.code });

const kolommen = {
  id: gelijkgesteldeDagen.id,
  datum: gelijkgesteldeDagen.datum,
  omschrijving: gelijkgesteldeDagen.omschrijving,
  bron: gelijkgesteldeDagen.bron,
  versie: gelijkgesteldeDagen.versie,
  aangemaaktOp: gelijkgesteldeDagen.aangemaaktOp,
};

const alsRij = (r: Omit<GelijkgesteldeDagRij, "aangemaaktOp"> & { aangemaaktOp: Date }) => ({
  ...r,
  aangemaaktOp: r.aangemaaktOp.toISOString(),
});

export async function lijstGelijkgesteldeDagen(h: Handeling): Promise<GelijkgesteldeDagRij[]> {
  vereis(h.wie, "lezen", kalender(h));
  const rijen = await h.tx.select(kolommen).from(gelijkgesteldeDagen).orderBy(asc(gelijkgesteldeDagen.datum));
  return rijen.map(alsRij);
}

export async function voegGelijkgesteldeDagToe(h: Handeling, invoer: Invoer): Promise<GelijkgesteldeDagRij> {
  vereis(h.wie, "aanmaken", kalender(h));
  const alVrij = vanRechtswegeGeenTermijndag(invoer.datum);
  if (alVrij) {
    const melding = `${kort(invoer.datum)} is al ${alVrij === "zaterdag" || alVrij === "zondag" ? "een " : ""}${alVrij}; een termijn eindigt dan volgens de Algemene termijnenwet toch niet. Gelijkstellen is niet nodig.`;
    throw regelOvertreden(melding, [{ veld: "datum", melding }], "gelijkstelling-werkdag");
  }
  const [bestaat] = await h.tx
    .select({ id: gelijkgesteldeDagen.id })
    .from(gelijkgesteldeDagen)
    .where(eq(gelijkgesteldeDagen.datum, invoer.datum));
  if (bestaat) {
    throw conflict("Deze dag staat al in de lijst met gelijkgestelde dagen.", [
      { veld: "datum", melding: "Deze datum is al gelijkgesteld" },
    ]);
  }
  const [rij] = await h.tx.insert(gelijkgesteldeDagen).values(invoer).returning(kolommen);
  if (!rij) throw new Error("insert gaf geen rij terug");
  await auditeer(h, [
    {
      actie: "aanmaken",
      resource: "kalender",
      persoonId: null,
      reden: `gelijkgestelde dag ${rij.datum} (${rij.omschrijving}) toegevoegd; bron: ${rij.bron}`,
    },
  ]);
  return alsRij(rij);
}

export async function verwijderGelijkgesteldeDag(h: Handeling, id: string, versie: number): Promise<void> {
  vereis(h.wie, "verwijderen", kalender(h));
  const [rij] = await h.tx
    .delete(gelijkgesteldeDagen)
    .where(and(eq(gelijkgesteldeDagen.id, id), eq(gelijkgesteldeDagen.versie, versie)))
    .returning(kolommen);
  if (!rij) {
    const [bestaat] = await h.tx
      .select({ id: gelijkgesteldeDagen.id })
      .from(gelijkgesteldeDagen)
      .where(eq(gelijkgesteldeDagen.id, id));
    throw bestaat ? conflict() : nietGevonden("Deze gelijkgestelde dag bestaat niet.");
  }
  await auditeer(h, [
    {
      actie: "verwijderen",
      resource: "kalender",
      persoonId: null,
      reden: `gelijkgestelde dag ${rij.datum} (${rij.omschrijving}) verwijderd; bron was: ${rij.bron}`,
    },
  ]);
}

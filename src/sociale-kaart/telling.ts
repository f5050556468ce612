/**
 * How many residents were helped in the voorliggend veld per voorziening and per category (003 §1), in a period of
 * Dutch calendar days in which their resultatenplan was started. Management information (policy rule 14,
 * rapportage: the teamleider and the beheerder); only counts leave the act, so nothing personal is audited.
 */
import { gekozenOplossingen, personenVanZaken, voorzieningenMetId } from "../db/sociale-kaart";
import { periodeVan } from "../domain/audit/filter";
import { telInwoners } from "../domain/sociale-kaart/telling";
import { CATEGORIE_LABELS, type Categorie } from "../domain/sociale-kaart/voorziening";
import { type Handeling, vereis } from "../handeling/context";
import { ongeldig } from "../handeling/weigering";

export async function tellingVan(h: Handeling, van: string | undefined, tot: string | undefined) {
  vereis(h.wie, "lezen", { soort: "rapportage", gemeenteCode: h.wie.gemeente.code });
  const periode = periodeVan(van, tot);
  if (!periode.ok) throw ongeldig(periode.fouten.map((f) => f.melding).join(". "), periode.fouten);
  const oplossingen = await gekozenOplossingen(h.tx, periode);
  const gezin = [...new Set(oplossingen.filter((o) => o.persoonId === null).map((o) => o.zaakId))];
  const voorzieningen = await voorzieningenMetId(h.tx, [...new Set(oplossingen.map((o) => o.voorzieningId))]);
  const perId = new Map(voorzieningen.map((v) => [v.id, v]));
  const telling = telInwoners(
    oplossingen,
    await personenVanZaken(h.tx, gezin),
    new Map(voorzieningen.map((v) => [v.id, v.categorieen as Categorie[]])),
  );
  return {
    van: van ?? null,
    tot: tot ?? null,
    totaal: telling.totaal,
    perVoorziening: telling.perVoorziening.flatMap(({ voorzieningId, inwoners }) => {
      const v = perId.get(voorzieningId);
      return v ? [{ id: v.id, naam: v.naam, categorieen: v.categorieen as Categorie[], inwoners }] : [];
    }),
    perCategorie: telling.perCategorie.map((c) => ({ ...c, label: CATEGORIE_LABELS[c.categorie] })),
  };
}

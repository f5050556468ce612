/**
 * The inzageverzoeken from Mijn Voordeur at the teamleider (policy `inzage`): the open ones, the earliest deadline
 * first. Reading the list reads who asked, so it is audited per person. Giving the inzage (verstrek.ts) answers them.
 */
import { openInzageverzoeken } from "../db/inzageverzoeken";
import { auditeer, type Handeling, vereis } from "../handeling/context";

export async function openVerzoekenOmInzage(h: Handeling, pagina: { pagina: number; perPagina: number }) {
  vereis(h.wie, "lezen", { soort: "inzage", gemeenteCode: h.wie.gemeente.code });
  const { items, totaal } = await openInzageverzoeken(h.tx, pagina.pagina, pagina.perPagina);
  await auditeer(
    h,
    items.map((v) => ({
      actie: "lezen" as const,
      resource: "inzageverzoek",
      persoonId: v.persoonId,
      reden: "open inzageverzoeken",
    })),
  );
  return { items, ...pagina, totaal };
}

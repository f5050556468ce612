import { haalInzage } from "../db/inzage";
import type { InzageInhoud } from "../documenten/inzage-pdf";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { nietGevonden } from "../handeling/weigering";

/** The content of an inzage as it was given, to render as PDF (policy `inzage`); the export is audited. */
export async function haalInzageVoorPdf(h: Handeling, inzageId: string): Promise<InzageInhoud> {
  vereis(h.wie, "lezen", { soort: "inzage", gemeenteCode: h.wie.gemeente.code });
  const rij = await haalInzage(h.tx, inzageId);
  if (!rij) throw nietGevonden();
  await auditeer(h, [
    { actie: "exporteren", resource: "inzage-pdf", persoonId: rij.persoonId, reden: "inzage als PDF" },
  ]);
  return rij.inhoud as InzageInhoud;
}

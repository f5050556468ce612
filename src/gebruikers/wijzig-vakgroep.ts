import type { z } from "zod";
import type { wijzigVakgroep as wijzigVakgroepSchema } from "../contract/gebruikers";
import { haalVakgroep, lijstVakgroepen, werkVakgroepBij } from "../db/gebruikers";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden } from "../handeling/weigering";
import { gebruikersbeheer } from "./invoer";

/** Renames or (de)activates a vakgroep on the versie the beheerder saw; audited with its id and what changed. */
export async function wijzigVakgroep(
  h: Handeling,
  id: string,
  versie: number,
  invoer: z.output<typeof wijzigVakgroepSchema>,
) {
  vereis(h.wie, "wijzigen", gebruikersbeheer(h));
  const bestaand = await haalVakgroep(h.tx, id);
  if (!bestaand) throw nietGevonden("Deze vakgroep bestaat niet.");
  if (!(await werkVakgroepBij(h.tx, id, versie, invoer))) throw conflict();
  const wat = [
    ...(invoer.naam !== undefined && invoer.naam !== bestaand.naam ? ["naam gewijzigd"] : []),
    ...(invoer.actief !== undefined && invoer.actief !== bestaand.actief
      ? [invoer.actief ? "weer actief" : "gedeactiveerd"]
      : []),
  ];
  if (wat.length > 0)
    await auditeer(h, [
      {
        actie: "wijzigen",
        resource: "vakgroep",
        persoonId: null,
        reden: `vakgroep ${id} (${bestaand.code}): ${wat.join(", ")}`,
      },
    ]);
  const bijgewerkt = (await lijstVakgroepen(h.tx)).find((v) => v.id === id);
  if (!bijgewerkt) throw nietGevonden();
  return bijgewerkt;
}

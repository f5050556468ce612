import type { z } from "zod";
import type { nieuweVakgroep } from "../contract/gebruikers";
import { lijstVakgroepen, voegVakgroepToe } from "../db/gebruikers";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict } from "../handeling/weigering";
import { gebruikersbeheer } from "./invoer";

/** Adds a vakgroep (no members yet, so it gives nobody access); audited with its id and code. */
export async function maakVakgroep(h: Handeling, invoer: z.output<typeof nieuweVakgroep>) {
  vereis(h.wie, "aanmaken", gebruikersbeheer(h));
  const rij = await voegVakgroepToe(h.tx, { gemeenteCode: h.wie.gemeente.code, ...invoer });
  if (!rij) throw conflict("Deze code is al in gebruik.", [{ veld: "code", melding: "Al in gebruik" }]);
  await auditeer(h, [
    {
      actie: "aanmaken",
      resource: "vakgroep",
      persoonId: null,
      reden: `vakgroep ${rij.id} (${rij.code}) aangemaakt`,
    },
  ]);
  const nieuw = (await lijstVakgroepen(h.tx)).find((v) => v.id === rij.id);
  if (!nieuw) throw new Error("nieuwe vakgroep niet terug te lezen");
  return nieuw;
}

/**
 * Changes to a registered huisverbod, each on the versie the caller saw (policy rule 19):
 * - the burgemeester's extension (Wth art. 9 lid 1: decided while it runs, to at most four weeks after imposing);
 * - its withdrawal by the burgemeester (ending it early);
 * - a contact with the GGD (the Regiegroep works with the GGD during the order, seed 004 §7.1.2).
 */
import type { z } from "zod";
import type { ggdContactVerzoek, huisverbodBeeindiging, huisverbodVerlenging } from "../contract/huisverbod";
import type { HuisverbodRij } from "../db/huisverbod";
import { toetsBeeindiging, toetsGgdContact, toetsVerlenging } from "../domain/huisverbod/huisverbod";
import type { Handeling } from "../handeling/context";
import { nu } from "../lib/klok";
import { bewaarHuisverbod, type GgdContact, laadHuisverbod, weigerHuisverbod } from "./huisverbod";

const nuIso = () => nu().toISOString();

export async function verlengHuisverbod(
  h: Handeling,
  id: string,
  versie: number,
  invoer: z.infer<typeof huisverbodVerlenging>,
): Promise<HuisverbodRij> {
  const geladen = await laadHuisverbod(h, id, { voor: "wijzigen", versie });
  weigerHuisverbod([toetsVerlenging(geladen.huisverbod, invoer.beslotenOp, invoer.tot, nuIso())]);
  return bewaarHuisverbod(
    h,
    geladen,
    {
      verlengingBeslotenOp: new Date(invoer.beslotenOp),
      verlengdTot: new Date(invoer.tot),
      verlengingKenmerk: invoer.kenmerk,
    },
    "verlenging vastgelegd",
    {
      soort: "huisverbod-verlengd",
      toelichting: "Huisverbod verlengd door de burgemeester.",
      gegevens: { huisverbodId: id },
    },
  );
}

export async function trekHuisverbodIn(
  h: Handeling,
  id: string,
  versie: number,
  invoer: z.infer<typeof huisverbodBeeindiging>,
): Promise<HuisverbodRij> {
  const geladen = await laadHuisverbod(h, id, { voor: "wijzigen", versie });
  weigerHuisverbod([toetsBeeindiging(geladen.huisverbod, invoer.op, nuIso())]);
  return bewaarHuisverbod(
    h,
    geladen,
    { beeindigdOp: new Date(invoer.op), beeindigingReden: invoer.reden },
    "intrekking vastgelegd",
    {
      soort: "huisverbod-ingetrokken",
      toelichting: "Huisverbod ingetrokken door de burgemeester.",
      gegevens: { huisverbodId: id },
    },
  );
}

export async function legGgdContactVast(
  h: Handeling,
  id: string,
  versie: number,
  invoer: z.infer<typeof ggdContactVerzoek>,
): Promise<HuisverbodRij> {
  const geladen = await laadHuisverbod(h, id, { voor: "wijzigen", versie });
  weigerHuisverbod([toetsGgdContact(geladen.huisverbod, invoer.op, nuIso())]);
  const contact: GgdContact = {
    op: new Date(invoer.op).toISOString(),
    wie: invoer.wie,
    notitie: invoer.notitie,
    medewerkerId: h.wie.medewerkerId,
  };
  const contacten = [...(geladen.rij.ggdContacten as GgdContact[]), contact].sort((a, b) =>
    a.op < b.op ? -1 : 1,
  );
  return bewaarHuisverbod(h, geladen, { ggdContacten: contacten }, "contact met de GGD vastgelegd");
}

/**
 * Records the answers to a Wmo theme's questions on a zaak (issue 15; domain/wmo/themas). Partial answers may be
 * saved during the onderzoek; the view says when every required question is answered. For huishoudelijke hulp the
 * chosen normenkader factors are kept with the hours computed from the gemeente's current normenkader and its version.
 */
import type { z } from "zod";
import type { themaVerzoek } from "../contract/wmo";
import { bewaarThema } from "../db/wmo";
import { berekenHuishoudelijkeHulp } from "../domain/wmo/huishouden";
import { THEMA_DEFINITIES, toetsAntwoorden } from "../domain/wmo/themas";
import type { Handeling } from "../handeling/context";
import { ongeldig, regelsOvertreden } from "../handeling/weigering";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { bewaarZaak } from "../zaken/zaak";
import { geldendNormenkader } from "./normenkader";
import { auditeerWmo, type Huishouden, laadWmozaak } from "./wmo";

export async function legThemaVast(
  h: Handeling,
  zaakId: string,
  versie: number,
  invoer: z.infer<typeof themaVerzoek>,
): Promise<void> {
  const zaak = await laadWmozaak(h, zaakId, versie);
  const fouten = toetsAntwoorden(invoer.thema, invoer.antwoorden, { volledig: false });
  if (fouten.length > 0)
    throw ongeldig(
      fouten.map((f) => f.melding).join(" "),
      fouten.map((f) => ({ veld: `antwoorden.${f.vraag}`, melding: f.melding })),
    );
  let huishouden: Huishouden | null = null;
  if (invoer.factoren !== undefined) {
    if (invoer.thema !== "huishoudelijke-hulp")
      throw ongeldig("Factoren uit het normenkader horen alleen bij huishoudelijke hulp.", [
        { veld: "factoren", melding: "Alleen bij huishoudelijke hulp." },
      ]);
    const normenkader = await geldendNormenkader(h.tx);
    const uitkomst = berekenHuishoudelijkeHulp(normenkader.kader, invoer.factoren);
    if (!uitkomst.ok)
      throw regelsOvertreden(
        uitkomst.fouten.map((melding) => ({ regel: "normenkader", melding, veld: "factoren" })),
      );
    huishouden = {
      normenkaderVersie: normenkader.versie,
      factoren: invoer.factoren,
      berekening: uitkomst.berekening,
    };
  }
  await bewaarThema(h.tx, {
    zaakId: zaak.id,
    thema: invoer.thema,
    antwoorden: invoer.antwoorden,
    huishouden,
    vastgelegdDoor: h.wie.medewerkerId,
  });
  const label = THEMA_DEFINITIES[invoer.thema].label;
  await bewaarZaak(
    h,
    zaak,
    { feiten: (zaak.feiten ?? {}) as OpgeslagenFeiten },
    {
      soort: "wmo-thema",
      toelichting: huishouden
        ? `Wmo-onderzoek: ${label} vastgelegd (${huishouden.berekening.urenPerWeek} uur per week).`
        : `Wmo-onderzoek: ${label} vastgelegd.`,
    },
  );
  await auditeerWmo(h, zaak, `Wmo-thema ${label} vastgelegd`);
}

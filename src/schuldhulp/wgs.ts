/**
 * Recording the Wgs clock on a schuldhulp zaak (Wgs art. 4 and 4a; policy rule 24): the hulpvraag date, the threat
 * that makes it spoed (art. 4 lid 2), the eerste gesprek and the beschikking on the toegang. The facts go into the
 * zaak's feiten, so its termijnen (and the werkvoorraad's `volgende_termijn_datum`) follow at once.
 */
import type { z } from "zod";
import type { wgsVerzoek } from "../contract/schuldhulp";
import { toetsWgs } from "../domain/schuldhulp/schuldhulp";
import type { Handeling } from "../handeling/context";
import { weigerUitkomsten } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { bewaarZaak } from "../zaken/zaak";
import { auditeerSchuldhulp, feitenVan, laadSchuldhulpzaak } from "./schuldhulp";

export async function legWgsVast(
  h: Handeling,
  zaakId: string,
  versie: number,
  invoer: z.infer<typeof wgsVerzoek>,
): Promise<void> {
  const zaak = await laadSchuldhulpzaak(h, zaakId, versie);
  weigerUitkomsten(toetsWgs(invoer, vandaag()));
  const vorig = feitenVan(zaak);
  await bewaarZaak(
    h,
    zaak,
    {
      feiten: {
        ...vorig,
        hulpvraagOp: invoer.hulpvraagOp,
        wgsDreiging: invoer.dreiging,
        dreigendeUitzettingOfAfsluiting: invoer.dreiging !== null,
        eersteGesprekOp: invoer.eersteGesprekOp,
        toegangsbeschikkingOp: invoer.toegang?.op ?? null,
        toegangsuitkomst: invoer.toegang?.uitkomst ?? null,
      },
    },
    {
      soort: "wgs-vastgelegd",
      toelichting: !vorig.hulpvraagOp
        ? "Hulpvraag schuldhulp vastgelegd."
        : invoer.toegang && !vorig.toegangsbeschikkingOp
          ? "Beschikking over de toegang tot schuldhulpverlening vastgelegd."
          : invoer.eersteGesprekOp && !vorig.eersteGesprekOp
            ? "Eerste gesprek schuldhulp vastgelegd."
            : "Gegevens schuldhulp bijgewerkt.",
    },
  );
  await auditeerSchuldhulp(h, zaak, "Wgs-gegevens vastgelegd");
}

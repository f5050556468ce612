/**
 * The definitive resultatenplan as a letter (PDF) for the resident to sign, on the gemeente's letterhead
 * (src/documenten/brief.ts, sent by src/brieven/verzenden.ts). The introduction is the gemeente's tekstblok
 * `resultatenplan-ondertekening`; the end says who must sign (for a minor by age, Jeugdwet art. 7.3.4).
 */
import type { Ingelogd } from "../auth/sessies";
import { geadresseerdenVan } from "../brieven/geadresseerden";
import { verstuurBrieven } from "../brieven/verzenden";
import type { Tx } from "../db/client";
import type { PlanRij } from "../db/resultatenplan";
import { haalTekstblok } from "../db/tekstblokken";
import type { ZaakRij } from "../db/zaken";
import { ondertekenBlokken } from "../domain/brieven/inhoud";
import { ontbrekendeVelden, vulIn } from "../domain/documenten/sjabloon";
import { volledigeNaam } from "../domain/persoon/naam";
import { HOEDANIGHEID_LABELS } from "../domain/persoon/vertegenwoordiging";
import type { PlanInhoud } from "../domain/resultatenplan/inhoud";
import { weigerAls } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import type { GeladenContext } from "./context";
import { planInWoorden } from "./leesbaar";

export const TEKSTBLOK_ONDERTEKENING = {
  code: "resultatenplan-ondertekening",
  titel: "Resultatenplan ter ondertekening",
  tekst:
    "Samen met u hebben wij uw hulpvraag onderzocht. In dit resultatenplan staat wat u wilt bereiken, wat u en uw netwerk zelf doen en welke ondersteuning nodig is. Herkent u zich in dit plan? Onderteken het dan en stuur het terug. Het ondertekende plan geldt als uw aanvraag ({{zaaknummer}}).",
};

/**
 * Makes the letter, stores it as a document of the zaak and sends it (one per address: for a minor to the
 * gezaghebbenden, naming the child), with a signature block for everyone who must sign by the age rules
 * (domain/persoon/vertegenwoordiging.ts); returns the id of the first document.
 */
export async function maakPlanBrief(
  tx: Tx,
  wie: Ingelogd,
  zaak: ZaakRij,
  plan: PlanRij,
  ctx: GeladenContext,
): Promise<string> {
  const inhoud = plan.inhoud as PlanInhoud;
  const datum = vandaag();
  const { client, uitkomst } = await geadresseerdenVan(tx, zaak.id, datum);
  weigerAls(uitkomst);
  const blok = (await haalTekstblok(tx, TEKSTBLOK_ONDERTEKENING.code)) ?? TEKSTBLOK_ONDERTEKENING;
  const waarden = { zaaknummer: zaak.zaaknummer };
  const [eerste] = await verstuurBrieven(
    tx,
    wie,
    {
      zaak,
      soort: "resultatenplan",
      titel: `Resultatenplan ${zaak.zaaknummer} (versie ${plan.versie}) ter ondertekening`,
      kenmerk: `${zaak.zaaknummer} / plan versie ${plan.versie}`,
      datum,
      inhoud: {
        onderwerp: "Uw resultatenplan ter ondertekening",
        blokken: [
          { alinea: vulIn(blok.tekst, waarden) },
          ...planInWoorden(inhoud, ctx),
          ...ondertekenBlokken(
            uitkomst.ondertekenaars.map((o) => ({
              naam: volledigeNaam(o.persoon),
              label: HOEDANIGHEID_LABELS[o.hoedanigheid],
            })),
            uitkomst.uitleg,
            uitkomst.bron,
          ),
        ],
        ontbrekend: ontbrekendeVelden(blok.tekst, waarden),
      },
      ondertekening: { naam: wie.naam, functie: "Toegangsmedewerker" },
    },
    uitkomst,
    client,
  );
  if (!eerste) throw new Error("geen brief gemaakt");
  return eerste.documentId;
}

/**
 * The ingebrekestelling and the dwangsom bij niet tijdig beslissen on any zaak with a beslistermijn (Awb 4:17–4:18;
 * policy rule 24a). The date received goes into the zaak's feiten: the termijnen engine then shows the two weeks of
 * 4:17 lid 3 (and the werkvoorraad sorts on them), and domain/termijnen/dwangsom computes what is owed on a day.
 */
import type { z } from "zod";
import type { dwangsomOpZaak, ingebrekestellingVerzoek } from "../contract/schuldhulp";
import { haalZaak, type ZaakRij } from "../db/zaken";
import { beslis } from "../domain/autorisatie";
import { besluitVan } from "../domain/termijnen/bereken";
import { type DwangsomUitzondering, toetsIngebrekestelling } from "../domain/termijnen/dwangsom";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden, weigerAls } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { dwangsomVan, termijnenVan, termijnFeiten } from "../zaken/termijnen";
import { bewaarZaak, hoofdpersoonVan, ZAAK_GEWIJZIGD, zaakResource } from "../zaken/zaak";
import { feitenVan } from "./schuldhulp";

const ingebrekestellingResource = (h: Handeling, zaak: ZaakRij) => ({
  soort: "ingebrekestelling" as const,
  gemeenteCode: h.wie.gemeente.code,
  zaak: zaakResource(h.wie, zaak),
});

/**
 * Loads the zaak for the ingebrekestelling under rule 24a (the jurist may, also where the zaak's own rule would not
 * let them read it); a change only on the versie the caller saw.
 */
async function laadVoorIngebrekestelling(
  h: Handeling,
  zaakId: string,
  doel: { voor: "lezen" } | { voor: "wijzigen"; versie: number },
): Promise<ZaakRij> {
  const zaak = await haalZaak(h.tx, zaakId);
  if (!zaak) throw nietGevonden();
  vereis(h.wie, doel.voor, ingebrekestellingResource(h, zaak));
  if (doel.voor === "wijzigen" && doel.versie !== zaak.versie) throw conflict(ZAAK_GEWIJZIGD);
  return zaak;
}

const beslistermijnVan = (zaak: ZaakRij, dag: string) =>
  termijnenVan(zaak, dag).find((t) => t.soort === "beslissing") ?? null;

export async function dwangsomOpZaakVan(
  h: Handeling,
  zaakId: string,
): Promise<z.infer<typeof dwangsomOpZaak>> {
  const zaak = await laadVoorIngebrekestelling(h, zaakId, { voor: "lezen" });
  const dag = vandaag();
  const feiten = feitenVan(zaak);
  const beslistermijn = beslistermijnVan(zaak, dag);
  const mag = beslis(actorVan(h.wie), "wijzigen", ingebrekestellingResource(h, zaak));
  const besluit = besluitVan(termijnFeiten(zaak));
  const reden = !mag.toegestaan
    ? mag.reden
    : !beslistermijn
      ? "Deze zaak heeft (nog) geen beslistermijn."
      : besluit
        ? "Op deze aanvraag is al beslist."
        : null;
  return {
    zaakId: zaak.id,
    versie: zaak.versie,
    beslistermijn,
    ingebrekestelling: feiten.ingebrekestellingOntvangenOp
      ? {
          ontvangenOp: feiten.ingebrekestellingOntvangenOp,
          uitzondering: (feiten.dwangsomUitzondering ?? null) as DwangsomUitzondering | null,
        }
      : null,
    dwangsom: dwangsomVan(zaak, dag),
    kanVastleggen: { mogelijk: reden === null, reden },
  };
}

export async function legIngebrekestellingVast(
  h: Handeling,
  zaakId: string,
  versie: number,
  invoer: z.infer<typeof ingebrekestellingVerzoek>,
): Promise<void> {
  const zaak = await laadVoorIngebrekestelling(h, zaakId, { voor: "wijzigen", versie });
  const dag = vandaag();
  weigerAls(
    toetsIngebrekestelling({
      ontvangenOp: invoer.ontvangenOp,
      vandaag: dag,
      beslistermijnEinde: beslistermijnVan(zaak, dag)?.uiterlijkeDatum ?? null,
      besluitdatum: besluitVan(termijnFeiten(zaak)),
    }),
  );
  const vorig = feitenVan(zaak);
  await bewaarZaak(
    h,
    zaak,
    {
      feiten: {
        ...vorig,
        ingebrekestellingOntvangenOp: invoer.ontvangenOp,
        dwangsomUitzondering: invoer.uitzondering,
      },
    },
    {
      soort: "ingebrekestelling",
      toelichting: vorig.ingebrekestellingOntvangenOp
        ? "Ingebrekestelling bijgewerkt."
        : "Ingebrekestelling ontvangen (dwangsom bij niet tijdig beslissen).",
    },
  );
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "ingebrekestelling",
      persoonId: await hoofdpersoonVan(h, zaak.id),
      reden: `ingebrekestelling vastgelegd op zaak ${zaak.zaaknummer}`,
    },
  ]);
}

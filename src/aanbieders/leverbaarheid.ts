import {
  type AanbiederRij,
  aanbiederOpAgb,
  dekkendeContractregels,
  overeenkomstenVan,
  stopsVan,
} from "../db/aanbieders";
import type { Tx } from "../db/client";
import { isActiefOp } from "../domain/aanbieders/clientenstop";
import {
  beoordeelLevering,
  type Leverbaarheid,
  type Leveringsfeiten,
  type Leveringsvraag,
} from "../domain/aanbieders/leverbaarheid";

export type { Leverbaarheid, Leveringsvraag } from "../domain/aanbieders/leverbaarheid";

/**
 * May a toewijzing go to this provider? Refused (with `regel` and a Dutch `reden`) when the AGB is
 * unknown or inactive, a cliëntenstop is in force on the ingangsdatum in that gemeente, or no contract
 * line (or approved individuele overeenkomst) covers the product in that gemeente for the whole period.
 * Runs in the caller's transaction (inside the gemeente: regional contracts and stops are visible,
 * individuele overeenkomsten only of the own gemeente). Callers turn a refusal into a 422.
 * Pass `zaakId` / `persoonId` when known: an individuele overeenkomst then only counts for its own client.
 */
export async function magToewijzen(tx: Tx, vraag: Leveringsvraag): Promise<Leverbaarheid> {
  const aanbieder = await aanbiederOpAgb(tx, vraag.aanbiederAgb);
  if (!aanbieder)
    return beoordeelLevering(vraag, {
      aanbieder: null,
      contracten: [],
      overeenkomsten: [],
      clientenstops: [],
    });
  return beoordeelLevering(vraag, await leveringsfeiten(tx, aanbieder, vraag, true));
}

/**
 * The verdict on the provider's contracts alone, ignoring individuele overeenkomsten (used when an IO
 * is requested: is one needed at all, and may this provider take new clients?).
 */
export async function leveringOpContract(
  tx: Tx,
  aanbieder: AanbiederRij,
  vraag: Leveringsvraag,
): Promise<Leverbaarheid> {
  return beoordeelLevering(vraag, await leveringsfeiten(tx, aanbieder, vraag, false));
}

async function leveringsfeiten(
  tx: Tx,
  aanbieder: AanbiederRij,
  vraag: Leveringsvraag,
  metOvereenkomsten: boolean,
): Promise<Leveringsfeiten> {
  const regels = await dekkendeContractregels(
    tx,
    aanbieder.id,
    vraag.gemeenteCode,
    vraag.wet,
    vraag.productCategorie,
  );
  const ios = metOvereenkomsten
    ? await overeenkomstenVan(tx, {
        aanbiederId: aanbieder.id,
        status: "goedgekeurd",
        wet: vraag.wet,
        productCategorie: vraag.productCategorie,
      })
    : [];
  const stops = await stopsVan(tx, aanbieder.id);
  return {
    aanbieder: { naam: aanbieder.naam, actief: aanbieder.actief },
    contracten: regels.map((r) => ({
      ...r,
      contractKenmerk: r.kenmerk,
      periode: { van: r.ingangsdatum, tot: r.einddatum },
    })),
    overeenkomsten: ios.map(({ io }) => ({
      id: io.id,
      status: io.status,
      gemeenteCode: io.gemeenteCode,
      wet: io.wet,
      productCategorie: io.productCategorie,
      productCode: io.productCode,
      periode: { van: io.ingangsdatum, tot: io.einddatum },
      zaakId: io.zaakId,
      persoonId: io.persoonId,
    })),
    clientenstops: stops,
  };
}

export interface ClientenstopWaarschuwing {
  aanbiederId: string;
  aanbiederNaam: string;
  agbCode: string;
  van: string;
  tot: string | null;
  reden: string;
  /** Ready-to-show Dutch warning for the plan screen. */
  tekst: string;
}

/**
 * For the plan screen: the cliëntenstop in force for this provider in this gemeente on `datum`
 * (default: today), or null. Unknown AGB → null (magToewijzen reports that).
 */
export async function clientenstopWaarschuwing(
  tx: Tx,
  invoer: { aanbiederAgb: string; gemeenteCode: string; datum: string },
): Promise<ClientenstopWaarschuwing | null> {
  const aanbieder = await aanbiederOpAgb(tx, invoer.aanbiederAgb);
  if (!aanbieder) return null;
  const stop = (await stopsVan(tx, aanbieder.id)).find((s) =>
    isActiefOp(s, invoer.gemeenteCode, invoer.datum),
  );
  if (!stop) return null;
  return {
    aanbiederId: aanbieder.id,
    aanbiederNaam: aanbieder.naam,
    agbCode: aanbieder.agbCode,
    van: stop.van,
    tot: stop.tot,
    reden: stop.reden,
    tekst: `Let op: voor ${aanbieder.naam} geldt een cliëntenstop vanaf ${stop.van}${stop.tot ? ` tot en met ${stop.tot}` : ""} (${stop.reden}). Nieuwe toewijzingen aan deze aanbieder worden geweigerd.`,
  };
}

/** Alias with the diacritic, as other areas call it. */
export { clientenstopWaarschuwing as cliëntenstopWaarschuwing };

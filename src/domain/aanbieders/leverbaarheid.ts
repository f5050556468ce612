import { isActiefOp } from "./clientenstop";
import { dekt, isGeldigePeriode, type Periode } from "./periode";

/**
 * May this provider be given a toewijzing for this product in this gemeente on these dates?
 * Pure: the caller loads the facts (src/aanbieders/leverbaarheid.ts). Refusals name the rule.
 */
export interface Leveringsvraag {
  aanbiederAgb: string;
  gemeenteCode: string;
  wet: "wmo" | "jeugd";
  productCategorie: string;
  /** null = the whole category (then only a contract line for the whole category covers it). */
  productCode: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  /** When given, an individuele overeenkomst bound to a client only counts for that zaak / person. */
  zaakId?: string | null | undefined;
  persoonId?: string | null | undefined;
}

/** A line of a contract: what the provider may deliver in which gemeente (productCode null = whole category). */
export interface Dekkingsregel {
  gemeenteCode: string;
  wet: string;
  productCategorie: string;
  productCode: string | null;
}

export interface Contractdekking extends Dekkingsregel {
  contractKenmerk: string;
  /** The contract's period. */
  periode: Periode;
}

export interface OvereenkomstDekking extends Dekkingsregel {
  id: string;
  status: "aangevraagd" | "goedgekeurd" | "afgewezen" | "beeindigd";
  periode: Periode;
  zaakId: string | null;
  persoonId: string | null;
}

export interface Leveringsfeiten {
  aanbieder: { naam: string; actief: boolean } | null;
  contracten: Contractdekking[];
  overeenkomsten: OvereenkomstDekking[];
  clientenstops: { gemeenteCode: string | null; van: string; tot: string | null; reden: string }[];
}

export type LeverbaarheidsRegel =
  | "aanbieder-onbekend"
  | "aanbieder-inactief"
  | "periode-ongeldig"
  | "clientenstop"
  | "buiten-contractperiode"
  | "geen-contract";

export type Leverbaarheid =
  | { toegestaan: true; grond: "contract" | "individuele-overeenkomst"; kenmerk: string }
  | { toegestaan: false; regel: LeverbaarheidsRegel; reden: string };

/** Does a contract line or agreement name this product in this gemeente under this law? */
export function regelDektProduct(regel: Dekkingsregel, vraag: Leveringsvraag): boolean {
  return (
    regel.gemeenteCode === vraag.gemeenteCode &&
    regel.wet === vraag.wet &&
    regel.productCategorie === vraag.productCategorie &&
    (regel.productCode === null || regel.productCode === vraag.productCode)
  );
}

function overeenkomstVoorClient(o: OvereenkomstDekking, vraag: Leveringsvraag): boolean {
  if (o.zaakId && vraag.zaakId) return o.zaakId === vraag.zaakId;
  if (o.persoonId && vraag.persoonId) return o.persoonId === vraag.persoonId;
  return true;
}

const nee = (regel: LeverbaarheidsRegel, reden: string): Leverbaarheid => ({
  toegestaan: false,
  regel,
  reden,
});

const productNaam = (v: Leveringsvraag) =>
  v.productCode ? `product ${v.productCode}` : `productcategorie ${v.productCategorie}`;

export function beoordeelLevering(vraag: Leveringsvraag, feiten: Leveringsfeiten): Leverbaarheid {
  const { aanbieder } = feiten;
  if (!aanbieder)
    return nee("aanbieder-onbekend", `Er is geen aanbieder met AGB-code ${vraag.aanbiederAgb} bekend.`);
  if (!aanbieder.actief)
    return nee("aanbieder-inactief", `${aanbieder.naam} is niet (meer) actief als aanbieder.`);
  const periode = { van: vraag.ingangsdatum, tot: vraag.einddatum };
  if (!isGeldigePeriode(periode))
    return nee("periode-ongeldig", "De einddatum van de toewijzing ligt voor de ingangsdatum.");
  const stop = feiten.clientenstops.find((s) => isActiefOp(s, vraag.gemeenteCode, vraag.ingangsdatum));
  if (stop)
    return nee(
      "clientenstop",
      `Voor ${aanbieder.naam} geldt op ${vraag.ingangsdatum} een cliëntenstop (${stop.reden}); er kunnen geen nieuwe cliënten worden toegewezen.`,
    );
  const contract = feiten.contracten.find((c) => regelDektProduct(c, vraag) && dekt(c.periode, periode));
  if (contract) return { toegestaan: true, grond: "contract", kenmerk: contract.contractKenmerk };
  const io = feiten.overeenkomsten.find(
    (o) =>
      o.status === "goedgekeurd" &&
      regelDektProduct(o, vraag) &&
      dekt(o.periode, periode) &&
      overeenkomstVoorClient(o, vraag),
  );
  if (io) return { toegestaan: true, grond: "individuele-overeenkomst", kenmerk: io.id };
  const andereperiode = feiten.contracten.find((c) => regelDektProduct(c, vraag));
  if (andereperiode)
    return nee(
      "buiten-contractperiode",
      `Het contract ${andereperiode.contractKenmerk} van ${aanbieder.naam} voor ${productNaam(vraag)} loopt van ${andereperiode.periode.van}${andereperiode.periode.tot ? ` tot en met ${andereperiode.periode.tot}` : ""} en dekt de periode van de toewijzing niet.`,
    );
  return nee(
    "geen-contract",
    `${aanbieder.naam} heeft geen contract of goedgekeurde individuele overeenkomst voor ${productNaam(vraag)} (${vraag.wet === "wmo" ? "Wmo" : "Jeugdwet"}) in deze gemeente.`,
  );
}

/**
 * Products of the regional catalogue (002 bijlage 1) and their iWmo / iJw product categories
 * (WMO020 / JZ020, iStandaarden 3.2). Pure.
 */
export const WETTEN = ["wmo", "jeugd"] as const;
export type Wet = (typeof WETTEN)[number];

/** WMO020 Productcategorie (iWmo 3.2). */
export const WMO_CATEGORIEEN: Readonly<Record<string, string>> = {
  "01": "Hulp bij het huishouden",
  "02": "Begeleiding",
  "03": "Persoonlijke verzorging",
  "04": "Kortdurend verblijf",
  "05": "Woondiensten",
  "06": "Overige ondersteuning gericht op het individu of huishouden/gezin",
  "07": "Dagbesteding",
  "08": "Vervoerdiensten",
  "09": "Overige groepsgerichte ondersteuning",
  "10": "Overige maatwerk arrangementen",
  "11": "Rolstoelen",
  "12": "Vervoervoorzieningen",
  "13": "Woonvoorzieningen",
  "14": "Overige hulpmiddelen",
  "15": "Beschermd wonen",
  "16": "Opvang",
  "17": "Spoedopvang",
  "18": "Overige beschermd wonen en opvang",
};

/** JZ020 Productcategorie (iJw 3.2), without the 2015 transition codes 31–38. */
export const JEUGD_CATEGORIEEN: Readonly<Record<string, string>> = {
  "40": "Persoonlijke verzorging",
  "41": "Dagbehandeling",
  "42": "Vervoerdiensten",
  "43": "Jeugdhulp verblijf (incl. behandeling)",
  "44": "Jeugdhulp verblijf (excl. behandeling)",
  "45": "Jeugdhulp ambulant",
  "46": "Jeugdhulp crisis",
  "47": "Jeugdreclassering",
  "48": "Jeugdbescherming",
  "49": "Activiteiten in het preventief justitieel kader",
  "50": "Maatwerkarrangementen jeugd",
  "51": "Generalistische basis-ggz",
  "52": "Specialistische ggz",
  "53": "Kindergeneeskunde",
  "54": "Jeugd-ggz",
  "55": "Landelijk ingekochte zorg",
};

export function categorieenVan(wet: Wet): Readonly<Record<string, string>> {
  return wet === "wmo" ? WMO_CATEGORIEEN : JEUGD_CATEGORIEEN;
}

/** WJ756 Eenheid. */
export const EENHEDEN: Readonly<Record<string, string>> = {
  "01": "Minuut",
  "04": "Uur",
  "14": "Etmaal",
  "16": "Dagdeel (4 uur)",
  "82": "Stuks (output)",
  "83": "Euro's",
  "84": "Stuks (inspanning)",
};

/** WMO757 Frequentie. */
export const FREQUENTIES: Readonly<Record<string, string>> = {
  "1": "Per dag",
  "2": "Per week",
  "4": "Per maand",
  "6": "Totaal binnen geldigheidsduur toewijzing",
};

export interface Product {
  wet: Wet;
  categorie: string;
  code: string;
  omschrijving: string;
  interventieniveau: number | null;
  eenheid: string | null;
  geldigVanaf: string;
  geldigTot: string | null;
}

export interface ProductFout {
  veld: string;
  melding: string;
}

const PRODUCTCODE = /^[0-9A-Z]{5}$/;

/** Checks a product a beheerder adds: category of the law, code of 5 characters, level 1–8, unit, period. */
export function controleerProduct(p: Product): ProductFout[] {
  const fouten: ProductFout[] = [];
  if (!(p.categorie in categorieenVan(p.wet)))
    fouten.push({
      veld: "categorie",
      melding: `Categorie ${p.categorie} bestaat niet voor de ${p.wet === "wmo" ? "Wmo (WMO020)" : "Jeugdwet (JZ020)"}`,
    });
  if (!PRODUCTCODE.test(p.code))
    fouten.push({ veld: "code", melding: "Een productcode heeft 5 tekens (cijfers en hoofdletters)" });
  if (p.interventieniveau !== null && !(p.interventieniveau >= 1 && p.interventieniveau <= 8))
    fouten.push({ veld: "interventieniveau", melding: "Interventieniveau is 1 tot en met 8" });
  if (p.eenheid !== null && !(p.eenheid in EENHEDEN))
    fouten.push({ veld: "eenheid", melding: "Onbekende eenheid (WJ756)" });
  if (p.geldigTot !== null && p.geldigTot < p.geldigVanaf)
    fouten.push({ veld: "geldigTot", melding: "Het einde ligt vóór het begin" });
  return fouten;
}

/** Is the product valid on `datum`? */
export function geldigOp(p: Pick<Product, "geldigVanaf" | "geldigTot">, datum: string): boolean {
  return p.geldigVanaf <= datum && (p.geldigTot === null || p.geldigTot >= datum);
}

/** The product with this code for this law, valid on `datum` (newest version first). */
export function zoekProduct<P extends Product>(
  producten: readonly P[],
  wet: string,
  code: string,
  datum: string,
): P | undefined {
  return producten
    .filter((p) => p.wet === wet && p.code === code && geldigOp(p, datum))
    .sort((a, b) => (a.geldigVanaf < b.geldigVanaf ? 1 : -1))[0];
}

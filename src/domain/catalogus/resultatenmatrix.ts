/**
 * The NMD Resultatenmatrix (DOMAIN §7): four domains, hoofdresultaten per domain and subresultaten as
 * development steps. Pure: validation and lookup of one matrix version.
 */
export const DOMEINEN = ["veilig", "zelfredzaam", "meedoen", "gezond"] as const;
export type Domein = (typeof DOMEINEN)[number];

export const DOMEIN_LABELS: Record<Domein, string> = {
  veilig: "Veilig",
  zelfredzaam: "Zelfredzaam",
  meedoen: "Meedoen",
  gezond: "Gezond",
};

export interface Subresultaat {
  code: string;
  omschrijving: string;
  /** Development step: 1 is the first step towards the hoofdresultaat. */
  stap: number;
}

export interface Hoofdresultaat {
  code: string;
  domein: Domein;
  omschrijving: string;
  subresultaten: Subresultaat[];
}

export interface Resultatenmatrix {
  hoofdresultaten: Hoofdresultaat[];
}

export interface MatrixFout {
  veld: string;
  melding: string;
}

const CODE = /^[A-Z0-9][A-Z0-9.-]{0,19}$/;

/** Checks a matrix a beheerder wants to publish: codes unique and well-formed, steps 1..n in order. */
export function controleerMatrix(matrix: Resultatenmatrix): MatrixFout[] {
  const fouten: MatrixFout[] = [];
  const codes = new Set<string>();
  if (matrix.hoofdresultaten.length === 0)
    fouten.push({ veld: "hoofdresultaten", melding: "Neem minstens één hoofdresultaat op" });
  matrix.hoofdresultaten.forEach((h, i) => {
    const pad = `hoofdresultaten.${i}`;
    if (!(DOMEINEN as readonly string[]).includes(h.domein))
      fouten.push({ veld: `${pad}.domein`, melding: "Kies veilig, zelfredzaam, meedoen of gezond" });
    if (!CODE.test(h.code))
      fouten.push({ veld: `${pad}.code`, melding: "Gebruik hoofdletters, cijfers, punt of streepje" });
    if (codes.has(h.code)) fouten.push({ veld: `${pad}.code`, melding: `Code ${h.code} komt dubbel voor` });
    codes.add(h.code);
    if (h.omschrijving.trim() === "") fouten.push({ veld: `${pad}.omschrijving`, melding: "Vul in" });
    h.subresultaten.forEach((s, j) => {
      const subpad = `${pad}.subresultaten.${j}`;
      if (!CODE.test(s.code))
        fouten.push({ veld: `${subpad}.code`, melding: "Gebruik hoofdletters, cijfers, punt of streepje" });
      if (codes.has(s.code))
        fouten.push({ veld: `${subpad}.code`, melding: `Code ${s.code} komt dubbel voor` });
      codes.add(s.code);
      if (s.stap !== j + 1)
        fouten.push({ veld: `${subpad}.stap`, melding: `Verwacht ontwikkelstap ${j + 1} (opeenvolgend)` });
      if (s.omschrijving.trim() === "") fouten.push({ veld: `${subpad}.omschrijving`, melding: "Vul in" });
    });
  });
  return fouten;
}

export type ResultaatCheck =
  | { ok: true; hoofdresultaat: Hoofdresultaat; subresultaat: Subresultaat | null }
  | { ok: false; melding: string };

/** Does (domein, hoofdresultaat, subresultaat) exist in this matrix version? */
export function zoekResultaat(
  matrix: Resultatenmatrix,
  domein: string,
  hoofdresultaatCode: string,
  subresultaatCode: string | null,
): ResultaatCheck {
  const hoofd = matrix.hoofdresultaten.find((h) => h.code === hoofdresultaatCode);
  if (!hoofd) return { ok: false, melding: `Hoofdresultaat ${hoofdresultaatCode} staat niet in de matrix` };
  if (hoofd.domein !== domein)
    return { ok: false, melding: `Hoofdresultaat ${hoofd.code} hoort bij domein ${hoofd.domein}` };
  if (subresultaatCode === null) return { ok: true, hoofdresultaat: hoofd, subresultaat: null };
  const sub = hoofd.subresultaten.find((s) => s.code === subresultaatCode);
  if (!sub) return { ok: false, melding: `Subresultaat ${subresultaatCode} hoort niet bij ${hoofd.code}` };
  return { ok: true, hoofdresultaat: hoofd, subresultaat: sub };
}

/**
 * Woonplaatsbeginsel Jeugdwet (since 1-1-2022, DOMAIN §2.1 step 4–5): which gemeente is responsible
 * for a child's jeugdhulp.
 *
 * 1. the gemeente of the child's BRP address;
 * 2. when the child stays with a jeugdhulpaanbieder, foster parents, a gezinshuis, a shelter or a JJI
 *    (verblijf): the gemeente of the BRP address just before that stay;
 * 3. when neither is known: the gemeente where the mother was registered at the birth;
 * 4. else the gemeente where the child actually stays.
 */

export const VERBLIJF_SOORTEN = ["jeugdhulpaanbieder", "pleegouders", "gezinshuis", "opvang", "jji"] as const;
export type VerblijfSoort = (typeof VERBLIJF_SOORTEN)[number];

export const VERBLIJF_LABELS: Record<VerblijfSoort, string> = {
  jeugdhulpaanbieder: "bij een jeugdhulpaanbieder",
  pleegouders: "bij pleegouders",
  gezinshuis: "in een gezinshuis",
  opvang: "in een opvang",
  jji: "in een justitiële jeugdinrichting (JJI)",
};

export interface WoonplaatsInvoer {
  /** CBS code of the gemeente asking (e.g. "1699"). */
  eigenGemeente: string;
  /** Gemeente of the child's current BRP address. */
  brpGemeente?: string | null;
  /** The child stays with a provider, foster parents, shelter or a JJI. */
  verblijf?: { soort: VerblijfSoort; brpGemeenteVoorVerblijf?: string | null } | null;
  /** Gemeente where the mother was registered at the child's birth. */
  gemeenteMoederBijGeboorte?: string | null;
  /** Gemeente where the child actually stays. */
  feitelijkeVerblijfplaats?: string | null;
}

export type WoonplaatsGrondslag =
  | "brp-adres"
  | "brp-adres-voor-verblijf"
  | "moeder-bij-geboorte"
  | "feitelijke-verblijfplaats"
  | "onbekend";

export interface WoonplaatsUitkomst {
  /** CBS code of the responsible gemeente, or null when it cannot be determined. */
  verantwoordelijk: string | null;
  /** Our own gemeente is responsible. */
  eigen: boolean;
  /** Which rule decided. */
  grondslag: WoonplaatsGrondslag;
  /** Dutch explanation citing the law. */
  grond: string;
  /** Another gemeente is responsible: hand over warmly (and do not start jeugdhulp on our account). */
  warmeOverdrachtNodig: boolean;
}

export const WOONPLAATS_BRON = "Jeugdwet art. 1.1 (woonplaats), sinds 1-1-2022";

/** "GM0106", "106" and "0106" are the same gemeente. Other values are only trimmed. */
export function normaliseerGemeentecode(code: string): string {
  const schoon = code.trim().toUpperCase();
  const match = /^(?:GM)?(\d{1,4})$/.exec(schoon);
  return match?.[1] ? match[1].padStart(4, "0") : schoon;
}

const bekend = (code: string | null | undefined): code is string =>
  typeof code === "string" && code.trim() !== "";

export function bepaalWoonplaats(invoer: WoonplaatsInvoer): WoonplaatsUitkomst {
  const eigen = normaliseerGemeentecode(invoer.eigenGemeente);
  const uitkomst = (code: string, grondslag: WoonplaatsGrondslag, waarom: string): WoonplaatsUitkomst => {
    const verantwoordelijk = normaliseerGemeentecode(code);
    const isEigen = verantwoordelijk === eigen;
    const gevolg = isEigen
      ? "Onze gemeente is verantwoordelijk."
      : `Gemeente ${verantwoordelijk} is verantwoordelijk: draag de jeugdige warm over.`;
    return {
      verantwoordelijk,
      eigen: isEigen,
      grondslag,
      grond: `${WOONPLAATS_BRON}: ${waarom} (${verantwoordelijk}). ${gevolg}`,
      warmeOverdrachtNodig: !isEigen,
    };
  };

  const verblijf = invoer.verblijf;
  let nietBekend: string;
  if (verblijf) {
    const waar = VERBLIJF_LABELS[verblijf.soort] ?? "in een instelling";
    if (bekend(verblijf.brpGemeenteVoorVerblijf)) {
      return uitkomst(
        verblijf.brpGemeenteVoorVerblijf,
        "brp-adres-voor-verblijf",
        `de jeugdige verblijft ${waar}; verantwoordelijk is de gemeente van het BRP-woonadres direct voor dat verblijf`,
      );
    }
    // During the stay the current BRP address does not count.
    nietBekend = `de jeugdige verblijft ${waar} en het BRP-woonadres direct voor dat verblijf is niet bekend`;
  } else if (bekend(invoer.brpGemeente)) {
    return uitkomst(invoer.brpGemeente, "brp-adres", "de gemeente van het BRP-woonadres van de jeugdige");
  } else {
    nietBekend = "de jeugdige heeft geen bekend BRP-woonadres";
  }

  if (bekend(invoer.gemeenteMoederBijGeboorte)) {
    return uitkomst(
      invoer.gemeenteMoederBijGeboorte,
      "moeder-bij-geboorte",
      `${nietBekend}; daarom de gemeente waar de moeder bij de geboorte stond ingeschreven`,
    );
  }
  if (bekend(invoer.feitelijkeVerblijfplaats)) {
    return uitkomst(
      invoer.feitelijkeVerblijfplaats,
      "feitelijke-verblijfplaats",
      `${nietBekend} en de inschrijving van de moeder bij de geboorte is niet bekend; daarom de gemeente waar de jeugdige feitelijk verblijft`,
    );
  }
  return {
    verantwoordelijk: null,
    eigen: false,
    grondslag: "onbekend",
    grond:
      `${WOONPLAATS_BRON}: de verantwoordelijke gemeente is niet vast te stellen — ${nietBekend}, ` +
      "en de inschrijving van de moeder bij de geboorte en de feitelijke verblijfplaats zijn niet bekend. " +
      "Zoek dit uit in de BRP voordat jeugdhulp wordt ingezet.",
    warmeOverdrachtNodig: false,
  };
}

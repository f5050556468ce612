/**
 * The cliëntervaringsonderzoek (Wmo 2015 art. 2.5.1; DOMAIN §8): questions on accessibility, quality and the
 * contribution to self-reliance and participation, a code per invitation (a link, or typed from a paper
 * letter), and the anonymous summary for the rapportage. Pure.
 *
 * Anonymity: the answers are stored without the code, the zaak, the person or a timestamp — only the
 * gemeente, the zaaktype and the month — so an answer cannot be linked back to a resident.
 */
import type { Zaaktype } from "../zaak/zaaktypen";

export const ENQUETE_THEMAS = ["toegankelijkheid", "kwaliteit", "effect"] as const;
export type EnqueteThema = (typeof ENQUETE_THEMAS)[number];

export interface EnqueteVraag {
  code: string;
  thema: EnqueteThema;
  tekst: string;
}

export const ENQUETE_VRAGEN: readonly EnqueteVraag[] = [
  { code: "wist-waar", thema: "toegankelijkheid", tekst: "Ik wist waar ik moest zijn met mijn hulpvraag." },
  { code: "snel-geholpen", thema: "toegankelijkheid", tekst: "Ik werd snel geholpen." },
  { code: "serieus", thema: "kwaliteit", tekst: "De medewerker nam mij en mijn hulpvraag serieus." },
  { code: "samen", thema: "kwaliteit", tekst: "De medewerker en ik hebben samen naar oplossingen gezocht." },
  { code: "past", thema: "kwaliteit", tekst: "De ondersteuning die ik kreeg paste bij mijn hulpvraag." },
  { code: "beter-redden", thema: "effect", tekst: "Door de ondersteuning kan ik mij beter redden." },
  {
    code: "meedoen",
    thema: "effect",
    tekst: "Door de ondersteuning kan ik beter meedoen in de samenleving.",
  },
  {
    code: "kwaliteit-leven",
    thema: "effect",
    tekst: "Door de ondersteuning heb ik een betere kwaliteit van leven.",
  },
];

/** 1 helemaal oneens … 5 helemaal eens; null = weet ik niet / niet van toepassing. */
export const SCHAAL = [
  { waarde: 1, label: "Helemaal oneens" },
  { waarde: 2, label: "Oneens" },
  { waarde: 3, label: "Neutraal" },
  { waarde: 4, label: "Eens" },
  { waarde: 5, label: "Helemaal eens" },
] as const;

export type Antwoorden = Readonly<Record<string, number | null>>;

/** Field errors for a submitted survey: every question answered (null allowed = weet niet), values 1–5. */
export function controleerAntwoorden(antwoorden: Antwoorden): { veld: string; melding: string }[] {
  const fouten: { veld: string; melding: string }[] = [];
  for (const v of ENQUETE_VRAGEN) {
    if (!(v.code in antwoorden))
      fouten.push({ veld: v.code, melding: "Kies een antwoord (of 'weet ik niet')" });
    else {
      const w = antwoorden[v.code];
      if (w !== null && !(Number.isInteger(w) && (w as number) >= 1 && (w as number) <= 5))
        fouten.push({ veld: v.code, melding: "Kies een antwoord van 1 tot en met 5" });
    }
  }
  for (const sleutel of Object.keys(antwoorden))
    if (!ENQUETE_VRAGEN.some((v) => v.code === sleutel))
      fouten.push({ veld: sleutel, melding: "Onbekende vraag" });
  return fouten;
}

/** Unambiguous characters for a code typed from paper (no 0/O, 1/I/L). */
const TEKENS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** "1699-K7QM-3XRT": the gemeente, then 8 characters from 8 random bytes (≈ 40 bits). */
export function maakEnqueteCode(gemeenteCode: string, willekeurig: Uint8Array): string {
  if (willekeurig.length < 8) throw new Error("te weinig willekeur");
  const tekens = [...willekeurig.slice(0, 8)].map((b) => TEKENS[b % TEKENS.length]).join("");
  return `${gemeenteCode}-${tekens.slice(0, 4)}-${tekens.slice(4)}`;
}

const CODE = /^(\d{4})-([2-9A-HJKMNP-Z]{4})-([2-9A-HJKMNP-Z]{4})$/;

/** Normalises what a resident types (spaces, lower case, missing dashes) to the stored form, or null. */
export function normaliseerCode(invoer: string): string | null {
  const kaal = invoer.toUpperCase().replace(/[^0-9A-Z]/g, "");
  if (kaal.length !== 12) return null;
  const code = `${kaal.slice(0, 4)}-${kaal.slice(4, 8)}-${kaal.slice(8)}`;
  return CODE.test(code) ? code : null;
}

export const gemeenteVanCode = (code: string) => code.slice(0, 4);

export interface VraagSamenvatting {
  code: string;
  thema: EnqueteThema;
  tekst: string;
  aantal: number;
  weetNiet: number;
  /** Average score 1–5 over the answers given (null when none). */
  gemiddelde: number | null;
  /** Share (0–100) answering eens or helemaal eens, of the answers given. */
  percentageEens: number | null;
  verdeling: Record<1 | 2 | 3 | 4 | 5, number>;
}

export interface Samenvatting {
  respondenten: number;
  vragen: VraagSamenvatting[];
}

/** Fewer respondents than this in a group: figures are not shown, so no single resident stands out. */
export const MINIMUM_RESPONDENTEN = 5;

export function vatSamen(rijen: readonly { antwoorden: Antwoorden; zaaktype?: Zaaktype }[]): Samenvatting {
  return {
    respondenten: rijen.length,
    vragen: ENQUETE_VRAGEN.map((v) => {
      const waarden = rijen.map((r) => r.antwoorden[v.code]);
      const gegeven = waarden.filter((w): w is number => typeof w === "number");
      const verdeling = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
      for (const w of gegeven) verdeling[w as 1 | 2 | 3 | 4 | 5]++;
      return {
        code: v.code,
        thema: v.thema,
        tekst: v.tekst,
        aantal: gegeven.length,
        weetNiet: waarden.length - gegeven.length,
        gemiddelde:
          gegeven.length === 0
            ? null
            : Math.round((gegeven.reduce((s, w) => s + w, 0) / gegeven.length) * 10) / 10,
        percentageEens:
          gegeven.length === 0 ? null : Math.round((100 * (verdeling[4] + verdeling[5])) / gegeven.length),
        verdeling,
      };
    }),
  };
}

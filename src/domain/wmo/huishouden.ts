/**
 * The hours of huishoudelijke hulp from the gemeente's normenkader (issue 15; seed 004 §6.2 "indicatie in uren").
 * A normenkader is a base module in hours per year plus factors that add or subtract hours per year; the beheerder
 * keeps the gemeente's own (the Centrale Raad van Beroep requires norm times that rest on independent, sound research
 * *and* fit the gemeente's own policy choices: CRvB 10 December 2018, ECLI:NL:CRVB:2018:3835). Pure.
 *
 * The example the demo gemeenten start with is the structure of the KPMG/HHM normenkader "Schoon en leefbaar huis"
 * as a gemeente published it (Maatschappelijke zaken HBEL, 2021): base 108 hours per year for full takeover, −23 with
 * own possibilities or network, +26 / +52 for some / much extra effort due to limitations, +26 for the composition of
 * the household, +16 per extra room in use, +4 per extra room not in use. Marked as an example: the beheerder sets
 * the gemeente's own.
 */

export interface NormFactor {
  code: string;
  omschrijving: string;
  /** Hours per year added (negative: subtracted) per time it applies. */
  urenPerJaar: number;
  /** May apply more than once (e.g. per extra room). */
  perStuk: boolean;
  /** Factors of one group exclude each other (e.g. "enige" and "veel" extra effort). */
  groep?: string | undefined;
}

export interface Normenkader {
  bron: string;
  voorbeeld: boolean;
  basisOmschrijving: string;
  basisUrenPerJaar: number;
  factoren: readonly NormFactor[];
}

export const VOORBEELD_NORMENKADER: Normenkader = {
  bron: "Voorbeeld: opbouw van het KPMG/HHM-normenkader 'Schoon en leefbaar huis' zoals gepubliceerd door Maatschappelijke zaken HBEL (2021). Stel het normenkader van de gemeente vast.",
  voorbeeld: true,
  basisOmschrijving: "Schoon en leefbaar huis, volledige overname",
  basisUrenPerJaar: 108,
  factoren: [
    {
      code: "eigen-mogelijkheden",
      omschrijving: "Eigen mogelijkheden van de inwoner of het netwerk",
      urenPerJaar: -23,
      perStuk: false,
    },
    {
      code: "beperkingen-enig",
      omschrijving: "Beperkingen: enige extra inzet",
      urenPerJaar: 26,
      perStuk: false,
      groep: "beperkingen",
    },
    {
      code: "beperkingen-veel",
      omschrijving: "Beperkingen: veel extra inzet",
      urenPerJaar: 52,
      perStuk: false,
      groep: "beperkingen",
    },
    {
      code: "samenstelling-huishouden",
      omschrijving: "Samenstelling van het huishouden",
      urenPerJaar: 26,
      perStuk: false,
    },
    { code: "kamer-in-gebruik", omschrijving: "Extra kamer in gebruik", urenPerJaar: 16, perStuk: true },
    {
      code: "kamer-niet-in-gebruik",
      omschrijving: "Extra kamer niet in gebruik",
      urenPerJaar: 4,
      perStuk: true,
    },
  ],
};

export interface FactorKeuze {
  code: string;
  aantal: number;
}

export interface Berekening {
  regels: { omschrijving: string; aantal: number; uren: number }[];
  urenPerJaar: number;
  /** Hours per year ÷ 52, rounded up to the quarter hour (the resident never gets less than the year total). */
  urenPerWeek: number;
}

export type BerekeningUitkomst = { ok: true; berekening: Berekening } | { ok: false; fouten: string[] };

/** The hours for the chosen factors; unknown factors, bad counts and two factors of one group are refused. */
export function berekenHuishoudelijkeHulp(
  kader: Normenkader,
  keuzes: readonly FactorKeuze[],
): BerekeningUitkomst {
  const fouten: string[] = [];
  const groepen = new Map<string, string>();
  const regels: Berekening["regels"] = [
    { omschrijving: kader.basisOmschrijving, aantal: 1, uren: kader.basisUrenPerJaar },
  ];
  const gezien = new Set<string>();
  for (const k of keuzes) {
    const f = kader.factoren.find((x) => x.code === k.code);
    if (!f) {
      fouten.push(`De factor '${k.code}' staat niet in het normenkader.`);
      continue;
    }
    if (gezien.has(f.code)) {
      fouten.push(`${f.omschrijving} is twee keer gekozen.`);
      continue;
    }
    gezien.add(f.code);
    if (!Number.isInteger(k.aantal) || k.aantal < 1 || k.aantal > 20)
      fouten.push(`${f.omschrijving}: het aantal moet een heel getal van 1 tot en met 20 zijn.`);
    else if (!f.perStuk && k.aantal !== 1) fouten.push(`${f.omschrijving} telt maar één keer.`);
    if (f.groep) {
      const eerder = groepen.get(f.groep);
      if (eerder) fouten.push(`${f.omschrijving} en ${eerder} sluiten elkaar uit.`);
      else groepen.set(f.groep, f.omschrijving);
    }
    regels.push({ omschrijving: f.omschrijving, aantal: k.aantal, uren: f.urenPerJaar * k.aantal });
  }
  if (fouten.length > 0) return { ok: false, fouten };
  const urenPerJaar = Math.max(
    0,
    regels.reduce((som, r) => som + r.uren, 0),
  );
  return {
    ok: true,
    berekening: { regels, urenPerJaar, urenPerWeek: Math.ceil((urenPerJaar / 52) * 4) / 4 },
  };
}

/** A normenkader the beheerder wants to set: sensible numbers, unique codes, at least one hour of base. */
export function toetsNormenkader(kader: Normenkader): string[] {
  const fouten: string[] = [];
  if (
    !Number.isInteger(kader.basisUrenPerJaar) ||
    kader.basisUrenPerJaar < 1 ||
    kader.basisUrenPerJaar > 2000
  )
    fouten.push("De basismodule moet een heel aantal uren per jaar van 1 tot en met 2000 zijn.");
  const codes = new Set<string>();
  for (const f of kader.factoren) {
    if (codes.has(f.code)) fouten.push(`De code '${f.code}' staat twee keer in het normenkader.`);
    codes.add(f.code);
    if (!Number.isInteger(f.urenPerJaar) || f.urenPerJaar === 0 || Math.abs(f.urenPerJaar) > 2000)
      fouten.push(`${f.omschrijving}: vul een heel aantal uren per jaar in (niet 0, hoogstens 2000).`);
  }
  return fouten;
}

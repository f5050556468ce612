/**
 * Signs of Safety (DOMAIN §5, seed 004 §10.4): a solution-focused way of working with a family where a child's
 * safety is the problem; with the family the toegangsmedewerker builds a veiligheidsplan. Pure.
 *
 * - The mapping, one per zaak, in three columns: waar maken we ons zorgen over (schade: harm that happened,
 *   gevaar: the danger statement, complicerende factoren), wat gaat goed (sterktes, bestaande veiligheid), wat
 *   moet er gebeuren (veiligheidsdoelen, volgende stappen). Each veiligheidsdoel answers one gevaarsuitspraak
 *   (`gevaarId`); every gevaar needs its doel before the plan can be made definitief.
 * - The veiligheidsschaal: 0 (the child is certainly not safe) to 10 (safe enough to close), scored per
 *   bijeenkomst by each party — the gezin, the netwerk, the professional — each with who scored. Rounds are
 *   appended, never changed: the history is the point.
 * - The veiligheidsplan: its afspraken come from the veiligheidsdoelen (who does what, by when);
 *   concept → definitief → ondertekend → geëvalueerd. Signed like the resultatenplan, by whoever the age rule
 *   (domain/persoon/vertegenwoordiging) names; evaluated with a date, per doel bereikt / deels / niet, and a new
 *   round on the scale.
 */

export const KOLOMMEN = ["zorgen", "goed", "gebeuren"] as const;
export type Kolom = (typeof KOLOMMEN)[number];

export const KOLOM_LABELS: Record<Kolom, string> = {
  zorgen: "Waar maken we ons zorgen over?",
  goed: "Wat gaat goed?",
  gebeuren: "Wat moet er gebeuren?",
};

export const ITEM_SOORTEN = [
  "schade",
  "gevaar",
  "complicerende-factor",
  "sterkte",
  "bestaande-veiligheid",
  "veiligheidsdoel",
  "volgende-stap",
] as const;
export type ItemSoort = (typeof ITEM_SOORTEN)[number];

export const KOLOM_VAN: Record<ItemSoort, Kolom> = {
  schade: "zorgen",
  gevaar: "zorgen",
  "complicerende-factor": "zorgen",
  sterkte: "goed",
  "bestaande-veiligheid": "goed",
  veiligheidsdoel: "gebeuren",
  "volgende-stap": "gebeuren",
};

export const ITEM_LABELS: Record<ItemSoort, string> = {
  schade: "Schade",
  gevaar: "Gevaarsuitspraak",
  "complicerende-factor": "Complicerende factor",
  sterkte: "Sterkte",
  "bestaande-veiligheid": "Bestaande veiligheid",
  veiligheidsdoel: "Veiligheidsdoel",
  "volgende-stap": "Volgende stap",
};

export interface MappingItem {
  id: string;
  soort: ItemSoort;
  tekst: string;
  /** Only for a veiligheidsdoel: the gevaarsuitspraak it answers. */
  gevaarId?: string | null | undefined;
}

export interface Mapping {
  items: readonly MappingItem[];
}

export const PARTIJEN = ["gezin", "netwerk", "professional"] as const;
export type Partij = (typeof PARTIJEN)[number];

export const PARTIJ_LABELS: Record<Partij, string> = {
  gezin: "Gezin",
  netwerk: "Netwerk",
  professional: "Professional",
};

export const SCHAAL_MIN = 0;
export const SCHAAL_MAX = 10;

export interface Schaalscore {
  partij: Partij;
  /** Who scored for this party ("moeder", "oma Jansen", "casemanager"). */
  wie: string;
  score: number;
}

export interface Schaalronde {
  /** ISO date of the bijeenkomst. */
  datum: string;
  scores: readonly Schaalscore[];
}

export const PLAN_STATUSSEN = ["concept", "definitief", "ondertekend", "geevalueerd"] as const;
export type VeiligheidsplanStatus = (typeof PLAN_STATUSSEN)[number];

export const PLAN_STATUS_LABELS: Record<VeiligheidsplanStatus, string> = {
  concept: "Concept",
  definitief: "Definitief",
  ondertekend: "Ondertekend",
  geevalueerd: "Geëvalueerd",
};

/** One afspraak of the plan: how a veiligheidsdoel is reached — who does what, by when. */
export interface Afspraak {
  doelId: string;
  wat: string;
  wie: string;
  /** ISO date. */
  uiterlijk: string;
}

export const DOEL_UITKOMSTEN = ["bereikt", "deels", "niet"] as const;
export type DoelUitkomst = (typeof DOEL_UITKOMSTEN)[number];

export const DOEL_UITKOMST_LABELS: Record<DoelUitkomst, string> = {
  bereikt: "Bereikt",
  deels: "Deels bereikt",
  niet: "Niet bereikt",
};

export interface Evaluatie {
  datum: string;
  doelen: readonly { doelId: string; uitkomst: DoelUitkomst }[];
  toelichting: string;
}

export interface Ondertekening {
  datum: string;
  /** The persons who signed (persoonIds), as the age rule requires. */
  ondertekenaars: readonly string[];
}

export interface Veiligheidsplan {
  status: VeiligheidsplanStatus;
  afspraken: readonly Afspraak[];
  ondertekening: Ondertekening | null;
  evaluaties: readonly Evaluatie[];
}

export type SosRegel =
  | "tekst-ingevuld"
  | "item-uniek"
  | "doel-bij-gevaar"
  | "gevaar-met-veiligheidsdoel"
  | "schaal-geheel-getal"
  | "schaal-elke-partij"
  | "schaal-wie-ingevuld"
  | "schaal-op-volgorde"
  | "datum-niet-in-toekomst"
  | "plan-alleen-concept"
  | "afspraak-bij-doel"
  | "afspraak-volledig"
  | "plan-heeft-doelen"
  | "definitief-alleen-vanuit-concept"
  | "ondertekenen-alleen-definitief"
  | "ondertekenaars-volledig"
  | "evalueren-na-ondertekening"
  | "evaluatie-elk-doel"
  | "evaluatie-na-ondertekening";

export interface SosOvertreding {
  regel: SosRegel;
  veld?: string;
  melding: string;
  /** Input that cannot be right whatever the state (400), rather than a rule about the state (422). */
  ongeldig?: boolean;
}

const leeg = (s: string | undefined | null) => (s ?? "").trim() === "";
const fout = (regel: SosRegel, melding: string, veld?: string, ongeldig = false): SosOvertreding => ({
  regel,
  melding,
  ...(veld ? { veld } : {}),
  ...(ongeldig ? { ongeldig } : {}),
});

/** Dutch date dd-mm-jjjj for messages. */
export const datumKort = (iso: string) => iso.slice(0, 10).split("-").reverse().join("-");

function toetsDatum(datum: string, vandaag: string, veld: string, label: string): SosOvertreding[] {
  return datum > vandaag ? [fout("datum-niet-in-toekomst", `${label} ligt in de toekomst.`, veld, true)] : [];
}

export const gevarenVan = (m: Mapping) => m.items.filter((i) => i.soort === "gevaar");
export const doelenVan = (m: Mapping) => m.items.filter((i) => i.soort === "veiligheidsdoel");

/** The gevaarsuitspraken that no veiligheidsdoel answers yet. */
export function ongekoppeldeGevaren(m: Mapping): MappingItem[] {
  const gekoppeld = new Set(doelenVan(m).map((d) => d.gevaarId));
  return gevarenVan(m).filter((g) => !gekoppeld.has(g.id));
}

/**
 * The mapping as input: every item says something, ids are unique, and a veiligheidsdoel answers a
 * gevaarsuitspraak of this mapping (only a doel is paired). A gevaar without a doel yet is allowed here: the
 * mapping grows over meetings; the pairing is required when the plan is made definitief.
 */
export function toetsMapping(m: Mapping): SosOvertreding[] {
  const ids = new Set<string>();
  const gevaarIds = new Set(gevarenVan(m).map((g) => g.id));
  return m.items.flatMap((item, i) => {
    const fouten: SosOvertreding[] = [];
    if (leeg(item.tekst))
      fouten.push(
        fout(
          "tekst-ingevuld",
          `Vul de tekst in bij ${ITEM_LABELS[item.soort].toLowerCase()}.`,
          `items.${i}.tekst`,
          true,
        ),
      );
    if (ids.has(item.id))
      fouten.push(fout("item-uniek", "Dit onderdeel staat twee keer in de mapping.", `items.${i}.id`, true));
    ids.add(item.id);
    if (item.soort === "veiligheidsdoel") {
      if (!item.gevaarId || !gevaarIds.has(item.gevaarId))
        fouten.push(
          fout(
            "doel-bij-gevaar",
            "Kies bij elk veiligheidsdoel de gevaarsuitspraak waar het een antwoord op is.",
            `items.${i}.gevaarId`,
            true,
          ),
        );
    } else if (item.gevaarId)
      fouten.push(
        fout(
          "doel-bij-gevaar",
          "Alleen een veiligheidsdoel hoort bij een gevaarsuitspraak.",
          `items.${i}.gevaarId`,
          true,
        ),
      );
    return fouten;
  });
}

/**
 * One round on the scale: a bijeenkomst on a date not in the future and not before the last recorded round
 * (the history is appended), one whole score 0–10 from each of the three parties, each with who scored.
 */
export function toetsSchaalronde(
  ronde: Schaalronde,
  eerdere: readonly Schaalronde[],
  vandaag: string,
): SosOvertreding[] {
  const fouten = toetsDatum(ronde.datum, vandaag, "datum", "De datum van de bijeenkomst");
  const laatste = eerdere.reduce<string | null>(
    (max, r) => (max === null || r.datum > max ? r.datum : max),
    null,
  );
  if (laatste !== null && ronde.datum < laatste)
    fouten.push(
      fout(
        "schaal-op-volgorde",
        `De vorige bijeenkomst was op ${datumKort(laatste)}; een nieuwe score komt daarna (eerdere scores blijven zoals ze zijn).`,
        "datum",
        true,
      ),
    );
  ronde.scores.forEach((s, i) => {
    if (!Number.isInteger(s.score) || s.score < SCHAAL_MIN || s.score > SCHAAL_MAX)
      fouten.push(
        fout(
          "schaal-geheel-getal",
          `De score van ${PARTIJ_LABELS[s.partij].toLowerCase()} is een heel getal van 0 tot en met 10.`,
          `scores.${i}.score`,
          true,
        ),
      );
    if (leeg(s.wie))
      fouten.push(
        fout(
          "schaal-wie-ingevuld",
          `Vul in wie namens ${PARTIJ_LABELS[s.partij].toLowerCase()} scoorde.`,
          `scores.${i}.wie`,
          true,
        ),
      );
  });
  for (const partij of PARTIJEN) {
    const aantal = ronde.scores.filter((s) => s.partij === partij).length;
    if (aantal !== 1)
      fouten.push(
        fout(
          "schaal-elke-partij",
          aantal === 0
            ? `Vul de score van ${PARTIJ_LABELS[partij].toLowerCase()} in: elke partij scoort per bijeenkomst.`
            : `${PARTIJ_LABELS[partij]} scoort één keer per bijeenkomst.`,
          "scores",
          true,
        ),
      );
  }
  return fouten;
}

/** The plan's afspraken may be changed only while it is a concept; each belongs to a doel of the mapping. */
export function toetsAfspraken(
  plan: Veiligheidsplan | null,
  afspraken: readonly Afspraak[],
  mapping: Mapping,
): SosOvertreding[] {
  if (plan && plan.status !== "concept")
    return [
      fout(
        "plan-alleen-concept",
        `Het veiligheidsplan is ${PLAN_STATUS_LABELS[plan.status].toLowerCase()}; de afspraken liggen vast. Evalueer het plan.`,
      ),
    ];
  const doelIds = new Set(doelenVan(mapping).map((d) => d.id));
  return afspraken.flatMap((a, i) => [
    ...(doelIds.has(a.doelId)
      ? []
      : [
          fout(
            "afspraak-bij-doel",
            "Een afspraak hoort bij een veiligheidsdoel uit de mapping.",
            `afspraken.${i}.doelId`,
            true,
          ),
        ]),
    ...(leeg(a.wat) ? [fout("afspraak-volledig", "Vul in wat er gebeurt.", `afspraken.${i}.wat`, true)] : []),
    ...(leeg(a.wie) ? [fout("afspraak-volledig", "Vul in wie het doet.", `afspraken.${i}.wie`, true)] : []),
  ]);
}

/**
 * Making the plan definitief: from a concept; every gevaarsuitspraak has its veiligheidsdoel, there is at least
 * one doel, and every doel has an afspraak (who does what by when).
 */
export function toetsDefinitief(plan: Veiligheidsplan | null, mapping: Mapping): SosOvertreding[] {
  if (plan?.status !== "concept")
    return [
      fout("definitief-alleen-vanuit-concept", "Alleen een concept-veiligheidsplan kan definitief worden."),
    ];
  const fouten: SosOvertreding[] = ongekoppeldeGevaren(mapping).map((g) =>
    fout(
      "gevaar-met-veiligheidsdoel",
      `Bij de gevaarsuitspraak "${g.tekst}" hoort nog geen veiligheidsdoel.`,
      `gevaar.${g.id}`,
    ),
  );
  const doelen = doelenVan(mapping);
  if (doelen.length === 0)
    fouten.push(fout("plan-heeft-doelen", "Leg in de mapping ten minste één veiligheidsdoel vast."));
  for (const d of doelen)
    if (!plan.afspraken.some((a) => a.doelId === d.id))
      fouten.push(
        fout(
          "afspraak-volledig",
          `Maak een afspraak bij het veiligheidsdoel "${d.tekst}": wie doet wat, en wanneer.`,
          `doel.${d.id}`,
        ),
      );
  return fouten;
}

/**
 * Signing: only a definitief plan; dated not in the future; signed by exactly those the age rule requires
 * (`vereist`: their persoonIds, from domain/persoon/vertegenwoordiging).
 */
export function toetsOndertekening(
  plan: Veiligheidsplan | null,
  ondertekening: Ondertekening,
  vereist: readonly { persoonId: string; naam: string }[],
  vandaag: string,
): SosOvertreding[] {
  const fouten = toetsDatum(ondertekening.datum, vandaag, "datum", "De datum van ondertekening");
  const ontbreekt = vereist.filter((v) => !ondertekening.ondertekenaars.includes(v.persoonId));
  const teVeel = ondertekening.ondertekenaars.filter((id) => !vereist.some((v) => v.persoonId === id));
  if (ontbreekt.length > 0)
    fouten.push(
      fout(
        "ondertekenaars-volledig",
        `Het plan moet ook worden ondertekend door ${ontbreekt.map((v) => v.naam).join(" en ")}.`,
        "ondertekenaars",
        true,
      ),
    );
  if (teVeel.length > 0)
    fouten.push(
      fout(
        "ondertekenaars-volledig",
        "Alleen wie volgens de leeftijdsregel tekent, ondertekent het plan.",
        "ondertekenaars",
        true,
      ),
    );
  if (plan?.status !== "definitief")
    fouten.push(
      fout("ondertekenen-alleen-definitief", "Alleen een definitief veiligheidsplan kan worden ondertekend."),
    );
  return fouten;
}

/**
 * Evaluating: a signed (or evaluated) plan; dated not in the future and not before the signature; every doel of
 * the plan exactly once judged bereikt, deels or niet. The new round on the scale is judged by `toetsSchaalronde`.
 */
export function toetsEvaluatie(plan: Veiligheidsplan | null, evaluatie: Evaluatie, vandaag: string) {
  const fouten = toetsDatum(evaluatie.datum, vandaag, "datum", "De datum van de evaluatie");
  if (!plan || (plan.status !== "ondertekend" && plan.status !== "geevalueerd")) {
    fouten.push(
      fout("evalueren-na-ondertekening", "Alleen een ondertekend veiligheidsplan kan worden geëvalueerd."),
    );
    return fouten;
  }
  if (plan.ondertekening && evaluatie.datum < plan.ondertekening.datum)
    fouten.push(
      fout(
        "evaluatie-na-ondertekening",
        `De evaluatie ligt vóór de ondertekening (${datumKort(plan.ondertekening.datum)}).`,
        "datum",
        true,
      ),
    );
  const planDoelen = [...new Set(plan.afspraken.map((a) => a.doelId))];
  const beoordeeld = evaluatie.doelen.map((d) => d.doelId);
  const klopt =
    beoordeeld.length === planDoelen.length &&
    new Set(beoordeeld).size === beoordeeld.length &&
    planDoelen.every((id) => beoordeeld.includes(id));
  if (!klopt)
    fouten.push(
      fout(
        "evaluatie-elk-doel",
        "Beoordeel elk veiligheidsdoel van het plan één keer: bereikt, deels of niet.",
        "doelen",
        true,
      ),
    );
  return fouten;
}

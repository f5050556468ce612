/**
 * Schuldhulp / bestaanszekerheid (DOMAIN §3–4; seeds 000 §4, 002, 003 Stroom 3): the Wgs clock, the plan van
 * aanpak's ladder and the Participatiewet voorschot. Pure; the terms themselves live in domain/termijnen.
 *
 * Wet gemeentelijke schuldhulpverlening (Wgs, BWBR0031331), as in force since 1 January 2021:
 *  - art. 4 lid 1: after a request for schuldhulp (the hulpvraag) an eerste gesprek takes place within four weeks,
 *    in which the hulpvraag is established; that conversation is the moment of the aanvraag.
 *  - art. 4 lid 2: within three working days when a threatening situation exists: eviction of the home, the end of
 *    the supply of gas, electricity, heating or water, or the cancellation/dissolution of the health insurance
 *    (`DREIGINGEN`; recording one makes it spoed).
 *  - art. 4a lid 1: after the eerste gesprek the college gives a beschikking on the toegang to schuldhulpverlening
 *    (toelating, with the plan van aanpak, or refusal); lid 3: the gemeenteraad sets the term in a verordening
 *    (a gemeente setting on the zaaktype version, default 8 weeks — without a local term Awb 4:13 lid 2).
 * The ladder (DOMAIN §4, 000 §4, 002 §2.2): geldcoach / financieel regisseur first; the GKB's schuldhulptraject
 * (with that beschikking), budgetbeheer, and beschermingsbewind (the kantonrechter decides, BW art. 1:431) only
 * when lighter help is not enough: skipping a lighter step needs a written motivation.
 * Participatiewet (BWBR0015703) art. 52 lid 1: when the right to bijstand is not yet decided, a voorschot within
 * four weeks after the aanvraag, of at least 90 % of the applicable norm.
 */
import { kort } from "../termijnen/kalender";

export const DREIGINGEN = ["ontruiming", "energie", "water", "zorgverzekering"] as const;
export type Dreiging = (typeof DREIGINGEN)[number];

export const DREIGING_LABELS: Record<Dreiging, string> = {
  ontruiming: "Dreigende ontruiming van de woning",
  energie: "Dreigende afsluiting van gas, elektriciteit of warmte",
  water: "Dreigende afsluiting van water",
  zorgverzekering: "Dreigende opzegging of ontbinding van de zorgverzekering",
};

export const TOEGANG_UITKOMSTEN = ["toegelaten", "afgewezen"] as const;
export type ToegangUitkomst = (typeof TOEGANG_UITKOMSTEN)[number];

export type Uitkomst =
  | { ok: true }
  | { ok: false; regel: string; veld: string; reden: string; ongeldig?: boolean };

const ja: Uitkomst = { ok: true };
const fout = (veld: string, reden: string, regel = "ongeldige-invoer"): Uitkomst => ({
  ok: false,
  regel,
  veld,
  reden,
  ongeldig: true,
});

export interface WgsStand {
  hulpvraagOp: string;
  dreiging: Dreiging | null;
  eersteGesprekOp: string | null;
  toegang: { op: string; uitkomst: ToegangUitkomst } | null;
}

/** May these Wgs facts be recorded on `vandaag`? Input that cannot be right → `ongeldig`; the order of the law → 422. */
export function toetsWgs(stand: WgsStand, vandaag: string): Uitkomst[] {
  const toekomst = (veld: string, datum: string | null, wat: string) =>
    datum && datum > vandaag ? fout(veld, `${wat} kan niet in de toekomst liggen.`) : ja;
  const { hulpvraagOp, eersteGesprekOp, toegang } = stand;
  return [
    toekomst("hulpvraagOp", hulpvraagOp, "De datum van de hulpvraag"),
    toekomst("eersteGesprekOp", eersteGesprekOp, "Het eerste gesprek"),
    eersteGesprekOp && eersteGesprekOp < hulpvraagOp
      ? fout("eersteGesprekOp", "Het eerste gesprek kan niet vóór de hulpvraag liggen.")
      : ja,
    toekomst("toegang.op", toegang?.op ?? null, "De beschikking over de toegang"),
    toegang && !eersteGesprekOp
      ? {
          ok: false,
          regel: "toegang-na-eerste-gesprek",
          veld: "toegang",
          reden:
            "De beschikking over de toegang volgt op het eerste gesprek (Wgs art. 4a lid 1). Leg eerst het eerste gesprek vast.",
        }
      : ja,
    toegang && eersteGesprekOp && toegang.op < eersteGesprekOp
      ? fout("toegang.op", "De beschikking over de toegang kan niet vóór het eerste gesprek liggen.")
      : ja,
  ];
}

/** The ladder, lightest first (DOMAIN §4). */
export const TREDEN = ["geldcoach", "schuldhulptraject", "budgetbeheer", "beschermingsbewind"] as const;
export type Trede = (typeof TREDEN)[number];

export const TREDE_LABELS: Record<Trede, string> = {
  geldcoach: "Geldcoach of financieel regisseur",
  schuldhulptraject: "Schuldhulptraject bij de GKB (met beschikking)",
  budgetbeheer: "Budgetbeheer",
  beschermingsbewind: "Beschermingsbewind (de kantonrechter beslist)",
};

export const MOTIVATIE_MIN_LENGTE = 20;

/**
 * May the plan van aanpak go to `nieuwe`? Each lighter step not taken before must be skipped with a motivation;
 * the schuldhulptraject and what the GKB does after it need the beschikking that admits the resident (Wgs art. 4a).
 */
export function toetsTrede(invoer: {
  eerdere: readonly Trede[];
  nieuwe: Trede;
  motivatie: string | null;
  toegelaten: boolean;
}): Uitkomst[] {
  const niveau = TREDEN.indexOf(invoer.nieuwe);
  const overgeslagen = TREDEN.slice(0, niveau).filter((t) => !invoer.eerdere.includes(t));
  const motivatie = invoer.motivatie?.trim() ?? "";
  const uitkomsten: Uitkomst[] = [];
  if (overgeslagen.length > 0 && motivatie.length < MOTIVATIE_MIN_LENGTE) {
    uitkomsten.push({
      ok: false,
      regel: "lichtere-hulp-eerst",
      veld: "motivatie",
      reden: `Eerst lichtere hulp: ${overgeslagen.map((t) => TREDE_LABELS[t]).join(", ")} is nog niet ingezet. Motiveer waarom die niet genoeg is (minstens ${MOTIVATIE_MIN_LENGTE} tekens).`,
    });
  }
  if (
    niveau >= TREDEN.indexOf("schuldhulptraject") &&
    invoer.nieuwe !== "beschermingsbewind" &&
    !invoer.toegelaten
  ) {
    uitkomsten.push({
      ok: false,
      regel: "traject-zonder-toelating",
      veld: "trede",
      reden:
        "Een schuldhulptraject of budgetbeheer bij de GKB vraagt eerst een beschikking die de inwoner toelaat tot de schuldhulpverlening (Wgs art. 4a lid 1).",
    });
  }
  return uitkomsten;
}

/** Pw art. 52 lid 1: at least 90 % of the norm. */
export const VOORSCHOT_MIN_PROCENT = 90;

/** Percentage in tenths, rounded down (89.99 % is not 90 %). */
export const procentVan = (bedragCent: number, normCent: number) =>
  Math.floor((bedragCent * 1000) / normCent) / 10;

export function toetsVoorschot(invoer: {
  aanvraagdatum: string | null;
  besluitdatum: string | null;
  verleendOp: string;
  bedragCent: number;
  normCent: number;
  vandaag: string;
}): Uitkomst[] {
  const { aanvraagdatum, besluitdatum, verleendOp } = invoer;
  const uitkomsten: Uitkomst[] = [];
  if (verleendOp > invoer.vandaag)
    uitkomsten.push(fout("verleendOp", "Verleend op kan niet in de toekomst liggen."));
  if (!aanvraagdatum) {
    uitkomsten.push({
      ok: false,
      regel: "voorschot-zonder-aanvraag",
      veld: "verleendOp",
      reden:
        "Een voorschot hoort bij een aanvraag om bijstand die nog niet is beslist (Participatiewet art. 52 lid 1).",
    });
  } else if (verleendOp < aanvraagdatum) {
    uitkomsten.push(
      fout("verleendOp", `Het voorschot kan niet vóór de aanvraag van ${kort(aanvraagdatum)} liggen.`),
    );
  }
  if (besluitdatum && besluitdatum <= verleendOp)
    uitkomsten.push({
      ok: false,
      regel: "voorschot-na-besluit",
      veld: "verleendOp",
      reden: `Op de aanvraag is al beslist op ${kort(besluitdatum)}: een voorschot is er alleen zolang het recht niet is vastgesteld (Participatiewet art. 52 lid 1).`,
    });
  if (invoer.normCent > 0 && procentVan(invoer.bedragCent, invoer.normCent) < VOORSCHOT_MIN_PROCENT)
    uitkomsten.push({
      ok: false,
      regel: "voorschot-onder-90-procent",
      veld: "bedrag",
      reden: `Het voorschot is ${procentVan(invoer.bedragCent, invoer.normCent).toLocaleString("nl-NL")} % van de norm; dat moet minstens ${VOORSCHOT_MIN_PROCENT} % zijn (Participatiewet art. 52 lid 1).`,
    });
  return uitkomsten;
}

/** € 1.234,56 from cents (Dutch notation). */
export const euro = (cent: number) =>
  `€ ${(cent / 100).toLocaleString("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

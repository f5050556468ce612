/**
 * The termijnen engine: computes every legal deadline of a zaak from its dated facts (pure).
 * Order of computation per term: start + length (calendar weeks/days or working days) → + suspended days
 * (opschorting, Awb 4:15) → + announced extension (verdaging, Awb 4:14 / 7:10 lid 3) → Algemene
 * termijnenwet art. 1 and 2 where it applies (`atwVanToepassing`: statutory terms not excluded by art. 4).
 * The Atw calendar (Goede Vrijdag, the days equated by Koninklijk Besluit) is a `Kalender` the caller passes in.
 */
import { leeftijdOp } from "../persoon/leeftijd";
import type { Zaaktype } from "../zaak/zaaktypen";
import {
  dagenTussen,
  geenTermijndagOmdat,
  type Kalender,
  kort,
  pasAtwToe,
  plusDagen,
  plusWeken,
  plusWerkdagen,
} from "./kalender";
import {
  atwVanToepassing,
  BESLISSING_BEZWAAR_COMMISSIE,
  EERSTE_GESPREK_SPOED,
  type LokaleTermijnen,
  regelVoor,
  type Termijnregel,
  type TermijnSoort,
} from "./regels";

export type TermijnStatus = "lopend" | "opgeschort" | "gehaald" | "verlopen";

export interface Opschorting {
  soort: TermijnSoort;
  van: string;
  /** null: still suspended. */
  tot: string | null;
  reden: string;
}

export interface Verlenging {
  soort: TermijnSoort;
  weken: number;
  reden: string;
  /** Must be announced before the term ends (Awb 4:14 lid 3). */
  medegedeeldOp: string;
}

/** The dated facts of a zaak the deadlines follow from. */
export interface TermijnFeiten {
  zaaktype: Zaaktype;
  meldingsdatum: string;
  /** Of the hoofdpersoon; for the Participatiewet zoekperiode (under 27 at the melding). */
  geboortedatum?: string | null;
  onderzoekAfgerondOp?: string | null;
  aanvraagdatum?: string | null;
  besluitdatum?: string | null;
  voorschotVerleendOp?: string | null;
  beschikkingBekendgemaaktOp?: string | null;
  bezwaarOntvangenOp?: string | null;
  adviescommissie?: boolean;
  besluitOpBezwaarOp?: string | null;
  /** Wgs art. 4 lid 1: the day the resident asked for schuldhulp (the eerste-gesprek clock; else the melding). */
  hulpvraagOp?: string | null;
  eersteGesprekOp?: string | null;
  dreigendeUitzettingOfAfsluiting?: boolean;
  /** Wgs art. 4a lid 1: the beschikking on the toegang to schuldhulpverlening (ends the Wgs beslistermijn). */
  toegangsbeschikkingOp?: string | null;
  /** Awb 4:17: the written ingebrekestelling after the beslistermijn ended (date received). */
  ingebrekestellingOntvangenOp?: string | null;
  huisverbodOpgelegdOp?: string | null;
  huisverbodVerlengd?: boolean;
  /** The end the burgemeester's extension set (Dutch date); without it an extension runs the full 4 weeks. */
  huisverbodVerlengdTot?: string | null;
  huisverbodBeeindigdOp?: string | null;
  /** Leerplicht: 6 weeks before the leerling's 18th birthday (domain/leerplicht/leeftijd#rmcOverdracht), and the hand-over. */
  leerplichtRmcSignaalOp?: string | null;
  leerplichtRmcOverdrachtOp?: string | null;
  /** iWmo/iJw verzoek om toewijzing/wijziging (315/317): received, first answer (301 or 319), "in onderzoek", final answer. */
  verzoekOntvangenOp?: string | null;
  verzoekBeantwoordOp?: string | null;
  verzoekInOnderzoekOp?: string | null;
  verzoekAfgehandeldOp?: string | null;
  /**
   * The zaak began with a provider's verzoek (315/317, e.g. after a referral by huisarts or GI), not with a
   * melding: there is no municipal onderzoek term, the verzoek clocks apply instead.
   */
  verzoekVanAanbieder?: boolean;
  opschortingen?: readonly Opschorting[];
  verlengingen?: readonly Verlenging[];
  /** The gemeente's own term lengths valid at the melding (snapshot of the zaaktype version). */
  lokaleTermijnen?: LokaleTermijnen;
}

export interface Termijn {
  soort: TermijnSoort;
  partij: "gemeente" | "inwoner";
  startdatum: string;
  /** Without opschorting, verlenging and Atw shift. */
  oorspronkelijkeDatum: string;
  uiterlijkeDatum: string;
  status: TermijnStatus;
  opgeschortDagen: number;
  verlengdWeken: number;
  afgerondOp: string | null;
  bron: string;
  /** Dutch: how the date was computed. */
  uitleg: string;
}

export interface Berekening {
  termijnen: Termijn[];
  /** Facts that were ignored, e.g. an extension announced too late (Dutch). */
  waarschuwingen: string[];
}

/** Suspended calendar days in [start, …), overlapping periods counted once; open ones run to `vandaag`. */
function opgeschorteDagen(opschortingen: readonly Opschorting[], start: string, vandaag: string): number {
  const perioden = opschortingen
    .map((o) => ({ van: o.van < start ? start : o.van, tot: o.tot ?? vandaag }))
    .filter((p) => p.tot > p.van)
    .sort((a, b) => (a.van < b.van ? -1 : 1));
  let dagen = 0;
  let tot = start;
  for (const p of perioden) {
    const van = [p.van, tot].sort()[1] as string; // the later of two ISO dates
    if (p.tot > van) {
      dagen += dagenTussen(van, p.tot);
      tot = p.tot;
    }
  }
  return dagen;
}

interface Invoer {
  regel: Termijnregel;
  start: string;
  startLabel: string;
  afgerondOp: string | null;
}

interface Context {
  feiten: TermijnFeiten;
  vandaag: string;
  kalender: Kalender;
  waarschuwingen: string[];
}

function bereken(inv: Invoer, { feiten, vandaag, kalender, waarschuwingen }: Context): Termijn {
  const { regel, start } = inv;
  const basis =
    regel.eenheid === "weken"
      ? plusWeken(start, regel.lengte)
      : regel.eenheid === "werkdagen"
        ? plusWerkdagen(start, regel.lengte)
        : plusDagen(start, regel.lengte);
  const stappen = [`${regel.omschrijving}: ${inv.startLabel} ${kort(start)} = ${kort(basis)}`];

  const opschortingen = (feiten.opschortingen ?? []).filter((o) => o.soort === regel.soort);
  if (opschortingen.length > 0 && !regel.opschortingToegestaan) {
    waarschuwingen.push(
      `Opschorting van de termijn ${regel.soort} is niet toegestaan (${regel.bron}); genegeerd.`,
    );
  }
  const opgeschort = regel.opschortingToegestaan ? opgeschorteDagen(opschortingen, start, vandaag) : 0;
  let eind = plusDagen(basis, opgeschort);
  if (opgeschort > 0)
    stappen.push(`${opgeschort} ${opgeschort === 1 ? "dag" : "dagen"} opgeschort → ${kort(eind)}`);

  let verlengd = 0;
  for (const v of (feiten.verlengingen ?? []).filter((x) => x.soort === regel.soort)) {
    if (verlengd + v.weken > regel.maxVerlengingWeken) {
      waarschuwingen.push(
        `Verlenging van ${v.weken} weken voor ${regel.soort} gaat boven het toegestane maximum; genegeerd.`,
      );
    } else if (v.medegedeeldOp > eind) {
      waarschuwingen.push(
        `Verlenging voor ${regel.soort} is pas op ${kort(v.medegedeeldOp)} meegedeeld, na het einde van de termijn; genegeerd.`,
      );
    } else {
      verlengd += v.weken;
      eind = plusWeken(eind, v.weken);
      stappen.push(`${v.weken} weken verlengd (${v.reden}) → ${kort(eind)}`);
    }
  }

  if (atwVanToepassing(regel).geldt) {
    const atw = pasAtwToe(kalender, start, eind);
    if (atw.grond === "art. 1") {
      stappen.push(
        `valt op ${geenTermijndagOmdat(kalender, eind)}, Algemene termijnenwet art. 1 → ${kort(atw.einde)}`,
      );
    } else if (atw.grond === "art. 2") {
      stappen.push(
        `minder dan twee dagen zonder weekend of feestdag, Algemene termijnenwet art. 2 → ${kort(atw.einde)}`,
      );
    }
    for (let jaar = Number(eind.slice(0, 4)); jaar <= Number(atw.einde.slice(0, 4)); jaar++) {
      const melding = `Voor ${jaar} zijn geen bij Koninklijk Besluit gelijkgestelde dagen bekend (Algemene termijnenwet art. 3 lid 3); controleer de termijnen die dan eindigen.`;
      if (!kalender.jarenMetBesluit.has(jaar) && !waarschuwingen.includes(melding))
        waarschuwingen.push(melding);
    }
    eind = atw.einde;
  }

  const lopendeOpschorting =
    regel.opschortingToegestaan &&
    opschortingen.some((o) => o.van <= vandaag && (o.tot === null || o.tot > vandaag));
  const status: TermijnStatus = inv.afgerondOp
    ? inv.afgerondOp <= eind
      ? "gehaald"
      : "verlopen"
    : lopendeOpschorting
      ? "opgeschort"
      : vandaag > eind
        ? regel.partij === "inwoner"
          ? "gehaald"
          : "verlopen"
        : "lopend";

  return {
    soort: regel.soort,
    partij: regel.partij,
    startdatum: start,
    oorspronkelijkeDatum: basis,
    uiterlijkeDatum: eind,
    status,
    opgeschortDagen: opgeschort,
    verlengdWeken: verlengd,
    afgerondOp: inv.afgerondOp,
    bron: regel.bron,
    uitleg: stappen.join(", "),
  };
}

/**
 * Every deadline that applies to the zaak on `vandaag`, in the order of the process. `kalender` holds the
 * days equated with a feestdag by Koninklijk Besluit (Atw art. 3 lid 3), as the beheerder keeps them.
 */
export function berekenTermijnen(feiten: TermijnFeiten, vandaag: string, kalender: Kalender): Berekening {
  const waarschuwingen: string[] = [];
  const ctx: Context = { feiten, vandaag, kalender, waarschuwingen };
  const invoer: Invoer[] = [];
  const regel = (soort: TermijnSoort, datum: string) =>
    regelVoor(soort, feiten.zaaktype, datum, feiten.lokaleTermijnen);
  const melding = feiten.meldingsdatum;

  const onderzoek = feiten.verzoekVanAanbieder ? undefined : regel("onderzoek", melding);
  if (onderzoek) {
    invoer.push({
      regel: onderzoek,
      start: melding,
      startLabel: "melding",
      afgerondOp: feiten.onderzoekAfgerondOp ?? null,
    });
  }
  const zoekperiode = regel("zoekperiode", melding);
  if (zoekperiode && feiten.geboortedatum && leeftijdOp(feiten.geboortedatum, melding) < 27) {
    invoer.push({ regel: zoekperiode, start: melding, startLabel: "melding", afgerondOp: null });
  }
  const hulpvraag = feiten.hulpvraagOp ?? melding;
  const gesprek = regel("eerste-gesprek", hulpvraag);
  if (gesprek) {
    invoer.push({
      regel: feiten.dreigendeUitzettingOfAfsluiting ? EERSTE_GESPREK_SPOED : gesprek,
      start: hulpvraag,
      startLabel: "hulpvraag",
      afgerondOp: feiten.eersteGesprekOp ?? null,
    });
  }
  const beslisStart = feiten.zaaktype === "schuldhulp" ? feiten.eersteGesprekOp : feiten.aanvraagdatum;
  const beslissing = beslisStart ? regel("beslissing", beslisStart) : undefined;
  if (beslisStart && beslissing) {
    invoer.push({
      regel: beslissing,
      start: beslisStart,
      startLabel: feiten.zaaktype === "schuldhulp" ? "eerste gesprek" : "aanvraag",
      afgerondOp: besluitVan(feiten),
    });
  }
  const voorschot = feiten.aanvraagdatum ? regel("voorschot", feiten.aanvraagdatum) : undefined;
  if (
    feiten.aanvraagdatum &&
    voorschot &&
    !(feiten.besluitdatum && feiten.besluitdatum <= plusWeken(feiten.aanvraagdatum, 4))
  ) {
    invoer.push({
      regel: voorschot,
      start: feiten.aanvraagdatum,
      startLabel: "aanvraag",
      afgerondOp: feiten.voorschotVerleendOp ?? feiten.besluitdatum ?? null,
    });
  }
  invoer.push(...verzoekInvoer(feiten));
  const bekend = feiten.beschikkingBekendgemaaktOp;
  const bezwaarRegel = bekend ? regel("bezwaar", bekend) : undefined;
  if (bekend && bezwaarRegel) {
    const bezwaar = bereken(
      {
        regel: bezwaarRegel,
        start: bekend,
        startLabel: "bekendmaking",
        afgerondOp: feiten.bezwaarOntvangenOp ?? null,
      },
      ctx,
    );
    const basisBeslissing = regel("beslissing-bezwaar", bezwaar.uiterlijkeDatum);
    const termijnen = [
      ...metIngebrekestelling(
        invoer.map((i) => bereken(i, ctx)),
        ctx,
      ),
      bezwaar,
    ];
    if (feiten.bezwaarOntvangenOp && basisBeslissing) {
      termijnen.push(
        bereken(
          {
            regel: feiten.adviescommissie ? BESLISSING_BEZWAAR_COMMISSIE : basisBeslissing,
            start: bezwaar.uiterlijkeDatum,
            startLabel: "einde bezwaartermijn",
            afgerondOp: feiten.besluitOpBezwaarOp ?? null,
          },
          ctx,
        ),
      );
    }
    return { termijnen: [...termijnen, ...huisverbod(ctx), ...rmcOverdracht(ctx)], waarschuwingen };
  }
  return {
    termijnen: [
      ...metIngebrekestelling(
        invoer.map((i) => bereken(i, ctx)),
        ctx,
      ),
      ...huisverbod(ctx),
      ...rmcOverdracht(ctx),
    ],
    waarschuwingen,
  };
}

/** The day the beschikking on the aanvraag was given: the besluit, or for the Wgs the toegangsbeschikking. */
export const besluitVan = (feiten: TermijnFeiten): string | null =>
  feiten.besluitdatum ?? feiten.toegangsbeschikkingOp ?? null;

/**
 * Awb 4:17 lid 3: after a written ingebrekestelling, received once the beslistermijn ended, two more weeks before the
 * dwangsom runs (domain/termijnen/dwangsom.ts computes the amount). Counted from the later of both days.
 */
function metIngebrekestelling(termijnen: Termijn[], ctx: Context): Termijn[] {
  const ontvangen = ctx.feiten.ingebrekestellingOntvangenOp;
  const beslissing = termijnen.find((t) => t.soort === "beslissing");
  const regel = ontvangen ? regelVoor("ingebrekestelling", ctx.feiten.zaaktype, ontvangen) : undefined;
  if (!ontvangen || !beslissing || !regel) return termijnen;
  const start = ontvangen > beslissing.uiterlijkeDatum ? ontvangen : beslissing.uiterlijkeDatum;
  return [
    ...termijnen,
    bereken(
      {
        regel,
        start,
        startLabel: start === ontvangen ? "ontvangst ingebrekestelling" : "einde beslistermijn",
        afgerondOp: besluitVan(ctx.feiten),
      },
      ctx,
    ),
  ];
}

function huisverbod(ctx: Context): Termijn[] {
  const { feiten } = ctx;
  const opgelegd = feiten.huisverbodOpgelegdOp;
  const regel = opgelegd ? regelVoor("huisverbod", feiten.zaaktype, opgelegd) : undefined;
  if (!opgelegd || !regel) return [];
  // Wth art. 9 lid 1: extension to at most 4 weeks after the order was imposed (to the date it set, if known).
  const tot = feiten.huisverbodVerlengdTot;
  const lengte = tot ? Math.min(dagenTussen(opgelegd, tot), 28) : 28;
  const toegepast = feiten.huisverbodVerlengd
    ? {
        ...regel,
        lengte,
        omschrijving:
          lengte === 28
            ? "verlengd tot 4 weken na het opleggen"
            : `verlengd tot ${lengte} dagen na het opleggen`,
        bron: "Wet tijdelijk huisverbod art. 9 lid 1",
      }
    : regel;
  return [
    bereken(
      {
        regel: toegepast,
        start: opgelegd,
        startLabel: "opgelegd",
        afgerondOp: feiten.huisverbodBeeindigdOp ?? null,
      },
      ctx,
    ),
  ];
}

/** Leerplicht: the hand-over to the RMC, from the signal six weeks before the 18th birthday to that birthday. */
function rmcOverdracht(ctx: Context): Termijn[] {
  const signaal = ctx.feiten.leerplichtRmcSignaalOp;
  const regel = signaal ? regelVoor("rmc-overdracht", ctx.feiten.zaaktype, signaal) : undefined;
  if (!signaal || !regel) return [];
  return [
    bereken(
      {
        regel,
        start: signaal,
        startLabel: "signaal",
        afgerondOp: ctx.feiten.leerplichtRmcOverdrachtOp ?? null,
      },
      ctx,
    ),
  ];
}

/** Answer clocks of a provider's verzoek om toewijzing/wijziging (iStandaarden OP274, OP346). */
function verzoekInvoer(feiten: TermijnFeiten): Invoer[] {
  const ontvangen = feiten.verzoekOntvangenOp;
  if (!ontvangen) return [];
  const invoer: Invoer[] = [];
  const regel = (soort: TermijnSoort, datum: string) => regelVoor(soort, feiten.zaaktype, datum);
  const antwoord = regel("verzoek-antwoord", ontvangen);
  if (antwoord) {
    invoer.push({
      regel: antwoord,
      start: ontvangen,
      startLabel: "ontvangst verzoek",
      afgerondOp: feiten.verzoekBeantwoordOp ?? null,
    });
  }
  const woonplaats = regel("woonplaatsbeginsel", ontvangen);
  if (woonplaats) {
    invoer.push({
      regel: woonplaats,
      start: ontvangen,
      startLabel: "ontvangst verzoek",
      afgerondOp: feiten.verzoekAfgehandeldOp ?? null,
    });
  }
  const inOnderzoek = feiten.verzoekInOnderzoekOp;
  const onderzoek = inOnderzoek ? regel("verzoek-onderzoek", inOnderzoek) : undefined;
  if (inOnderzoek && onderzoek) {
    invoer.push({
      regel: onderzoek,
      start: inOnderzoek,
      startLabel: "antwoord 'in onderzoek'",
      afgerondOp: feiten.verzoekAfgehandeldOp ?? null,
    });
  }
  return invoer;
}

/** The open deadline of the gemeente that comes first: what a werkvoorraad sorts on. */
export function eerstvolgendeTermijn(termijnen: readonly Termijn[]): Termijn | null {
  return (
    termijnen
      .filter((t) => t.partij === "gemeente" && t.afgerondOp === null)
      .sort((a, b) =>
        a.uiterlijkeDatum < b.uiterlijkeDatum ? -1 : a.uiterlijkeDatum > b.uiterlijkeDatum ? 1 : 0,
      )[0] ?? null
  );
}

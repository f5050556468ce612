/**
 * Judging an aanmelding (DOMAIN §2.1, 004 §4.1.2) in one pure function: the triage and veiligheidscheck,
 * enkelvoudig/meervoudig, the woonplaatsbeginsel for youth, the routing proposal and an override by the
 * IAG, and the domain rules that refuse an outcome (each refusal names its rule).
 */
import type { Actor } from "../autorisatie";
import type { Leefgebied } from "../routering/leefgebieden";
import {
  enkelvoudigOfMeervoudig,
  type Meervoudigheid,
  type RouteringConfiguratie,
  type RouteringUitkomst,
  routeer,
  type Veiligheid,
  WERKVOORRAAD_LABELS,
  type WetDomein,
} from "../routering/routering";
import {
  bepaalWoonplaats,
  normaliseerGemeentecode,
  type VerblijfSoort,
  type WoonplaatsUitkomst,
} from "../routering/woonplaatsbeginsel";
import { isZaaktype, type Zaaktype } from "../zaak/zaaktypen";
import type { ContactUitkomst, Veldfout } from "./contact";
import { valtOnderJeugdwet } from "./jeugdleeftijd";
import { beoordeelOverschrijving } from "./werkvoorraad-keuze";

/** The law domains as the IAG chooses them in the triage. */
export const WET_DOMEIN_LABELS: Record<WetDomein, string> = {
  wmo: "Wmo 2015 (maatschappelijke ondersteuning)",
  jeugd: "Jeugdwet (jeugdhulp)",
  "veilig-opgroeien": "Veilig opgroeien (Jeugdwet)",
  leerplicht: "Leerplicht",
  werk: "Participatiewet (werk en inkomen)",
  schuldhulp: "Schuldhulpverlening",
  onbekend: "Nog onbekend",
};

export interface WoonplaatsGegevens {
  /** Gemeente (CBS code) of the child's BRP address; absent = the address in our klantdossier (our gemeente). */
  brpGemeente?: string | null | undefined;
  verblijf?: { soort: VerblijfSoort; brpGemeenteVoorVerblijf?: string | null | undefined } | null | undefined;
  gemeenteMoederBijGeboorte?: string | null | undefined;
  feitelijkeVerblijfplaats?: string | null | undefined;
}

export interface TriageInvoer {
  /** Are there safety signals (yes/no), and which. */
  veiligheidssignalen: boolean;
  signalen?: string | undefined;
  veiligheid: Veiligheid;
  leefgebieden: readonly Leefgebied[];
  wetDomein: WetDomein;
  /** Further domains involved. */
  extraWetten?: readonly WetDomein[] | undefined;
  thema?: string | undefined;
  urgent?: boolean | undefined;
  aantalAanbieders?: number | undefined;
  /** Onveilig/crisis: the conversation with the Regiegroep and the actions agreed. */
  regiegroepOverleg?: { gesprek: string; acties: string } | undefined;
  woonplaats?: WoonplaatsGegevens | undefined;
}

export interface AanmeldingInvoer {
  uitkomst: ContactUitkomst;
  triage?: TriageInvoer | undefined;
  /** The hoofdpersoon (loaded from the klantdossier), or null when the contact is about nobody registered. */
  hoofdpersoon: { geboortedatum: string } | null;
  /** An explicit zaaktype; otherwise derived from the wetsdomein. */
  zaaktype?: Zaaktype | undefined;
  /** The IAG overrides the proposed werkvoorraad. */
  werkvoorraad?: { code: string; reden?: string | undefined } | undefined;
  /** Outcome overdracht: the gemeente that takes over. */
  overdrachtGemeente?: string | undefined;
  /** Outcome koppel: the chosen zaak is an open zaak of this person. */
  koppelZaak?: { gevonden: boolean; open: boolean } | undefined;
}

export interface AanmeldContext {
  gemeenteCode: string;
  configuratie: RouteringConfiguratie;
  /** ISO timestamp of the contact (office hours for youth crises). */
  tijdstip: string;
  /** Today (YYYY-MM-DD), for ages. */
  peildatum: string;
  actor: Pick<Actor, "rollen" | "vakgroepen">;
}

export interface TriageUitkomst {
  meervoudigheid: Meervoudigheid;
  voorstel: RouteringUitkomst;
  /** Only for youth (Jeugdwet): who is responsible. */
  woonplaats: WoonplaatsUitkomst | null;
}

export interface ZaakPlan {
  zaaktype: Zaaktype;
  routering: { werkvoorraad: string; regel: string; uitleg: string; spoed: boolean };
  overschreven: { van: string; naar: string; reden: string } | null;
  /** History entries to record on the new zaak. */
  gebeurtenissen: { soort: string; toelichting: string }[];
}

export type AanmeldRegel =
  | "veiligheidscheck-tegenstrijdig"
  | "regiegroep-overleg-vastleggen"
  | "zaak-zonder-persoon"
  | "jeugdwet-leeftijd"
  | "woonplaatsbeginsel-andere-gemeente"
  | "woonplaatsbeginsel-onbekend"
  | "overdracht-eigen-gemeente"
  | "koppel-geen-lopende-zaak"
  | "veiligheid-regiegroep"
  | "werkvoorraad-onbekend"
  | "werkvoorraad-geen-instroom"
  | "werkvoorraad-niet-toegestaan";

export type AanmeldBeoordeling =
  | { soort: "ongeldig"; fouten: Veldfout[] }
  | { soort: "geweigerd"; regel: AanmeldRegel; detail: string }
  | { soort: "akkoord"; triage: TriageUitkomst | null; zaak: ZaakPlan | null };

const JEUGDWET_DOMEINEN: readonly WetDomein[] = ["jeugd", "veilig-opgroeien"];

const bakNaam = (c: string) => WERKVOORRAAD_LABELS[c as keyof typeof WERKVOORRAAD_LABELS] ?? c;

const weiger = (regel: AanmeldRegel, detail: string): AanmeldBeoordeling => ({
  soort: "geweigerd",
  regel,
  detail,
});

/** Field checks of the triage answers (400). */
export function triageFouten(t: TriageInvoer): Veldfout[] {
  const fouten: Veldfout[] = [];
  if (t.veiligheidssignalen && !t.signalen?.trim())
    fouten.push({ veld: "triage.signalen", melding: "Beschrijf welke veiligheidssignalen er zijn" });
  if (t.regiegroepOverleg && !(t.veiligheid === "onveilig" || t.veiligheid === "crisis"))
    fouten.push({
      veld: "triage.regiegroepOverleg",
      melding: "Het overleg met de Regiegroep hoort bij een onveilige of crisissituatie",
    });
  return fouten;
}

/** Triage, veiligheidscheck, enkelvoudig/meervoudig, woonplaatsbeginsel and the routing proposal. */
export function beoordeelTriage(t: TriageInvoer, ctx: AanmeldContext): TriageUitkomst {
  const wetten = [t.wetDomein, ...(t.extraWetten ?? [])];
  const voorstel = routeer({
    wetDomein: t.wetDomein,
    veiligheid: t.veiligheid,
    leefgebieden: t.leefgebieden,
    configuratie: ctx.configuratie,
    tijdstip: ctx.tijdstip,
    wetten: t.extraWetten ?? [],
    ...(t.thema ? { thema: t.thema } : {}),
    ...(t.urgent !== undefined ? { urgent: t.urgent } : {}),
    ...(t.aantalAanbieders !== undefined ? { aantalAanbieders: t.aantalAanbieders } : {}),
  });
  const jeugdwet = wetten.some((w) => JEUGDWET_DOMEINEN.includes(w));
  const w = t.woonplaats;
  const woonplaats = jeugdwet
    ? bepaalWoonplaats({
        eigenGemeente: ctx.gemeenteCode,
        brpGemeente: w?.brpGemeente === undefined ? ctx.gemeenteCode : w.brpGemeente,
        verblijf: w?.verblijf ?? null,
        gemeenteMoederBijGeboorte: w?.gemeenteMoederBijGeboorte ?? null,
        feitelijkeVerblijfplaats: w?.feitelijkeVerblijfplaats ?? null,
      })
    : null;
  return {
    meervoudigheid: enkelvoudigOfMeervoudig(t.leefgebieden, wetten, t.aantalAanbieders ?? 0),
    voorstel,
    woonplaats,
  };
}

/** The zaaktype: the explicit choice, else the wetsdomein, else a regiezaak. */
export function zaaktypeVoor(t: TriageInvoer, gekozen?: Zaaktype): Zaaktype {
  if (gekozen) return gekozen;
  return isZaaktype(t.wetDomein) ? t.wetDomein : "regie";
}

/** The whole aanmelding: may this outcome be registered, and if it becomes a zaak, where does it go? */
export function beoordeelAanmelding(invoer: AanmeldingInvoer, ctx: AanmeldContext): AanmeldBeoordeling {
  const t = invoer.triage;
  if (t) {
    const fouten = triageFouten(t);
    if (fouten.length > 0) return { soort: "ongeldig", fouten };
    if (t.veiligheidssignalen && t.veiligheid === "veilig")
      return weiger(
        "veiligheidscheck-tegenstrijdig",
        'Veiligheidscheck: er zijn veiligheidssignalen genoemd, dan is de uitkomst niet "veilig". Kies zorgen, onveilig of crisis.',
      );
    if (
      (t.veiligheid === "onveilig" || t.veiligheid === "crisis") &&
      invoer.uitkomst !== "beantwoord" &&
      !(t.regiegroepOverleg?.gesprek.trim() && t.regiegroepOverleg.acties.trim())
    )
      return weiger(
        "regiegroep-overleg-vastleggen",
        "Onveilige signalen en crises worden direct met de Regiegroep besproken (004 §4.1.2 stap 2): leg het gesprek en de afgesproken acties vast.",
      );
  }
  const triage = t ? beoordeelTriage(t, ctx) : null;

  switch (invoer.uitkomst) {
    case "beantwoord":
      return { soort: "akkoord", triage, zaak: null };
    case "koppel":
      if (!invoer.koppelZaak?.gevonden || !invoer.koppelZaak.open)
        return weiger(
          "koppel-geen-lopende-zaak",
          "Een contact kan alleen worden toegevoegd aan een lopende zaak van dezelfde inwoner.",
        );
      return { soort: "akkoord", triage, zaak: null };
    case "overdracht":
      return beoordeelOverdracht(invoer, ctx, triage);
    case "zaak":
      return beoordeelZaak(invoer, ctx, triage);
  }
}

function beoordeelOverdracht(
  invoer: AanmeldingInvoer,
  ctx: AanmeldContext,
  triage: TriageUitkomst | null,
): AanmeldBeoordeling {
  const eigen = normaliseerGemeentecode(ctx.gemeenteCode);
  const naar = invoer.overdrachtGemeente ? normaliseerGemeentecode(invoer.overdrachtGemeente) : null;
  const woonplaats = triage?.woonplaats ?? null;
  if (woonplaats) {
    if (woonplaats.eigen)
      return weiger(
        "overdracht-eigen-gemeente",
        `Woonplaatsbeginsel: ${woonplaats.grond} Registreer een zaak in plaats van een overdracht.`,
      );
    if (!woonplaats.verantwoordelijk) return weiger("woonplaatsbeginsel-onbekend", woonplaats.grond);
    if (naar && naar !== woonplaats.verantwoordelijk)
      return {
        soort: "ongeldig",
        fouten: [
          {
            veld: "uitkomst.gemeente",
            melding: `Volgens het woonplaatsbeginsel is gemeente ${woonplaats.verantwoordelijk} verantwoordelijk`,
          },
        ],
      };
    return { soort: "akkoord", triage, zaak: null };
  }
  if (!naar)
    return {
      soort: "ongeldig",
      fouten: [{ veld: "uitkomst.gemeente", melding: "Kies de gemeente die de vraag overneemt" }],
    };
  if (naar === eigen)
    return weiger(
      "overdracht-eigen-gemeente",
      "Een warme overdracht gaat naar een andere gemeente, niet naar de eigen gemeente.",
    );
  return { soort: "akkoord", triage, zaak: null };
}

function beoordeelZaak(
  invoer: AanmeldingInvoer,
  ctx: AanmeldContext,
  triage: TriageUitkomst | null,
): AanmeldBeoordeling {
  const t = invoer.triage;
  if (!t || !triage)
    return {
      soort: "ongeldig",
      fouten: [{ veld: "triage", melding: "Doe eerst de triage en de veiligheidscheck" }],
    };
  if (!invoer.hoofdpersoon)
    return weiger(
      "zaak-zonder-persoon",
      "Een zaak hoort bij ten minste één inwoner: zoek of registreer de inwoner eerst. Anonieme meldingen neemt alleen Veilig Thuis aan.",
    );
  const zaaktype = zaaktypeVoor(t, invoer.zaaktype);
  if (zaaktype === "jeugd") {
    const leeftijd = valtOnderJeugdwet(invoer.hoofdpersoon.geboortedatum, ctx.peildatum);
    if (!leeftijd.past) return weiger("jeugdwet-leeftijd", leeftijd.melding);
  }
  if (triage.woonplaats) {
    if (!triage.woonplaats.verantwoordelijk)
      return weiger("woonplaatsbeginsel-onbekend", triage.woonplaats.grond);
    if (!triage.woonplaats.eigen)
      return weiger(
        "woonplaatsbeginsel-andere-gemeente",
        `${triage.woonplaats.grond} Leg een warme overdracht vast in plaats van een zaak.`,
      );
  }
  const voorstel = triage.voorstel;
  let routering: ZaakPlan["routering"] = {
    werkvoorraad: voorstel.werkvoorraad,
    regel: voorstel.regel,
    uitleg: voorstel.uitleg,
    spoed: voorstel.spoed,
  };
  let overschreven: ZaakPlan["overschreven"] = null;
  const keuze = invoer.werkvoorraad;
  if (keuze && keuze.code !== voorstel.werkvoorraad) {
    const reden = keuze.reden?.trim();
    if (!reden)
      return {
        soort: "ongeldig",
        fouten: [
          {
            veld: "uitkomst.werkvoorraad.reden",
            melding: "Geef de reden waarom u van de voorgestelde werkvoorraad afwijkt",
          },
        ],
      };
    const oordeel = beoordeelOverschrijving(ctx.actor, {
      van: voorstel.werkvoorraad,
      naar: keuze.code,
      veiligheid: t.veiligheid,
    });
    if (!oordeel.toegestaan) return weiger(oordeel.regel as AanmeldRegel, oordeel.reden);
    overschreven = { van: voorstel.werkvoorraad, naar: keuze.code, reden };
    routering = {
      werkvoorraad: keuze.code,
      regel: "handmatig",
      uitleg: `Voorgesteld was de werkvoorraad ${bakNaam(voorstel.werkvoorraad)} (${voorstel.uitleg}) De IAG koos de werkvoorraad ${bakNaam(keuze.code)}: ${reden}`,
      spoed: voorstel.spoed,
    };
  }
  const gebeurtenissen: ZaakPlan["gebeurtenissen"] = [];
  if (t.regiegroepOverleg && (t.veiligheid === "onveilig" || t.veiligheid === "crisis")) {
    gebeurtenissen.push({
      soort: t.veiligheid === "crisis" ? "crisis-besproken" : "onveilig-besproken",
      toelichting: `${t.veiligheid === "crisis" ? "Crisis" : "Onveilige situatie"} besproken met de Regiegroep. Gesprek: ${t.regiegroepOverleg.gesprek.trim()} Acties: ${t.regiegroepOverleg.acties.trim()}`,
    });
  }
  if (overschreven) {
    gebeurtenissen.push({
      soort: "werkvoorraad-gekozen",
      toelichting: `Werkvoorraad ${bakNaam(overschreven.naar)} gekozen in plaats van ${bakNaam(overschreven.van)}: ${overschreven.reden}`,
    });
  }
  return { soort: "akkoord", triage, zaak: { zaaktype, routering, overschreven, gebeurtenissen } };
}

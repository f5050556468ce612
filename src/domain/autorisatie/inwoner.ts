/**
 * Rule 30 of the policy (beleid.ts): the resident in Mijn Voordeur (issue 16). A resident is not a medewerker, so
 * this is its own small decision with its own actor — the staff rules never apply to a resident, and no staff role
 * reaches a portal resource.
 *
 * 30a. A resident acts in their own gemeente only, for themselves or for the one person they chose to act for
 *      (`namens`); whether they may act for that person was checked when they chose (`magOptredenVoor`).
 * 30b. They read a zaak (its status in words, its deadlines, its besluiten and letters, the plan) only when its
 *      hoofdpersoon is the person they act for. Never the persoonlijke werkaantekeningen, the journal, the triage or
 *      other persons' data: the portal's views hold none of it (domain/portaal/status.ts).
 * 30c. They ask for help (a hulpvraag) for the person they act for; they read their own hulpvragen.
 * 30d. On such a zaak they read the letters addressed to them or to whom they act for (never internal documents:
 *      BRIEVEN_VOOR_INWONER, nor the other parent's letter), read the
 *      resultatenplan once it was shared for signing and sign it (`wijzigen`), and submit and read a bezwaar.
 * 30e. On such a zaak they read and write the secure conversation with the gemeente (never change a sent message).
 * 30f. They ask inzage (AVG art. 15) in the data of the person they act for, and read the inzage given; for a child
 *      of 16 or older only the child itself (domain/inzage/verzoek.ts, UAVG art. 5).
 * 30g. On such a zaak they read the documents the consulent asked for and upload them (`wijzigen` answers one).
 * 30h. On such a zaak they see the coming appointments and move one to a free time (`wijzigen`).
 */
import { leeftijdOp } from "../persoon/leeftijd";
import { isBriefVoorInwoner } from "../portaal/brieven";
import { GEDEELD_MET_INWONER } from "../portaal/ondertekening";
import type { PlanStatus } from "../resultatenplan/status";
import type { Actie, Oordeel } from "./beleid";

export interface InwonerActor {
  /** The resident who logged in (DigiD). */
  persoonId: string;
  gemeenteCode: string;
  /** For whom they act now: themselves (= persoonId) or a person they represent. */
  namensPersoonId: string;
}

export type InwonerResource =
  | { soort: "zaak"; gemeenteCode: string; hoofdpersoonId: string | null }
  | { soort: "hulpvraag"; gemeenteCode: string; persoonId: string }
  | {
      soort: "brief";
      gemeenteCode: string;
      hoofdpersoonId: string | null;
      documentSoort: string;
      /** The persons the letter is addressed to; null: not recorded (a scan, an older letter). */
      aan: readonly string[] | null;
    }
  | { soort: "plan"; gemeenteCode: string; hoofdpersoonId: string | null; planStatus: PlanStatus }
  | { soort: "bezwaar"; gemeenteCode: string; hoofdpersoonId: string | null }
  | { soort: "inwonerbericht"; gemeenteCode: string; hoofdpersoonId: string | null }
  | { soort: "inzageverzoek"; gemeenteCode: string; persoonId: string }
  | { soort: "documentverzoek"; gemeenteCode: string; hoofdpersoonId: string | null }
  | { soort: "afspraak"; gemeenteCode: string; hoofdpersoonId: string | null };

const VAN_ZAAK_ANDER = "Dit hoort bij een zaak die niet over u gaat of over iemand voor wie u optreedt.";

const toegestaan = (grond: string): Oordeel => ({ toegestaan: true, grond });
const geweigerd = (reden: string): Oordeel => ({ toegestaan: false, reden });

export function beslisInwoner(actor: InwonerActor, actie: Actie, resource: InwonerResource): Oordeel {
  if (resource.gemeenteCode !== actor.gemeenteCode) return geweigerd("Dit hoort bij een andere gemeente.");
  switch (resource.soort) {
    case "zaak":
      if (actie !== "lezen")
        return geweigerd("Een zaak wijzigt u via de knoppen bij de zaak, niet rechtstreeks.");
      return resource.hoofdpersoonId === actor.namensPersoonId
        ? toegestaan("30b: de zaak gaat over de inwoner of over wie hij optreedt")
        : geweigerd("Deze zaak gaat niet over u of over iemand voor wie u optreedt.");
    case "hulpvraag":
      if (actie === "verwijderen" || actie === "wijzigen")
        return geweigerd("Een verstuurde hulpvraag kunt u niet meer wijzigen.");
      return resource.persoonId === actor.namensPersoonId
        ? toegestaan("30c: de hulpvraag gaat over de inwoner of over wie hij optreedt")
        : geweigerd("Deze hulpvraag gaat niet over u of over iemand voor wie u optreedt.");
    case "brief":
      if (resource.hoofdpersoonId !== actor.namensPersoonId) return geweigerd(VAN_ZAAK_ANDER);
      if (actie !== "lezen") return geweigerd("Een brief kunt u alleen lezen.");
      // With separated parents each gets a letter with their own address: not the other parent's (30d).
      if (resource.aan && !resource.aan.some((p) => p === actor.persoonId || p === actor.namensPersoonId))
        return geweigerd("Deze brief is aan iemand anders gericht.");
      return isBriefVoorInwoner(resource.documentSoort)
        ? toegestaan("30d: een brief aan de inwoner over zijn zaak")
        : geweigerd("Dit document is niet voor u bestemd.");
    case "plan":
      if (resource.hoofdpersoonId !== actor.namensPersoonId) return geweigerd(VAN_ZAAK_ANDER);
      if (!GEDEELD_MET_INWONER.includes(resource.planStatus))
        return geweigerd("De consulent heeft het plan nog niet met u gedeeld.");
      if (actie === "lezen" || actie === "wijzigen") return toegestaan("30d: het gedeelde plan van de zaak");
      return geweigerd("Een plan kunt u lezen en ondertekenen.");
    case "bezwaar":
      if (resource.hoofdpersoonId !== actor.namensPersoonId) return geweigerd(VAN_ZAAK_ANDER);
      return actie === "lezen" || actie === "aanmaken"
        ? toegestaan("30d: bezwaar tegen een besluit over de inwoner")
        : geweigerd("Een ingediend bezwaar kunt u niet wijzigen. Neem contact op met de gemeente.");
    case "inwonerbericht":
      if (resource.hoofdpersoonId !== actor.namensPersoonId) return geweigerd(VAN_ZAAK_ANDER);
      return actie === "lezen" || actie === "aanmaken"
        ? toegestaan("30e: het gesprek over de zaak met de gemeente")
        : geweigerd("Een verstuurd bericht kunt u niet wijzigen.");
    case "afspraak":
      if (resource.hoofdpersoonId !== actor.namensPersoonId) return geweigerd(VAN_ZAAK_ANDER);
      return actie === "lezen" || actie === "wijzigen"
        ? toegestaan("30h: de afspraken van de zaak zien en verzetten")
        : geweigerd("Een afspraak verzet u; afzeggen of een nieuwe maken doet u met uw contactpersoon.");
    case "documentverzoek":
      if (resource.hoofdpersoonId !== actor.namensPersoonId) return geweigerd(VAN_ZAAK_ANDER);
      return actie === "lezen" || actie === "wijzigen"
        ? toegestaan("30g: een document aanleveren dat de consulent vroeg")
        : geweigerd("Een gevraagd document levert u aan; het verzoek zelf wijzigt u niet.");
    case "inzageverzoek":
      if (resource.persoonId !== actor.namensPersoonId)
        return geweigerd("Dit verzoek gaat niet over u of over iemand voor wie u optreedt.");
      return actie === "lezen" || actie === "aanmaken"
        ? toegestaan("30f: inzage in de eigen gegevens (AVG art. 15)")
        : geweigerd("Een verstuurd verzoek kunt u niet wijzigen.");
  }
}

/** A recorded relation of the logged-in resident, read as "the resident is <soort> of `gerelateerde`". */
export interface EigenRelatie {
  soort: string;
  gerelateerdeId: string;
  gerelateerdeGeboortedatum: string;
}

/**
 * May the resident act for `andere` on `peildatum`? Only on a recorded, current relation (issue 16: "the system checks
 * the recorded relation"):
 * - gezag over a minor: parental authority includes representing the child (BW art. 1:245 lid 4), and ends at 18
 *   (BW art. 1:233);
 * - wettelijk vertegenwoordiger (curator, mentor; Wmo 2015 art. 1.1.1 "vertegenwoordiger"), at any age.
 * Being a parent without gezag, a partner or a mantelzorger is not enough: that needs a machtiging, recorded as
 * wettelijk-vertegenwoordiger by the consulent.
 */
export function magOptredenVoor(
  relaties: readonly EigenRelatie[],
  andereId: string,
  peildatum: string,
): boolean {
  return relaties.some(
    (r) =>
      r.gerelateerdeId === andereId &&
      ((r.soort === "gezag" && leeftijdOp(r.gerelateerdeGeboortedatum, peildatum) < 18) ||
        r.soort === "wettelijk-vertegenwoordiger"),
  );
}

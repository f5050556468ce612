/**
 * The one authorisation policy of Voordeur (DOMAIN.md §6). Pure: the HTTP layer asks `beslis` before
 * every read or change, and records the outcome in the audit log.
 *
 * Rules, in order:
 *  1. Never across gemeenten: a medewerker only acts within their own gemeente (tenancy is also enforced
 *     by row-level security in the database; this is the second lock).
 *  2. Persoonlijke werkaantekeningen: the author only — not even the teamleider.
 *  3. Who is involved with a resident (betrokkenheid): every Toegang medewerker.
 *  4. Basisgegevens of a resident (name, address, BSN): every Toegang medewerker, IAG included,
 *     for quick phone service.
 *     4a. Need-to-know for the partner (issue 16; 000 §4): a medewerker whose only role is buurtteam works for the
 *         welfare organisation, not the gemeente, so they read and change the basisgegevens only of residents they
 *         work with — a zaak on their name, an open zaak in the buurtteam werkvoorraad — and a search finds only
 *         those (the application computes `inwoner.eigen` and narrows the search: personen/basisgegevens.ts).
 *         Registering a new resident stays open to them (the aanmeldteam role of the buurtteam).
 *  5. Zaak content: teamleider and Regiegroep see everything; others only zaken of their own vakgroep,
 *     zaken on their name, or zaken they were added to (casemanager Veilig Opgroeien); the buurtteam the zaken of
 *     the buurtteam werkvoorraad, which its professionals pick up. A&O and the jurist
 *     are not a vakgroep of the Toegang: they see a zaak only in their phase (`inFaseVanAo`, `inFaseVanJurist`).
 *  6. Beheer (users, vakgroepen, catalogue, the gemeente's settings such as its routing model): the beheerder;
 *     the teamleider may read.
 *  7. The audit log: the teamleider reads it (../shared/API.md); nobody changes it.
 *  8. Inzage (AVG art. 15): the teamleider composes and reads it.
 *  9. Contactregistratie: every Toegang medewerker registers and reads contacts (IAG answers the phone).
 * 10. Kwaliteit (cliëntenstops, kwaliteits- and contractsignalen): the teamleider (kwaliteitsteam) and
 *     the beheerder set them; every Toegang medewerker reads them (the plan screen warns).
 * 11. Berichten (iWmo/iJw messages with providers): A&O and the beheerder handle them; the teamleider
 *     and the jurist read them.
 * 12. Goedkeuring (a teamleider's signature: deviation after the Omgekeerde Toets, individuele
 *     overeenkomst): only the teamleider gives it; every Toegang medewerker may read it.
 * 13. Agenda (working hours and locations of a medewerker): every Toegang medewerker reads agendas to
 *     book appointments; a medewerker changes their own, the teamleider and beheerder any.
 *     13a. The intake with the buurtteam (issue 16; 000 §4): right after an aanmelding that landed in the buurtteam
 *          werkvoorraad, the aanmeldteam (iag, toegangsmedewerker) and the teamleider book the first appointment in
 *          a buurtteam professional's agenda — from the IAG screen, without reading the zaak's content: only while
 *          the zaak is a melding without any appointment.
 * 14. Rapportage (management figures, anonymous survey answers): the teamleider and the beheerder.
 * 15. Kalender (the days equated with a feestdag by Koninklijk Besluit, Algemene termijnenwet art. 3 lid 3;
 *     national data, reached through the medewerker's own gemeente): every medewerker reads it, because
 *     deadlines follow from it; only the beheerder adds or removes a day.
 * 16. Casus (a zaak brought into the casuïstiekoverleg, DOMAIN.md §2.2 and §6): every Toegang medewerker
 *     reads the structured, anonymised samenvatting; the free text (omschrijving, the question, the
 *     uitkomst) is zaak content, so only the zaak's vakgroep, the Regiegroep, the teamleider and whoever
 *     already works on the zaak (behandelaar, medebehandelaar) read it. Changes go through the zaak.
 * 17. Op- en afschaalvoorstellen (four eyes, DOMAIN §2.5): the consulent proposes; a buurtteam medewerker
 *     who is not the proposer confirms or refuses. Consulent, buurtteam and teamleider read proposals: the
 *     buurtteam sees the proposal (motivation, resident, current support), not the rest of the zaak.
 * 18. Meldcode huiselijk geweld en kindermishandeling (DOMAIN §5, §6): its content (signals, consultation,
 *     conversation, weighing, decisions, the melding) only for vakgroep Veilig Opgroeien, the Regiegroep, the
 *     teamleider and its author; its existence ("Meldcode loopt", no content) for whoever may read the zaak, as
 *     involvement. Whoever may read the zaak may start one (every professional has the duty), and the IAG on any
 *     zaak of the gemeente (it hears the signals at the front door, after routing); only those who
 *     see the content record steps or close it; a Meldcode is never deleted.
 * 19. Huisverbod (Wet tijdelijk huisverbod; DOMAIN §4, seed 004 §7.1.2): the Regiegroep carries it with the GGD.
 *     Its content (the burgemeester's besluit, the uithuisgeplaatste and achterblijvers, the GGD contacts, the
 *     support zaken) only for the Regiegroep and the teamleider, who also register, extend, end it and start the
 *     support zaken; its existence ("huisverbod loopt", no content) for whoever may read the zaak, as involvement.
 *     A huisverbod is never deleted.
 * 20. Veiligheidsprotocollen (seed 004 §10.5): every medewerker reads the protocol texts (calamiteiten, alarm,
 *     agressie, PSHI); only the beheerder changes them, and no version is deleted. Every medewerker may report a
 *     calamiteit threat or a PSHI incident to the teamleider; what is reported can be sensitive, so only the
 *     teamleider and the melder read it; only the teamleider starts the protocol, records its steps and closes it.
 * 21. Regiegroep themes (seed 004 §7.1.2: Spoed voor Jeugd, nazorg ex-gedetineerden): like rule 19, the content for
 *     the Regiegroep and the teamleider, its existence for whoever may read the zaak; never deleted.
 * 22. Veilig Opgroeien (DOMAIN §4, seed 004 §8): the veiligheidsbeoordeling, the gedwongen kader (VTO, Raad,
 *     kinderrechter, OTS), the Beschermtafel and the advice requests. Content and every change for vakgroep Veilig
 *     Opgroeien, the Regiegroep and the teamleider; the gedragswetenschapper reads the content of a zaak where their
 *     advice was asked and is the only one who records an advice; its existence ("Veilig Opgroeien betrokken", no
 *     content) for whoever may read the zaak, as involvement. Nothing of it is deleted.
 * 23. Signs of Safety (DOMAIN §5, seed 004 §10.4): the mapping, the veiligheidsschaal and the veiligheidsplan of
 *     a zaak are safety content, like the Meldcode's: of those who may read the zaak only vakgroep Veilig
 *     Opgroeien, the Regiegroep, the teamleider and whoever works on the zaak (behandelaar, medebehandelaar) read,
 *     start and change them — not every colleague of the zaak's vakgroep; its existence ("Signs of Safety
 *     loopt", no content) for whoever may read the zaak, as involvement. Nothing of it is deleted (scale rounds
 *     are appended).
 * 24. Schuldhulp (Wgs; DOMAIN §4, §6): the Wgs facts (hulpvraag, the threat that makes it spoed, the eerste gesprek, the
 *     toegangsbeschikking) and the plan van aanpak are privacy-sensitive content: of those who may read the zaak only
 *     vakgroep Schuldhulp, the Regiegroep, the teamleider and whoever works on the zaak (behandelaar,
 *     medebehandelaar) read and record them; its existence ("schuldhulp loopt") for whoever may read the zaak.
 *     24a. The ingebrekestelling (Awb 4:17) on any zaak with a beslistermijn: whoever may change the zaak records it,
 *     and the jurist (who handles dwangsom and beroep) on every zaak of the gemeente; whoever may read the zaak
 *     sees the dwangsom, the jurist too. Nothing of it is deleted.
 * 25. Vakgroep Jeugd (DOMAIN §4, seed 004 §5): leerplicht, schoolmaatschappelijk werk, POH-jeugd.
 *     25a. The verzuimaanpak on a leerplicht zaak: its existence and its content for whoever may read the zaak
 *          (rule 5: the vakgroep Jeugd, the Regiegroep, the teamleider, and the casemanager Veilig Opgroeien once
 *          it was handed over); only the leerplichtambtenaren (vakgroep Leerplicht) and the teamleider record the
 *          steps — the officiële waarschuwing and the proces-verbaal are the leerplichtambtenaar's own powers
 *          (Leerplichtwet 1969 art. 16 and 22). Never deleted.
 *     25b. Schools: every medewerker reads them; the beheerder keeps them (and links the SMW'ers).
 *     25c. Short contacts and trainings of schoolmaatschappelijk werk (no personal data): the SMW'ers record them,
 *          at a school they are linked to; they and the teamleider read the counts.
 *     25d. POH-jeugd registrations at a huisartsenpraktijk (no personal data): the POH-jeugd records them; they and
 *          the teamleider read the counts. 25c and 25d are never changed or deleted (a count of what happened).
 * 27. Tarieven en bestedingen (issue 17; seed 004 §11, §7.1.3): tariffs are regional contract data like the
 *     catalogue: every medewerker reads them (the plan and the toewijzing show the expected cost); only the
 *     beheerder adds or ends one, and none is deleted (a tariff is ended by its einddatum). Realised spending
 *     (declared against granted, per toewijzing, aanbieder and product) is steering information: A&O (who
 *     handle the declaraties), the teamleider and the beheerder read it; nobody changes it — it follows from
 *     the declaraties (messages, rule 11).
 * 30. Mijn Voordeur (issue 16): the resident is not a medewerker; their own small rule with its own actor is in
 *     `inwoner.ts` (`beslisInwoner`): only zaken about the person they act for, in their gemeente, read-only;
 *     their hulpvragen; acting for someone else only on a recorded gezag over a minor or wettelijke vertegenwoordiging.
 * 31. Vroegsignalering (issue 15; Wgs art. 3 lid 1 onder b): the signals of payment arrears name a resident and a
 *     debt, so only vakgroep Schuldhulp (who follows them up) and the teamleider read them; vakgroep Schuldhulp
 *     registers a signal and records the contact attempt and the outcome; the teamleider reads the counts too.
 *     A signal is never deleted (what came of each signal is counted).
 * 26. Sociale kaart (issue 16; 000 §4, 003 Stroom 1): every medewerker reads the kaart (the public reads it without
 *     a login, outside this policy: it holds no personal data); the beheerder and the buurtteam (the welfare
 *     partner who knows the voorliggend veld of the wijk) add, change, archive and import voorzieningen.
 *     A voorziening is archived, never deleted: a resultatenplan may have chosen it.
 */
import type { Rol } from "../gebruikers/rollen";
import { isBuurtteam, isConsulent } from "../opschalen/voorstel";
import { WERKVOORRAAD_BUURTTEAM, type WerkvoorraadCode } from "../routering/routering";
import type { ZaakStatus } from "../zaak/zaaktypen";

export interface Actor {
  medewerkerId: string;
  gemeenteCode: string;
  rollen: readonly string[];
  vakgroepen: readonly string[];
}

export type Actie = "lezen" | "aanmaken" | "wijzigen" | "verwijderen";

export type Resource =
  | { soort: "gebruikersbeheer"; gemeenteCode: string }
  | { soort: "catalogus"; gemeenteCode: string }
  /** Settings of the gemeente (the routing model): rule 6. */
  | { soort: "instellingen"; gemeenteCode: string }
  | { soort: "auditlog"; gemeenteCode: string }
  | { soort: "inzage"; gemeenteCode: string }
  | { soort: "betrokkenheid"; gemeenteCode: string }
  | {
      soort: "basisgegevens";
      gemeenteCode: string;
      /** About one resident: is it one the actor works with (rule 4a)? Absent: a search or a new registration. */
      inwoner?: { eigen: boolean };
    }
  | { soort: "werkaantekening"; gemeenteCode: string; auteurId: string }
  | {
      soort: "zaak";
      gemeenteCode: string;
      vakgroep: string | null;
      behandelaarId: string | null;
      /** Medewerkers explicitly added to the zaak (e.g. the casemanager Veilig Opgroeien in a Regiegroep zaak). */
      medebehandelaarIds?: readonly string[];
      /** The zaak's status (ZAAK_STATUSSEN); absent when the question is about a werkvoorraad as a whole. */
      status?: string;
      zaaktype?: string;
      /** A besluit was taken in the zaak's current cycle (zaken.feiten.besluitdatum). */
      besluitGenomen?: boolean;
      /** The zaak came from a provider's verzoek om toewijzing/wijziging (iWmo/iJw 315/317), which A&O answers. */
      verzoekVanAanbieder?: boolean;
    }
  | { soort: "contact"; gemeenteCode: string }
  | { soort: "kwaliteit"; gemeenteCode: string }
  | { soort: "berichten"; gemeenteCode: string }
  | { soort: "goedkeuring"; gemeenteCode: string }
  | { soort: "agenda"; gemeenteCode: string; medewerkerId: string }
  | {
      soort: "intake-afspraak";
      gemeenteCode: string;
      werkvoorraad: string;
      status: string;
      /** Appointments the zaak has already (cancelled ones too). */
      afspraken: number;
    }
  | { soort: "rapportage"; gemeenteCode: string }
  | { soort: "kalender"; gemeenteCode: string }
  | {
      soort: "casus";
      gemeenteCode: string;
      /** The structured, anonymised summary, or the free text of the zaak in the overleg. */
      deel: CasusDeel;
      vakgroep: string | null;
      behandelaarId: string | null;
      medebehandelaarIds?: readonly string[];
    }
  | { soort: "schaalvoorstel"; gemeenteCode: string; voorgesteldDoor: string | null }
  | {
      soort: "meldcode";
      gemeenteCode: string;
      /** That a Meldcode runs on the zaak, or what it says. */
      deel: MeldcodeDeel;
      /** Who started it (null when the question is whether one may be started). */
      auteurId: string | null;
      /** The zaak it runs on: its existence follows the zaak (rule 5). */
      zaak: ZaakResource;
    }
  | { soort: "huisverbod"; gemeenteCode: string; deel: HuisverbodDeel; zaak: ZaakResource }
  | { soort: "regiethema"; gemeenteCode: string; deel: HuisverbodDeel; zaak: ZaakResource }
  | { soort: "protocol"; gemeenteCode: string }
  | { soort: "tarief"; gemeenteCode: string }
  | { soort: "besteding"; gemeenteCode: string }
  | { soort: "sociale-kaart"; gemeenteCode: string }
  | { soort: "signs-of-safety"; gemeenteCode: string; deel: SignsOfSafetyDeel; zaak: ZaakResource }
  | { soort: "schuldhulp"; gemeenteCode: string; deel: SchuldhulpDeel; zaak: ZaakResource }
  | { soort: "ingebrekestelling"; gemeenteCode: string; zaak: ZaakResource }
  | {
      soort: "veilig-opgroeien";
      gemeenteCode: string;
      /** That Veilig Opgroeien is involved, what it recorded, or the gedragswetenschapper's advice itself. */
      deel: VeiligOpgroeienDeel;
      /** The gedragswetenschapper's advice was asked on this zaak. */
      adviesGevraagd: boolean;
      zaak: ZaakResource;
    }
  | { soort: "leerplicht"; gemeenteCode: string; deel: MeldcodeDeel; zaak: ZaakResource }
  | { soort: "school"; gemeenteCode: string }
  | {
      soort: "smw-registratie";
      gemeenteCode: string;
      /** The actor is linked to the school (null when the question is about the counts). */
      gekoppeld: boolean | null;
    }
  | { soort: "poh-registratie"; gemeenteCode: string }
  | { soort: "vroegsignaal"; gemeenteCode: string }
  | {
      soort: "protocolmelding";
      gemeenteCode: string;
      /** Who reported it (null when the question is whether one may be reported). */
      melderId: string | null;
    };

export type MeldcodeDeel = "bestaan" | "inhoud";
/** Same two parts for a huisverbod (rule 19). */
export type HuisverbodDeel = MeldcodeDeel;
/** Same two parts for Signs of Safety (rule 23). */
export type SignsOfSafetyDeel = MeldcodeDeel;

/** Same two parts for schuldhulp (rule 24). */
export type SchuldhulpDeel = MeldcodeDeel;

/** Rule 22: existence, content, and the advice (written only by the gedragswetenschapper). */
export type VeiligOpgroeienDeel = "bestaan" | "inhoud" | "advies";

export type CasusDeel = "samenvatting" | "vrije-tekst";

export type Oordeel = { toegestaan: true; grond: string } | { toegestaan: false; reden: string };

/** Vakgroep whose members carry "1 gezin – 1 plan – 1 regisseur" and therefore see every zaak. */
export const REGIEGROEP = "regiegroep";

/** The roles of the Toegang (everyone but the functional beheerder): they work with residents and have agendas. */
export const TOEGANGSROLLEN: readonly Rol[] = [
  "iag",
  "toegangsmedewerker",
  "ao",
  "jurist",
  "teamleider",
  "buurtteam",
  "gedragswetenschapper",
];

/** Every logged-in medewerker: the Toegang and the functional beheerder. */
const ALLE_ROLLEN: readonly Rol[] = [...TOEGANGSROLLEN, "beheerder"];

/**
 * Rule 4a: a medewerker of the partner (the buurtteam, a welfare organisation) and of no gemeente role: their access
 * to residents is need-to-know.
 */
export function isPartner(actor: Pick<Actor, "rollen">): boolean {
  return (
    actor.rollen.includes("buurtteam") &&
    !TOEGANGSROLLEN.some((r) => r !== "buurtteam" && actor.rollen.includes(r))
  );
}

function heeft(actor: Actor, ...rollen: Rol[]): boolean {
  return rollen.some((rol) => actor.rollen.includes(rol));
}

const ja = (grond: string): Oordeel => ({ toegestaan: true, grond });
const nee = (reden: string): Oordeel => ({ toegestaan: false, reden });

export function beslis(actor: Actor, actie: Actie, resource: Resource): Oordeel {
  if (actor.gemeenteCode !== resource.gemeenteCode) {
    return nee("Deze gegevens horen bij een andere gemeente.");
  }
  switch (resource.soort) {
    case "gebruikersbeheer":
    case "catalogus":
    case "instellingen":
      if (heeft(actor, "beheerder")) return ja("functioneel beheerder");
      if (actie === "lezen" && heeft(actor, "teamleider")) return ja("teamleider mag beheergegevens inzien");
      if (actie === "lezen" && resource.soort === "catalogus" && heeft(actor, ...TOEGANGSROLLEN)) {
        return ja("de catalogus is voor alle medewerkers van de Toegang zichtbaar");
      }
      return nee("Alleen een functioneel beheerder mag dit beheren.");
    case "auditlog":
      if (actie !== "lezen") return nee("Het auditlog kan niet worden gewijzigd.");
      if (heeft(actor, "teamleider")) return ja("toezicht op gebruik van persoonsgegevens");
      return nee("Alleen de teamleider mag het auditlog inzien.");
    case "inzage":
      if (actie === "wijzigen" || actie === "verwijderen")
        return nee("Een verstrekte inzage wordt niet gewijzigd.");
      if (heeft(actor, "teamleider")) return ja("de teamleider beslist over inzage (AVG art. 15)");
      return nee("Alleen de teamleider stelt een inzage samen.");
    case "werkaantekening":
      if (resource.auteurId === actor.medewerkerId) return ja("eigen persoonlijke werkaantekening");
      return nee("Persoonlijke werkaantekeningen zijn alleen zichtbaar voor wie ze schreef.");
    case "betrokkenheid":
      if (actie === "lezen" && heeft(actor, ...TOEGANGSROLLEN)) {
        return ja("iedere medewerker van de Toegang mag zien wie betrokken is");
      }
      return nee("U mag niet zien wie bij deze inwoner betrokken is.");
    case "basisgegevens":
      if (actie === "verwijderen") return nee("Basisgegevens van een inwoner worden niet verwijderd.");
      if (isPartner(actor) && resource.inwoner && !resource.inwoner.eigen)
        return nee(
          "Het buurtteam ziet alleen inwoners met wie het werkt: een zaak op uw naam of in de werkvoorraad van het buurtteam.",
        );
      if (isPartner(actor))
        return ja(
          resource.inwoner ? "4a: een inwoner met wie het buurtteam werkt" : "4a: binnen de eigen inwoners",
        );
      if (heeft(actor, ...TOEGANGSROLLEN)) return ja("basisgegevens voor dienstverlening door de Toegang");
      return nee("U mag de gegevens van inwoners niet inzien.");
    case "zaak":
      return beslisZaak(actor, actie, resource);
    case "contact":
      if (actie === "verwijderen") return nee("Een contactregistratie wordt niet verwijderd.");
      if (heeft(actor, ...TOEGANGSROLLEN)) return ja("contactregistratie door de Toegang");
      return nee("Alleen medewerkers van de Toegang registreren contacten.");
    case "kwaliteit":
      if (actie === "verwijderen") return nee("Kwaliteitsgegevens worden niet verwijderd maar beëindigd.");
      if (heeft(actor, "teamleider", "beheerder")) return ja("kwaliteitsteam: teamleider of beheerder");
      if (actie === "lezen" && heeft(actor, ...TOEGANGSROLLEN))
        return ja("de Toegang ziet cliëntenstops en signalen");
      return nee("Alleen de teamleider of de beheerder legt cliëntenstops en signalen vast.");
    case "berichten":
      if (actie === "verwijderen")
        return nee("Berichten worden bewaard zoals ze zijn verzonden of ontvangen.");
      if (heeft(actor, "ao", "beheerder")) return ja("A&O en beheer handelen berichten met aanbieders af");
      if (actie === "lezen" && heeft(actor, "teamleider", "jurist")) return ja("berichten inzien");
      return nee("Alleen A&O en de beheerder werken met berichten van en naar aanbieders.");
    case "goedkeuring":
      if (actie === "wijzigen" || actie === "verwijderen")
        return nee("Een gegeven goedkeuring wordt niet gewijzigd; geef zo nodig een nieuwe.");
      if (actie === "aanmaken") {
        if (heeft(actor, "teamleider"))
          return ja("de teamleider tekent afwijkingen en individuele overeenkomsten");
        return nee("Alleen de teamleider kan dit goedkeuren.");
      }
      if (heeft(actor, ...TOEGANGSROLLEN)) return ja("goedkeuringen zijn zichtbaar voor de Toegang");
      return nee("U mag deze goedkeuring niet inzien.");
    case "agenda":
      if (actie === "lezen") {
        if (heeft(actor, ...TOEGANGSROLLEN, "beheerder")) return ja("agenda's inzien om afspraken te maken");
        return nee("U mag geen agenda's inzien.");
      }
      if (heeft(actor, "teamleider", "beheerder")) return ja("agenda's beheren");
      if (resource.medewerkerId === actor.medewerkerId) return ja("eigen agenda");
      return nee("U mag alleen uw eigen agenda wijzigen.");
    case "intake-afspraak":
      if (actie !== "lezen" && actie !== "aanmaken") return nee("Een intakeafspraak verandert via de zaak.");
      if (!heeft(actor, "iag", "toegangsmedewerker", "teamleider"))
        return nee("Alleen het aanmeldteam maakt de intakeafspraak met het buurtteam.");
      if (resource.werkvoorraad !== WERKVOORRAAD_BUURTTEAM)
        return nee("Een intakeafspraak vanuit het aanmeldscherm kan alleen met het buurtteam.");
      if (resource.status !== "melding" || resource.afspraken > 0)
        return nee("Deze zaak heeft al een afspraak of is al opgepakt; het buurtteam plant verder.");
      return ja("13a: de eerste afspraak met het buurtteam na de aanmelding");
    case "rapportage":
      if (actie !== "lezen") return nee("Rapportages worden berekend, niet gewijzigd.");
      if (heeft(actor, "teamleider", "beheerder")) return ja("sturingsinformatie");
      return nee("Alleen de teamleider en de beheerder zien rapportages.");
    case "kalender":
      if (heeft(actor, "beheerder")) return ja("functioneel beheerder houdt de gelijkgestelde dagen bij");
      if (actie === "lezen" && heeft(actor, ...TOEGANGSROLLEN)) {
        return ja("termijnen volgen uit de kalender; iedere medewerker mag hem zien");
      }
      return nee("Alleen een functioneel beheerder mag de gelijkgestelde dagen wijzigen.");
    case "tarief":
      if (actie === "verwijderen")
        return nee("Een tarief wordt niet verwijderd maar beëindigd met een einddatum.");
      if (heeft(actor, "beheerder")) return ja("functioneel beheerder houdt de tarieven bij");
      if (actie === "lezen" && heeft(actor, ...TOEGANGSROLLEN))
        return ja("tarieven zijn voor alle medewerkers van de Toegang zichtbaar");
      return nee("Alleen een functioneel beheerder legt tarieven vast.");
    case "besteding":
      if (actie !== "lezen") return nee("Bestedingen volgen uit de declaraties; niemand wijzigt ze.");
      if (heeft(actor, "ao", "teamleider", "beheerder"))
        return ja("sturing op bestedingen: A&O, teamleider en beheerder");
      return nee("Alleen A&O, de teamleider en de beheerder zien de bestedingen.");
    case "casus":
      return beslisCasus(actor, actie, resource);
    case "schaalvoorstel":
      return beslisSchaalvoorstel(actor, actie, resource);
    case "meldcode":
      return beslisMeldcode(actor, actie, resource);
    case "huisverbod":
      return beslisRegiegroepInhoud(actor, actie, resource, HUISVERBOD_TEKSTEN);
    case "regiethema":
      return beslisRegiegroepInhoud(actor, actie, resource, REGIETHEMA_TEKSTEN);
    case "protocol":
      if (actie === "verwijderen")
        return nee("Een protocol wordt niet verwijderd; iedere versie blijft bewaard.");
      if (actie === "lezen" && heeft(actor, ...ALLE_ROLLEN))
        return ja("iedere medewerker leest de protocollen");
      if (actie !== "lezen" && heeft(actor, "beheerder")) return ja("de beheerder houdt de protocollen bij");
      return nee("Alleen de functioneel beheerder wijzigt de teksten van de protocollen.");
    case "protocolmelding":
      return beslisProtocolmelding(actor, actie, resource);
    case "sociale-kaart":
      if (actie === "verwijderen")
        return nee(
          "Een voorziening wordt niet verwijderd maar gearchiveerd; een plan kan haar hebben gekozen.",
        );
      if (heeft(actor, "beheerder", "buurtteam"))
        return ja("de beheerder en het buurtteam houden de sociale kaart bij");
      if (actie === "lezen" && heeft(actor, ...ALLE_ROLLEN))
        return ja("iedere medewerker leest de sociale kaart");
      return nee("Alleen de functioneel beheerder en het buurtteam houden de sociale kaart bij.");
    case "veilig-opgroeien":
      return beslisVeiligOpgroeien(actor, actie, resource);
    case "signs-of-safety":
      return beslisSignsOfSafety(actor, actie, resource);
    case "schuldhulp":
      return beslisSchuldhulp(actor, actie, resource);
    case "ingebrekestelling":
      return beslisIngebrekestelling(actor, actie, resource);
    case "leerplicht":
      return beslisLeerplicht(actor, actie, resource);
    case "school":
      if (actie === "verwijderen") return nee("Een school wordt niet verwijderd maar beëindigd.");
      if (heeft(actor, "beheerder")) return ja("de beheerder houdt de scholen bij");
      if (actie === "lezen" && heeft(actor, ...TOEGANGSROLLEN))
        return ja("iedere medewerker ziet de scholen");
      return nee("Alleen de functioneel beheerder houdt de scholen bij.");
    case "smw-registratie":
      return beslisTelling(actor, actie, VAKGROEP_SMW, resource.gekoppeld, SMW_TEKSTEN);
    case "poh-registratie":
      return beslisTelling(actor, actie, VAKGROEP_POH_JEUGD, null, POH_TEKSTEN);
    case "vroegsignaal":
      if (actie === "verwijderen")
        return nee("Een signaal wordt niet verwijderd: wat ermee gebeurde, wordt geteld.");
      if (actor.vakgroepen.includes(VAKGROEP_SCHULDHULP) && heeft(actor, ...TOEGANGSROLLEN))
        return ja("de vakgroep Schuldhulp volgt de signalen op");
      if (actie === "lezen" && heeft(actor, "teamleider")) return ja("de teamleider ziet de signalen");
      return nee(
        "Signalen van betalingsachterstanden zijn alleen voor de vakgroep Schuldhulp en de teamleider.",
      );
  }
}

/** Vakgroep of the Wgs (seed nmd.ts). */
export const VAKGROEP_SCHULDHULP = "schuldhulp";

/** Rule 24: the content for vakgroep Schuldhulp, Regiegroep, teamleider and who works on the zaak; existence with it. */
function beslisSchuldhulp(
  actor: Actor,
  actie: Actie,
  sh: Extract<Resource, { soort: "schuldhulp" }>,
): Oordeel {
  if (actie === "verwijderen") return nee("Gegevens over schuldhulp worden niet verwijderd.");
  const zaak = beslisZaak(actor, "lezen", sh.zaak);
  if (!zaak.toegestaan) return zaak;
  if (actie === "lezen" && sh.deel === "bestaan")
    return ja("dat er schuldhulp loopt, is zichtbaar als betrokkenheid bij de zaak");
  if (heeft(actor, "teamleider")) return ja("de teamleider ziet alle zaken");
  if (actor.vakgroepen.includes(REGIEGROEP)) return ja("de Regiegroep ziet alle zaken");
  if (actor.vakgroepen.includes(VAKGROEP_SCHULDHULP)) return ja("de vakgroep Schuldhulp");
  if (sh.zaak.behandelaarId !== null && sh.zaak.behandelaarId === actor.medewerkerId)
    return ja("zaak op eigen naam");
  if (sh.zaak.medebehandelaarIds?.includes(actor.medewerkerId)) return ja("aan de zaak toegevoegd");
  return nee(
    "Schuldhulp is alleen zichtbaar voor de vakgroep Schuldhulp, de Regiegroep, de teamleider en de behandelaar van de zaak.",
  );
}

/** Rule 24a: who may change the zaak records an ingebrekestelling, and the jurist; who may read the zaak sees it. */
function beslisIngebrekestelling(
  actor: Actor,
  actie: Actie,
  ig: Extract<Resource, { soort: "ingebrekestelling" }>,
): Oordeel {
  if (actie === "verwijderen") return nee("Een ontvangen ingebrekestelling wordt niet verwijderd.");
  if (heeft(actor, "jurist")) return ja("de jurist behandelt ingebrekestelling en dwangsom");
  return beslisZaak(actor, actie === "lezen" ? "lezen" : "wijzigen", ig.zaak);
}

/** Rule 25: the leerplichtambtenaren (a part of vakgroep Jeugd, seed 004 §5). */
export const VAKGROEP_LEERPLICHT = "leerplicht";
export const VAKGROEP_SMW = "schoolmaatschappelijk-werk";
export const VAKGROEP_POH_JEUGD = "poh-jeugd";

/** Rule 25a: read with the zaak; recorded by the leerplichtambtenaren and the teamleider; never deleted. */
function beslisLeerplicht(
  actor: Actor,
  actie: Actie,
  lp: Extract<Resource, { soort: "leerplicht" }>,
): Oordeel {
  if (!heeft(actor, ...TOEGANGSROLLEN))
    return nee("Alleen medewerkers van de Toegang werken met leerplicht.");
  if (actie === "verwijderen")
    return nee("Wat de leerplichtambtenaar vastlegt, wordt niet verwijderd; het blijft in het dossier.");
  const zaak = beslisZaak(actor, "lezen", lp.zaak);
  if (!zaak.toegestaan) return zaak;
  if (actie === "lezen")
    return ja(
      lp.deel === "bestaan"
        ? "de verzuimaanpak hoort bij de zaak"
        : "wie de zaak mag inzien, ziet de verzuimaanpak",
    );
  if (heeft(actor, "teamleider")) return ja("de teamleider legt de verzuimaanpak vast");
  if (actor.vakgroepen.includes(VAKGROEP_LEERPLICHT))
    return ja("de leerplichtambtenaar legt de verzuimaanpak vast");
  return nee(
    "Alleen een leerplichtambtenaar of de teamleider legt de stappen van de verzuimaanpak vast (Leerplichtwet 1969 art. 16).",
  );
}

interface TellingTeksten {
  wie: string;
  nietGekoppeld: string;
  nietWijzigen: string;
  alleen: string;
}
const SMW_TEKSTEN: TellingTeksten = {
  wie: "het schoolmaatschappelijk werk registreert zijn contacten en trainingen",
  nietGekoppeld:
    "U bent niet aan deze school gekoppeld; de beheerder koppelt schoolmaatschappelijk werkers aan scholen.",
  nietWijzigen: "Een geregistreerd contact of training wordt niet gewijzigd of verwijderd.",
  alleen: "Alleen het schoolmaatschappelijk werk en de teamleider zien de registraties per school.",
};
const POH_TEKSTEN: TellingTeksten = {
  wie: "de POH-jeugd registreert de trajecten bij de huisartsenpraktijk",
  nietGekoppeld: "",
  nietWijzigen: "Een registratie van de POH-jeugd wordt niet gewijzigd of verwijderd.",
  alleen: "Alleen de POH-jeugd en de teamleider zien de registraties van de POH-jeugd.",
};

/** Rules 25c and 25d: counts without personal data; the vakgroep records, it and the teamleider read. */
function beslisTelling(
  actor: Actor,
  actie: Actie,
  vakgroep: string,
  gekoppeld: boolean | null,
  tekst: TellingTeksten,
): Oordeel {
  if (!heeft(actor, ...TOEGANGSROLLEN)) return nee(tekst.alleen);
  if (actie === "wijzigen" || actie === "verwijderen") return nee(tekst.nietWijzigen);
  const vanVakgroep = actor.vakgroepen.includes(vakgroep);
  if (actie === "aanmaken") {
    if (!vanVakgroep) return nee(tekst.alleen);
    if (gekoppeld === false) return nee(tekst.nietGekoppeld);
    return ja(tekst.wie);
  }
  if (vanVakgroep) return ja(tekst.wie);
  if (heeft(actor, "teamleider")) return ja("de teamleider ziet de tellingen");
  return nee(tekst.alleen);
}

/** Rule 23: the content for Veilig Opgroeien, Regiegroep, teamleider and who works on the zaak; existence with it. */
function beslisSignsOfSafety(
  actor: Actor,
  actie: Actie,
  sos: Extract<Resource, { soort: "signs-of-safety" }>,
): Oordeel {
  if (!heeft(actor, ...TOEGANGSROLLEN))
    return nee("Alleen medewerkers van de Toegang werken met Signs of Safety.");
  if (actie === "verwijderen")
    return nee(
      "Signs of Safety wordt niet verwijderd; de geschiedenis van de veiligheidsschaal blijft bewaard.",
    );
  const zaak = beslisZaak(actor, "lezen", sos.zaak);
  if (!zaak.toegestaan) return zaak;
  if (actie === "lezen" && sos.deel === "bestaan")
    return ja("dat Signs of Safety loopt, is zichtbaar als betrokkenheid bij de zaak");
  if (heeft(actor, "teamleider")) return ja("de teamleider ziet alle zaken");
  if (actor.vakgroepen.includes(REGIEGROEP)) return ja("de Regiegroep werkt met het gezin aan de veiligheid");
  if (actor.vakgroepen.includes(VAKGROEP_VEILIG_OPGROEIEN))
    return ja("Veilig Opgroeien werkt volgens Signs of Safety");
  if (sos.zaak.behandelaarId !== null && sos.zaak.behandelaarId === actor.medewerkerId)
    return ja("zaak op eigen naam");
  if (sos.zaak.medebehandelaarIds?.includes(actor.medewerkerId)) return ja("aan de zaak toegevoegd");
  return nee(
    "Signs of Safety is alleen zichtbaar voor Veilig Opgroeien, de Regiegroep, de teamleider en de behandelaar van de zaak.",
  );
}

/** Rule 20: everyone reports; the teamleider and the melder read; the teamleider runs the protocol. */
function beslisProtocolmelding(
  actor: Actor,
  actie: Actie,
  melding: Extract<Resource, { soort: "protocolmelding" }>,
): Oordeel {
  if (!heeft(actor, ...ALLE_ROLLEN)) return nee("U mag geen meldingen bij de teamleider doen.");
  switch (actie) {
    case "verwijderen":
      return nee("Een melding bij de teamleider wordt niet verwijderd maar afgesloten.");
    case "aanmaken":
      return ja("iedere medewerker meldt een dreiging of incident bij de teamleider");
    case "wijzigen":
      if (heeft(actor, "teamleider"))
        return ja("de teamleider start het protocol op en legt de stappen vast");
      return nee("Alleen de teamleider start het protocol op, legt de stappen vast en sluit het af.");
    case "lezen":
      if (heeft(actor, "teamleider")) return ja("de teamleider ziet de meldingen");
      if (melding.melderId !== null && melding.melderId === actor.medewerkerId) return ja("eigen melding");
      return nee("Een melding bij de teamleider is alleen zichtbaar voor de teamleider en wie haar deed.");
  }
}

interface RegiegroepTeksten {
  geenToegang: string;
  nietVerwijderen: string;
  bestaan: string;
  teamleider: string;
  regiegroep: string;
  alleenRegiegroep: string;
}

const HUISVERBOD_TEKSTEN: RegiegroepTeksten = {
  geenToegang: "Alleen medewerkers van de Toegang werken met een huisverbod.",
  nietVerwijderen: "Een huisverbod wordt niet verwijderd; de burgemeester kan het intrekken.",
  bestaan: "dat er een huisverbod is, is zichtbaar als betrokkenheid bij de zaak",
  teamleider: "de teamleider ziet en beheert het huisverbod",
  regiegroep: "de Regiegroep voert het huisverbod uit, met de GGD",
  alleenRegiegroep: "Een huisverbod is alleen zichtbaar voor de Regiegroep en de teamleider.",
};

const REGIETHEMA_TEKSTEN: RegiegroepTeksten = {
  geenToegang: "Alleen medewerkers van de Toegang werken met de thema's van de Regiegroep.",
  nietVerwijderen: "Wat de Regiegroep vastlegt (Spoed voor Jeugd, nazorg) wordt niet verwijderd.",
  bestaan: "dat de Regiegroep hier een thema heeft, is zichtbaar als betrokkenheid bij de zaak",
  teamleider: "de teamleider ziet en beheert de thema's van de Regiegroep",
  regiegroep: "de Regiegroep voert Spoed voor Jeugd en de nazorg uit",
  alleenRegiegroep:
    "De inhoud van Spoed voor Jeugd en de nazorg is alleen zichtbaar voor de Regiegroep en de teamleider.",
};

/**
 * Rules 19 and 21: the content and every change for the Regiegroep and the teamleider; existence with the zaak;
 * never deleted.
 */
function beslisRegiegroepInhoud(
  actor: Actor,
  actie: Actie,
  resource: Extract<Resource, { soort: "huisverbod" | "regiethema" }>,
  tekst: RegiegroepTeksten,
): Oordeel {
  if (!heeft(actor, ...TOEGANGSROLLEN)) return nee(tekst.geenToegang);
  if (actie === "verwijderen") return nee(tekst.nietVerwijderen);
  if (actie === "lezen" && resource.deel === "bestaan") {
    const zaak = beslisZaak(actor, "lezen", resource.zaak);
    return zaak.toegestaan ? ja(tekst.bestaan) : zaak;
  }
  if (heeft(actor, "teamleider")) return ja(tekst.teamleider);
  if (actor.vakgroepen.includes(REGIEGROEP)) return ja(tekst.regiegroep);
  return nee(tekst.alleenRegiegroep);
}

/** Rule 22: content for Veilig Opgroeien, Regiegroep, teamleider; the asked gedragswetenschapper reads and advises. */
function beslisVeiligOpgroeien(
  actor: Actor,
  actie: Actie,
  vo: Extract<Resource, { soort: "veilig-opgroeien" }>,
): Oordeel {
  if (!heeft(actor, ...TOEGANGSROLLEN))
    return nee("Alleen medewerkers van de Toegang werken met Veilig Opgroeien.");
  if (actie === "verwijderen")
    return nee("Wat Veilig Opgroeien vastlegt, wordt niet verwijderd; het blijft in het dossier.");
  if (actie === "lezen" && vo.deel === "bestaan") {
    // Whoever may read the zaak sees the involvement; whoever may read the content sees it too (below).
    if (beslisZaak(actor, "lezen", vo.zaak).toegestaan)
      return ja("dat Veilig Opgroeien betrokken is, is zichtbaar als betrokkenheid");
  }
  const gedragswetenschapper = heeft(actor, "gedragswetenschapper") && vo.adviesGevraagd;
  if (vo.deel === "advies" && actie !== "lezen") {
    if (gedragswetenschapper) return ja("de gedragswetenschapper geeft het gevraagde advies");
    return nee(
      "Alleen de gedragswetenschapper legt een advies vast, op een zaak waar het advies is gevraagd.",
    );
  }
  if (heeft(actor, "teamleider")) return ja("de teamleider ziet en beheert Veilig Opgroeien");
  if (actor.vakgroepen.includes(REGIEGROEP)) return ja("de procesregisseur werkt samen met Veilig Opgroeien");
  if (actor.vakgroepen.includes(VAKGROEP_VEILIG_OPGROEIEN)) return ja("de casemanager Veilig Opgroeien");
  if (gedragswetenschapper && actie === "lezen")
    return ja("de gedragswetenschapper van wie advies is gevraagd");
  return nee(
    "Veilig Opgroeien is alleen zichtbaar voor Veilig Opgroeien, de Regiegroep, de teamleider en de gedragswetenschapper van wie advies is gevraagd.",
  );
}

/** Vakgroep of the casemanagers veiligheid (DOMAIN §4): they carry the Meldcode with the one who signals. */
export const VAKGROEP_VEILIG_OPGROEIEN = "veilig-opgroeien";

/** Rule 18: the content for Veilig Opgroeien, Regiegroep, teamleider and the author; existence with the zaak. */
function beslisMeldcode(
  actor: Actor,
  actie: Actie,
  meldcode: Extract<Resource, { soort: "meldcode" }>,
): Oordeel {
  if (!heeft(actor, ...TOEGANGSROLLEN))
    return nee("Alleen medewerkers van de Toegang werken met de Meldcode.");
  if (actie === "verwijderen") return nee("Een Meldcode wordt niet verwijderd maar afgesloten.");
  const zaak = beslisZaak(actor, "lezen", meldcode.zaak);
  if (actie === "aanmaken") {
    if (zaak.toegestaan) return ja("wie de zaak mag inzien, mag de Meldcode starten");
    // The IAG hears the signals at the front door, often after the zaak was routed to a vakgroep it cannot read.
    if (heeft(actor, "iag")) return ja("de IAG hoort de signalen aan de voordeur en start de Meldcode");
    return nee("U kunt alleen een Meldcode starten op een zaak die u mag inzien.");
  }
  if (actie === "lezen" && meldcode.deel === "bestaan") {
    if (zaak.toegestaan) return ja("dat er een Meldcode loopt, is zichtbaar als betrokkenheid bij de zaak");
    return zaak;
  }
  if (heeft(actor, "teamleider")) return ja("de teamleider ziet de inhoud van de Meldcode");
  if (actor.vakgroepen.includes(REGIEGROEP)) return ja("de Regiegroep ziet de inhoud van de Meldcode");
  if (actor.vakgroepen.includes(VAKGROEP_VEILIG_OPGROEIEN))
    return ja("Veilig Opgroeien ziet de inhoud van de Meldcode");
  if (meldcode.auteurId !== null && meldcode.auteurId === actor.medewerkerId) return ja("eigen Meldcode");
  return nee(
    "De inhoud van een Meldcode is alleen zichtbaar voor Veilig Opgroeien, de Regiegroep, de teamleider en wie de Meldcode startte.",
  );
}

function beslisSchaalvoorstel(
  actor: Actor,
  actie: Actie,
  voorstel: Extract<Resource, { soort: "schaalvoorstel" }>,
): Oordeel {
  switch (actie) {
    case "verwijderen":
      return nee("Een voorstel tot op- of afschalen wordt bewaard zoals het is beoordeeld.");
    case "aanmaken":
      if (isConsulent(actor)) return ja("de consulent stelt op- of afschalen voor");
      return nee("Alleen een consulent (toegangsmedewerker) stelt op- of afschalen voor.");
    case "wijzigen":
      if (voorstel.voorgesteldDoor === actor.medewerkerId)
        return nee(
          "U heeft dit voorstel zelf gedaan; een collega van het buurtteam beoordeelt het (vier ogen).",
        );
      if (isBuurtteam(actor)) return ja("het buurtteam beoordeelt op- en afschalen (vier ogen)");
      return nee("Alleen een medewerker van het buurtteam bevestigt of weigert op- of afschalen.");
    case "lezen":
      if (isConsulent(actor) || isBuurtteam(actor) || heeft(actor, "teamleider"))
        return ja("voorstellen tot op- of afschalen inzien");
      return nee("U mag voorstellen tot op- of afschalen niet inzien.");
  }
}

function beslisZaak(actor: Actor, actie: Actie, zaak: Extract<Resource, { soort: "zaak" }>): Oordeel {
  if (!heeft(actor, ...TOEGANGSROLLEN)) return nee("Alleen medewerkers van de Toegang werken met zaken.");
  if (actie === "verwijderen") return nee("Een zaak wordt niet verwijderd maar afgesloten.");
  if (actie === "aanmaken") {
    if (heeft(actor, "iag", "toegangsmedewerker", "teamleider", "buurtteam")) return ja("zaak aanmaken");
    return nee("U mag geen zaken aanmaken.");
  }
  if (heeft(actor, "teamleider")) return ja("de teamleider ziet alle zaken");
  if (actor.vakgroepen.includes(REGIEGROEP)) return ja("de Regiegroep ziet alle zaken");
  if (zaak.behandelaarId !== null && zaak.behandelaarId === actor.medewerkerId)
    return ja("zaak op eigen naam");
  if (zaak.medebehandelaarIds?.includes(actor.medewerkerId)) return ja("aan de zaak toegevoegd");
  if (zaak.vakgroep !== null && zaak.vakgroep !== WERKVOORRAAD_AO && actor.vakgroepen.includes(zaak.vakgroep))
    return ja("zaak van de eigen vakgroep");
  if (zaak.vakgroep === WERKVOORRAAD_BUURTTEAM && heeft(actor, "buurtteam"))
    return ja("4a/5: zaak in de werkvoorraad van het buurtteam");
  if (heeft(actor, "ao") && inFaseVanAo(zaak)) return ja("A&O maakt de beschikking op de aanvraag");
  if (heeft(actor, "jurist") && inFaseVanJurist(zaak)) return ja("bezwaar en beroep tegen een besluit");
  if (heeft(actor, "ao", "jurist"))
    return nee(
      "A&O ziet een zaak pas vanaf de aanvraag (het ondertekende plan of een verzoek van een aanbieder), een " +
        "zaak van Veilig Opgroeien pas na het besluit; de jurist alleen een zaak met een besluit.",
    );
  return nee("U mag alleen de inhoud van zaken van uw eigen vakgroep inzien.");
}

/** Rule 16: the samenvatting for the Toegang, the free text only for those who may read the zaak's content. */
function beslisCasus(actor: Actor, actie: Actie, casus: Extract<Resource, { soort: "casus" }>): Oordeel {
  if (!heeft(actor, ...TOEGANGSROLLEN)) return nee("Alleen medewerkers van de Toegang bespreken casussen.");
  if (actie !== "lezen") return nee("Een casus verandert alleen via de zaak en het agendapunt.");
  if (casus.deel === "samenvatting") return ja("de geanonimiseerde samenvatting is voor het hele overleg");
  if (heeft(actor, "teamleider")) return ja("de teamleider ziet alle zaken");
  if (actor.vakgroepen.includes(REGIEGROEP)) return ja("de Regiegroep ziet alle zaken");
  if (casus.vakgroep !== null && actor.vakgroepen.includes(casus.vakgroep))
    return ja("casus van de eigen vakgroep");
  if (casus.behandelaarId !== null && casus.behandelaarId === actor.medewerkerId)
    return ja("zaak op eigen naam");
  if (casus.medebehandelaarIds?.includes(actor.medewerkerId)) return ja("aan de zaak toegevoegd");
  return nee(
    "De vrije tekst van een casus is alleen zichtbaar voor de vakgroep van de zaak, de Regiegroep en de teamleider.",
  );
}

/*
 * The phase of A&O and the jurist (004 §12, DOMAIN §2.4). "A&O valt niet onder Team Toegang": it gets a zaak
 * when "de toegangsmedewerker stuurt resultatenplan + besluit door naar A&O", "krijgt het resultatenplan
 * getekend terug" and "stelt een beschikking op" (004 §12); "het ondertekende plan is de aanvraag" (004 §4.3).
 * So A&O reads and changes a zaak from the aanvraag on: status aanvraag, and every status in which a besluit
 * stands — the beschikking itself, its levering (the start-care message), evaluatie (wijziging, beëindiging),
 * bezwaar and beroep (a new besluit), and the closed zaak whose beschikking is archived. A provider's verzoek om
 * toewijzing (315/317) is addressed to A&O, which answers it within 5 working days (berichten/verwerk-verzoek.ts):
 * for A&O that zaak is an aanvraag from the start. Melding, onderzoek and plan belong to the Toegang (004 §10.6.1:
 * "op inhoud alleen de zaken van hun eigen vakgroep"), and so does a levering or closed zaak without a besluit
 * (Veilig Opgroeien, regie: leveringZonderBesluit).
 * A zaak of Veilig Opgroeien (its zaaktype or its werkvoorraad) reaches A&O only once a besluit was taken: the
 * safety work before it stays with the casemanagers. The juridisch kwaliteitsmedewerker ("eveneens onder de
 * afdeling A&O", consulted by the Toegang, 004 §12) handles bezwaar and beroep: only zaken with a besluit.
 * A werkvoorraad as a whole (no status): A&O sees its own one, where a zaak arrives with its signed plan
 * (resultatenplan/aanvraag.ts); the jurist none. The journaal of a zaak follows the zaak (routes/journaal.ts).
 */
const WERKVOORRAAD_AO: WerkvoorraadCode = "ao";
const VEILIG_OPGROEIEN = VAKGROEP_VEILIG_OPGROEIEN;
/** Statuses that always rest on a besluit (bezwaar and beroep are only possible against one). */
const STATUSSEN_VAN_BESLUIT: readonly ZaakStatus[] = ["besluit", "bezwaar", "beroep"];
/** Statuses that follow a besluit, but also occur without one (levering zonder besluit, closed undecided). */
const STATUSSEN_NA_BESLUIT: readonly ZaakStatus[] = ["levering", "evaluatie", "afgesloten"];

type ZaakResource = Extract<Resource, { soort: "zaak" }>;

const isStatus = (zaak: ZaakResource, statussen: readonly ZaakStatus[]) =>
  zaak.status !== undefined && (statussen as readonly string[]).includes(zaak.status);

function metBesluit(zaak: ZaakResource): boolean {
  return (
    isStatus(zaak, STATUSSEN_VAN_BESLUIT) ||
    (isStatus(zaak, STATUSSEN_NA_BESLUIT) && zaak.besluitGenomen === true)
  );
}

function inFaseVanAo(zaak: ZaakResource): boolean {
  if (zaak.status === undefined) return zaak.vakgroep === WERKVOORRAAD_AO;
  if (zaak.zaaktype === VEILIG_OPGROEIEN || zaak.vakgroep === VEILIG_OPGROEIEN) return metBesluit(zaak);
  return zaak.status === "aanvraag" || zaak.verzoekVanAanbieder === true || metBesluit(zaak);
}

function inFaseVanJurist(zaak: ZaakResource): boolean {
  return metBesluit(zaak);
}

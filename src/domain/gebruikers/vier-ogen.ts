/**
 * Four eyes on access (issue "Vertrouwen", item 9; DOMAIN §6; BIO / ISO 27002:2013 6.1.2 scheiding van taken and
 * 9.2.2 toewijzen van gebruikerstoegang). Pure.
 *
 * What grants access to personal data or case content:
 *  - every role of the Toegang (`TOEGANGSROLLEN`: iag, toegangsmedewerker, ao, jurist, teamleider, buurtteam,
 *    gedragswetenschapper): each reads residents' basisgegevens and, by vakgroep or phase, zaak content
 *    (domain/autorisatie/beleid.ts);
 *  - the role beheerder as well: it does not read content itself, but a beheerder approves grants — a
 *    beheerder made by one beheerder alone would be a second pair of eyes that the first one controls;
 *  - a vakgroep for someone who holds (or is getting) a Toegang role: the vakgroep decides which zaken they
 *    see (the Regiegroep all of them).
 * Such an addition needs a second person: a teamleider or another beheerder, in their own session, who is
 * neither the one who asked nor the one who gets it. Taking access away (a role or vakgroep less, blocking)
 * never waits: it only narrows what someone sees.
 */
import { TOEGANGSROLLEN } from "../autorisatie/beleid";

export interface Toegang {
  rollen: readonly string[];
  vakgroepen: readonly string[];
}

export interface Toekenning {
  rollen: string[];
  vakgroepen: string[];
}

export interface Splitsing {
  /** What is applied at once: the current access minus what was taken away, plus what grants nothing. */
  direct: Toegang;
  /** What waits for a second person, or null when nothing does. */
  verzoek: Toekenning | null;
}

const erbij = (van: readonly string[], naar: readonly string[]) => naar.filter((x) => !van.includes(x));
const uniek = (lijst: readonly string[]) => [...new Set(lijst)];

/** Does this role give access to residents' data or case content (see the list above)? */
export function geeftToegang(rol: string): boolean {
  return rol === "beheerder" || (TOEGANGSROLLEN as readonly string[]).includes(rol);
}

const heeftToegangsrol = (rollen: readonly string[]) =>
  rollen.some((rol) => (TOEGANGSROLLEN as readonly string[]).includes(rol));

/** Splits a change of someone's roles and vakgroepen into what applies now and what needs a second person. */
export function splitsWijziging(huidig: Toegang, gewenst: Toegang): Splitsing {
  const rollenErbij = erbij(huidig.rollen, uniek(gewenst.rollen));
  const vakgroepenErbij = erbij(huidig.vakgroepen, uniek(gewenst.vakgroepen));
  const wachtendeRollen = rollenErbij.filter(geeftToegang);
  const vakgroepGeeftInzage = heeftToegangsrol([...huidig.rollen, ...gewenst.rollen]);
  const wachtendeVakgroepen = vakgroepGeeftInzage ? vakgroepenErbij : [];
  const blijven = (van: readonly string[], naar: readonly string[]) => van.filter((x) => naar.includes(x));
  const direct: Toegang = {
    rollen: [...blijven(huidig.rollen, gewenst.rollen), ...rollenErbij.filter((r) => !geeftToegang(r))],
    vakgroepen: [
      ...blijven(huidig.vakgroepen, gewenst.vakgroepen),
      ...(vakgroepGeeftInzage ? [] : vakgroepenErbij),
    ],
  };
  const wacht = wachtendeRollen.length > 0 || wachtendeVakgroepen.length > 0;
  return { direct, verzoek: wacht ? { rollen: wachtendeRollen, vakgroepen: wachtendeVakgroepen } : null };
}

/** The access after an approved request: what they have now plus what was asked. */
export function naGoedkeuring(huidig: Toegang, verzoek: Toekenning): Toegang {
  return {
    rollen: uniek([...huidig.rollen, ...verzoek.rollen]),
    vakgroepen: uniek([...huidig.vakgroepen, ...verzoek.vakgroepen]),
  };
}

export type Beslissing = "goedkeuren" | "weigeren";

export type BeslisRegel = "verzoek-open" | "tweede-persoon-rol" | "niet-de-aanvrager" | "niet-voor-uzelf";

export type BeslisUitkomst =
  | { ok: true; status: "goedgekeurd" | "geweigerd" | "ingetrokken" }
  | { ok: false; regel: BeslisRegel; reden: string };

export interface Beslisser {
  medewerkerId: string;
  rollen: readonly string[];
}

export interface OpenVerzoek {
  status: string;
  /** For whom. */
  medewerkerId: string;
  /** Who asked. */
  aangevraagdDoor: string;
}

/**
 * May this person approve (or refuse) the request? Approving: a teamleider or a beheerder who did not ask for
 * it and does not get it. Refusing: the same second persons; the one who asked may withdraw it ("ingetrokken").
 */
export function magBeslissen(wie: Beslisser, verzoek: OpenVerzoek, beslissing: Beslissing): BeslisUitkomst {
  if (verzoek.status !== "open")
    return { ok: false, regel: "verzoek-open", reden: "Over dit verzoek is al beslist." };
  if (beslissing === "weigeren" && wie.medewerkerId === verzoek.aangevraagdDoor)
    return { ok: true, status: "ingetrokken" };
  if (!wie.rollen.includes("teamleider") && !wie.rollen.includes("beheerder"))
    return {
      ok: false,
      regel: "tweede-persoon-rol",
      reden: "Alleen een teamleider of een functioneel beheerder beslist over het toekennen van toegang.",
    };
  if (wie.medewerkerId === verzoek.aangevraagdDoor)
    return {
      ok: false,
      regel: "niet-de-aanvrager",
      reden: "U heeft dit verzoek zelf gedaan; een teamleider of een andere beheerder moet het goedkeuren.",
    };
  if (wie.medewerkerId === verzoek.medewerkerId)
    return {
      ok: false,
      regel: "niet-voor-uzelf",
      reden:
        "U kunt niet beslissen over toegang die uzelf krijgt; een teamleider of een andere beheerder beslist.",
    };
  return { ok: true, status: beslissing === "goedkeuren" ? "goedgekeurd" : "geweigerd" };
}

/**
 * Logging in with gebruikersnaam and wachtwoord (POST /api/sessie), transport-neutral: throttling per key
 * with back-off (never a lockout for everyone), known devices counted apart, the beheerder alerted when an
 * account is under attack, and a new session that replaces the one this client had (no session fixation).
 */
import { and, arrayContains, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { gebruikers, gemeenten, notificaties } from "../db/schema";
import { alsSysteem, inGemeente } from "../db/tenant";
import { AANVAL_DREMPEL, adresSleutel, MELDING_INTERVAL_MINUTEN } from "../domain/gebruikers/inlogbeperking";
import * as klok from "../lib/klok";
import { isEmailadres, zetMailInWachtrij } from "../mail/wachtrij";
import { bekendApparaat, onthoudApparaat } from "./apparaten";
import { claimPoging, geefVrij, markeerGemeld, ruimTellersOp, type Teller } from "./inlogbeperking";
import { beeindigSessieMetToken, maakSessie, type SessieBeleid } from "./sessies";
import { controleerWachtwoord, dummyHash } from "./wachtwoord";

export interface Inlogpoging {
  gebruikersnaam: string;
  wachtwoord: string;
  /** The client's address as the HTTP layer determined it (trusted proxies only). */
  ip: string;
  /** The device cookie, when the browser sent one. */
  apparaatToken: string | undefined;
  /** The session cookie this client still had: it is ended, whoever it belonged to. */
  vorigeSessieToken: string | undefined;
}

export type Inlogresultaat =
  | { soort: "ingelogd"; sessieToken: string; apparaatToken: string }
  | { soort: "mislukt" }
  | { soort: "wacht"; seconden: number };

export interface Inloglogboek {
  warn(obj: object, msg: string): void;
}

interface Account {
  id: string;
  gemeenteCode: string;
  gebruikersnaam: string;
  hash: string | null;
  actief: boolean;
}

async function zoekAccount(db: Db, naam: string): Promise<Account | undefined> {
  return alsSysteem(db, async (tx) => {
    const [rij] = await tx
      .select({
        id: gebruikers.id,
        gemeenteCode: gebruikers.gemeenteCode,
        gebruikersnaam: gebruikers.gebruikersnaam,
        hash: gebruikers.wachtwoordHash,
        actief: gebruikers.actief,
      })
      .from(gebruikers)
      .where(eq(sql`lower(${gebruikers.gebruikersnaam})`, naam));
    return rij;
  });
}

export const naamSleutel = (naam: string) => `naam:${naam}`;

export async function inloggenMetWachtwoord(
  db: Db,
  poging: Inlogpoging,
  beleid: SessieBeleid,
  log: Inloglogboek,
  nu = klok.nu(),
): Promise<Inlogresultaat> {
  const naam = poging.gebruikersnaam.trim().toLowerCase();
  const adres = adresSleutel(poging.ip);
  const account = await zoekAccount(db, naam);
  const apparaat = account ? await bekendApparaat(db, poging.apparaatToken, account.id, nu) : undefined;

  const eigen: Teller[] = apparaat
    ? [{ sleutel: `apparaat:${account?.id}|${apparaat}`, soort: "apparaat" }]
    : [{ sleutel: `naam-adres:${naam}|${adres}`, soort: "naamAdres" }];
  const gedeeld: Teller[] = apparaat
    ? []
    : [
        { sleutel: `adres:${adres}`, soort: "adres" },
        { sleutel: naamSleutel(naam), soort: "naam" },
      ];
  const claim = await claimPoging(db, [...eigen, ...gedeeld], nu);
  if (claim.soort === "wacht") return claim;

  const klopt = await controleerWachtwoord(account?.hash ?? (await dummyHash()), poging.wachtwoord);
  if (!account?.hash || !account.actief || !klopt) {
    await ruimTellersOp(db, nu);
    const opNaam = claim.pogingen.get(naamSleutel(naam)) ?? 0;
    if (!apparaat && opNaam >= AANVAL_DREMPEL) await meldAanval(db, naam, account, opNaam, log, nu);
    return { soort: "mislukt" };
  }

  await geefVrij(db, eigen, gedeeld);
  if (poging.vorigeSessieToken) await beeindigSessieMetToken(db, poging.vorigeSessieToken);
  const { token } = await maakSessie(db, account, "wachtwoord", beleid);
  const apparaatToken = await onthoudApparaat(db, poging.apparaatToken, account.id, nu);
  return { soort: "ingelogd", sessieToken: token, apparaatToken };
}

/**
 * Tells the beheerders of the account's gemeente (in-app notificatie, and a queued mail to those with an
 * address) that the account is under attack; at most once per MELDING_INTERVAL_MINUTEN. Never a password.
 * For a name that is no account there is nobody to tell but the log.
 */
async function meldAanval(
  db: Db,
  naam: string,
  account: Account | undefined,
  pogingen: number,
  log: Inloglogboek,
  nu: Date,
): Promise<void> {
  if (!(await markeerGemeld(db, naamSleutel(naam), MELDING_INTERVAL_MINUTEN, nu))) return;
  log.warn(
    { medewerkerId: account?.id ?? null, pogingen },
    "inloggen: veel mislukte pogingen op één account vanaf onbekende apparaten",
  );
  if (!account) return;
  const [gemeente] = await alsSysteem(db, (tx) =>
    tx
      .select({ verband: gemeenten.samenwerkingsverbandCode })
      .from(gemeenten)
      .where(eq(gemeenten.code, account.gemeenteCode)),
  );
  if (!gemeente) return;
  const tekst =
    `Mogelijke aanval op het account '${account.gebruikersnaam}': ${pogingen} mislukte inlogpogingen ` +
    "vanaf onbekende apparaten in korte tijd. Inloggen vanaf onbekende apparaten wordt voor dit account " +
    "afgeremd; op een apparaat waarop de medewerker eerder inlogde, blijft het account bruikbaar. " +
    "Ga na of de medewerker dit zelf was; zo niet, laat het wachtwoord wijzigen.";
  await inGemeente(
    db,
    { gemeenteCode: account.gemeenteCode, samenwerkingsverbandCode: gemeente.verband },
    async (tx) => {
      const beheerders = await tx
        .select({ id: gebruikers.id, email: gebruikers.email })
        .from(gebruikers)
        .where(
          and(
            eq(gebruikers.gemeenteCode, account.gemeenteCode),
            arrayContains(gebruikers.rollen, ["beheerder"]),
            eq(gebruikers.actief, true),
          ),
        );
      if (beheerders.length === 0) return;
      await tx.insert(notificaties).values(
        beheerders.map((b) => ({
          gemeenteCode: account.gemeenteCode,
          ontvangerId: b.id,
          soort: "inlogaanval",
          tekst,
          link: "/beheer/medewerkers",
          aangemaaktOp: nu,
        })),
      );
      for (const b of beheerders) {
        if (b.email && isEmailadres(b.email)) {
          await zetMailInWachtrij(tx, {
            aan: b.email,
            onderwerp: "Voordeur: mogelijke aanval op een account",
            tekst: `${tekst}\n\nDeze melding staat ook bij uw notificaties in Voordeur.`,
            aanleiding: "inlogaanval gemeld",
          });
        }
      }
    },
  );
}

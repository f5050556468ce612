/**
 * Melden bij de teamleider (seed 004 §10.5.1, §10.5.3): a medewerker reports a calamiteit threat or a PSHI
 * incident; every active teamleider of the gemeente is told in the app and by e-mail (without the content). The
 * teamleider starts the protocol, records its steps and closes it with an evaluation. What is reported can be
 * sensitive: only the teamleider and the melder read it (policy rule 20). Every read and change of a melding is
 * audited, never with its content.
 */
import type { z } from "zod";
import type { protocolmeldingVerzoek, protocolmeldingWeergave } from "../contract/protocollen";
import { voegNotificatiesToe } from "../db/aanmelden";
import { namenVan } from "../db/gebruikers";
import {
  haalProtocolmelding,
  lijstProtocolmeldingen,
  type ProtocolmeldingRij,
  stappenVanMelding,
  teamleidersVanGemeente,
  voegProtocolmeldingToe,
  voegProtocolstapToe,
  werkProtocolmeldingBij,
  zaakMetNummer,
} from "../db/protocollen";
import { haalZaak } from "../db/zaken";
import { beslis } from "../domain/autorisatie";
import {
  MELDING_ONDERWERP,
  type MeldbaarProtocol,
  type MeldingActie,
  type MeldingStatus,
  PROTOCOL_LABELS,
  statusNa,
  toetsActie,
  toetsAfsluiten,
  toetsMelding,
  toetsStap,
} from "../domain/protocollen/protocollen";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden, ongeldig } from "../handeling/weigering";
import { nu } from "../lib/klok";
import { isEmailadres, zetMailInWachtrij } from "../mail/wachtrij";
import { hoofdpersoonVan, zaakResource } from "../zaken/zaak";
import { weigerProtocol } from "./weigering";

type Weergave = z.infer<typeof protocolmeldingWeergave>;

export const MELDING_GEWIJZIGD =
  "Iemand anders heeft deze melding intussen bijgewerkt. De pagina is opnieuw geladen; probeer het nog eens.";
const GEEN_ZAAK = "Zaaknummer: er is geen zaak met dit nummer die u mag inzien.";

const resource = (h: Handeling, melderId: string | null) => ({
  soort: "protocolmelding" as const,
  gemeenteCode: h.wie.gemeente.code,
  melderId,
});

const persoonVan = async (h: Handeling, zaakId: string | null) =>
  zaakId ? hoofdpersoonVan(h, zaakId) : null;

const protocolVan = (rij: ProtocolmeldingRij) => rij.protocol as MeldbaarProtocol;

async function auditeerMelding(
  h: Handeling,
  rij: ProtocolmeldingRij,
  actie: "aanmaken" | "lezen" | "wijzigen",
  wat: string,
) {
  await auditeer(h, [
    {
      actie,
      resource: "protocolmelding",
      persoonId: await persoonVan(h, rij.zaakId),
      reden: `${wat} (${PROTOCOL_LABELS[protocolVan(rij)]}, melding ${rij.id})`,
    },
  ]);
}

/** The zaak a melding concerns, only when the melder may see it (otherwise the same answer as an unknown one). */
async function zaakVoorMelding(h: Handeling, zaaknummer: string | undefined) {
  if (!zaaknummer) return null;
  const zaak = await zaakMetNummer(h.tx, zaaknummer);
  if (!zaak || !beslis(actorVan(h.wie), "lezen", zaakResource(h.wie, zaak)).toegestaan)
    throw ongeldig(GEEN_ZAAK, [{ veld: "zaaknummer", melding: GEEN_ZAAK }]);
  return zaak;
}

async function informeerTeamleiders(h: Handeling, rij: ProtocolmeldingRij): Promise<void> {
  const teamleiders = (await teamleidersVanGemeente(h.tx)).filter((t) => t.id !== h.wie.medewerkerId);
  const protocol = protocolVan(rij);
  const tekst = `${MELDING_ONDERWERP[protocol]} gemeld door ${h.wie.naam}. Bekijk de melding en start zo nodig het ${PROTOCOL_LABELS[protocol]} op.`;
  await voegNotificatiesToe(
    h.tx,
    teamleiders.map((t) => ({
      gemeenteCode: h.wie.gemeente.code,
      ontvangerId: t.id,
      soort: "protocolmelding",
      tekst,
      link: `/veiligheid/meldingen/${rij.id}`,
    })),
  );
  for (const t of teamleiders)
    if (t.email && isEmailadres(t.email))
      await zetMailInWachtrij(h.tx, {
        aan: t.email,
        onderwerp: `Voordeur: ${MELDING_ONDERWERP[protocol].toLowerCase()} gemeld`,
        tekst: `${tekst}\n\nLog in op Voordeur om de melding te bekijken.\n\nDit bericht is automatisch verstuurd door Voordeur (${h.wie.gemeente.naam}).`,
        aanleiding: "melding bij de teamleider (veiligheidsprotocol)",
      });
}

/** A medewerker reports a calamiteit threat or a PSHI incident to the teamleider. */
export async function meldBijTeamleider(
  h: Handeling,
  verzoek: z.infer<typeof protocolmeldingVerzoek>,
): Promise<ProtocolmeldingRij> {
  vereis(h.wie, "aanmaken", resource(h, null));
  const wanneer = new Date(verzoek.wanneer);
  weigerProtocol(toetsMelding({ wat: verzoek.wat, waar: verzoek.waar, wanneer }, nu()));
  const zaak = await zaakVoorMelding(h, verzoek.zaaknummer);
  const rij = await voegProtocolmeldingToe(h.tx, {
    protocol: verzoek.protocol,
    wat: verzoek.wat,
    waar: verzoek.waar,
    wanneer,
    zaakId: zaak?.id ?? null,
    melderId: h.wie.medewerkerId,
  });
  await informeerTeamleiders(h, rij);
  await auditeerMelding(h, rij, "aanmaken", "melding bij de teamleider gedaan");
  return rij;
}

async function laadMelding(
  h: Handeling,
  id: string,
  doel: { voor: "lezen" } | { voor: "wijzigen"; versie: number },
): Promise<ProtocolmeldingRij> {
  const rij = await haalProtocolmelding(h.tx, id);
  if (!rij) throw nietGevonden();
  vereis(h.wie, doel.voor, resource(h, rij.melderId));
  if (doel.voor === "wijzigen" && doel.versie !== rij.versie) throw conflict(MELDING_GEWIJZIGD);
  return rij;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

async function alsWeergave(h: Handeling, rij: ProtocolmeldingRij): Promise<Weergave> {
  const stappen = await stappenVanMelding(h.tx, rij.id);
  const namen = await namenVan(h.tx, [
    rij.melderId,
    ...(rij.opgestartDoor ? [rij.opgestartDoor] : []),
    ...(rij.afgeslotenDoor ? [rij.afgeslotenDoor] : []),
    ...stappen.map((s) => s.vastgelegdDoor),
  ]);
  const naam = (id: string | null) => (id ? (namen.get(id)?.naam ?? "onbekend") : null);
  const zaak = rij.zaakId ? await haalZaak(h.tx, rij.zaakId) : undefined;
  const status = rij.status as MeldingStatus;
  const mag = beslis(actorVan(h.wie), "wijzigen", resource(h, rij.melderId)).toegestaan;
  const kan = (actie: MeldingActie) => mag && toetsActie(status, actie).length === 0;
  return {
    id: rij.id,
    protocol: protocolVan(rij),
    status,
    gemeldOp: rij.gemeldOp.toISOString(),
    melder: naam(rij.melderId) ?? "onbekend",
    versie: rij.versie,
    wat: rij.wat,
    waar: rij.waar,
    wanneer: rij.wanneer.toISOString(),
    zaak: zaak ? { id: zaak.id, zaaknummer: zaak.zaaknummer } : null,
    opgestartOp: iso(rij.opgestartOp),
    opgestartDoor: naam(rij.opgestartDoor),
    afgeslotenOp: iso(rij.afgeslotenOp),
    afgeslotenDoor: naam(rij.afgeslotenDoor),
    evaluatie: rij.evaluatie,
    stappen: stappen.map((s) => ({
      tijdstip: s.tijdstip.toISOString(),
      wat: s.wat,
      door: s.door,
      vastgelegdDoor: naam(s.vastgelegdDoor) ?? "onbekend",
      vastgelegdOp: s.vastgelegdOp.toISOString(),
    })),
    acties: { opstarten: kan("opstarten"), stapVastleggen: kan("stap"), afsluiten: kan("afsluiten") },
  };
}

/** One melding with its steps (the teamleider and the melder), audited. */
export async function meldingVan(h: Handeling, id: string): Promise<Weergave> {
  const rij = await laadMelding(h, id, { voor: "lezen" });
  const weergave = await alsWeergave(h, rij);
  await auditeerMelding(h, rij, "lezen", "melding bij de teamleider ingezien");
  return weergave;
}

/** The teamleider sees every melding, the others their own; open ones first. No content in the list. */
export async function meldingenVan(h: Handeling, paginering: { pagina: number; perPagina: number }) {
  const alle = beslis(actorVan(h.wie), "lezen", resource(h, null)).toegestaan;
  const { items, totaal } = await lijstProtocolmeldingen(h.tx, {
    melderId: alle ? undefined : h.wie.medewerkerId,
    ...paginering,
  });
  const namen = await namenVan(
    h.tx,
    items.map((r) => r.melderId),
  );
  return {
    items: items.map((r) => ({
      id: r.id,
      protocol: protocolVan(r),
      status: r.status as MeldingStatus,
      gemeldOp: r.gemeldOp.toISOString(),
      melder: namen.get(r.melderId)?.naam ?? "onbekend",
      versie: r.versie,
    })),
    totaal,
    ...paginering,
  };
}

/** One act of the teamleider on the melding, on the versie they saw; the status moves per the domain. */
async function voerUit(
  h: Handeling,
  id: string,
  versie: number,
  actie: MeldingActie,
  toets: (status: MeldingStatus) => ReturnType<typeof toetsActie>,
  wijziging: Parameters<typeof werkProtocolmeldingBij>[3],
  wat: string,
): Promise<ProtocolmeldingRij> {
  const rij = await laadMelding(h, id, { voor: "wijzigen", versie });
  const status = rij.status as MeldingStatus;
  weigerProtocol(toets(status));
  const nieuw = await werkProtocolmeldingBij(h.tx, rij.id, rij.versie, {
    ...wijziging,
    status: statusNa(status, actie),
  });
  if (!nieuw) throw conflict(MELDING_GEWIJZIGD);
  await auditeerMelding(h, nieuw, "wijzigen", wat);
  return nieuw;
}

export function startProtocol(h: Handeling, id: string, versie: number) {
  return voerUit(
    h,
    id,
    versie,
    "opstarten",
    (status) => toetsActie(status, "opstarten"),
    { opgestartDoor: h.wie.medewerkerId, opgestartOp: nu() },
    "protocol opgestart",
  );
}

export async function legProtocolstapVast(
  h: Handeling,
  id: string,
  versie: number,
  stap: { tijdstip: string; wat: string; door: string },
) {
  const invoer = { tijdstip: new Date(stap.tijdstip), wat: stap.wat, door: stap.door };
  const rij = await voerUit(
    h,
    id,
    versie,
    "stap",
    (status) => toetsStap(status, invoer, nu()),
    {},
    "stap van het protocol vastgelegd",
  );
  await voegProtocolstapToe(h.tx, { meldingId: rij.id, ...invoer, vastgelegdDoor: h.wie.medewerkerId });
  return rij;
}

export function sluitProtocolAf(h: Handeling, id: string, versie: number, evaluatie: string) {
  return voerUit(
    h,
    id,
    versie,
    "afsluiten",
    (status) => toetsAfsluiten(status, evaluatie),
    { afgeslotenDoor: h.wie.medewerkerId, afgeslotenOp: nu(), evaluatie },
    "protocol afgesloten met evaluatie",
  );
}

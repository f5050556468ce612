import type { z } from "zod";
import type { aanbiederDetail, Clientenstop, Contract, Overeenkomst, Signaal } from "../contract/aanbieders";
import type {
  AanbiederRij,
  ClientenstopRij,
  ContractRij,
  ContractregelRij,
  OvereenkomstMetNamen,
  SignaalRij,
} from "../db/aanbieders";
import { isActiefOp } from "../domain/aanbieders/clientenstop";
import { type Signaalstatus, volgendeStatussen } from "../domain/aanbieders/signalen";

/** Rows → API shapes of the aanbieders area (no I/O). */

export function alsStop(
  stop: ClientenstopRij,
  aanbieder: Pick<AanbiederRij, "naam" | "agbCode">,
  gemeenteCode: string,
  vandaag: string,
): Clientenstop {
  return {
    id: stop.id,
    aanbiederId: stop.aanbiederId,
    aanbiederNaam: aanbieder.naam,
    agbCode: aanbieder.agbCode,
    gemeenteCode: stop.gemeenteCode,
    van: stop.van,
    tot: stop.tot,
    reden: stop.reden,
    actief: isActiefOp(stop, gemeenteCode, vandaag),
    versie: stop.versie,
  };
}

export function alsContract(
  contract: ContractRij,
  regels: ContractregelRij[],
  omschrijvingen: Map<string, { omschrijving: string }>,
): Contract {
  return {
    id: contract.id,
    aanbiederId: contract.aanbiederId,
    kenmerk: contract.kenmerk,
    omschrijving: contract.omschrijving,
    ingangsdatum: contract.ingangsdatum,
    einddatum: contract.einddatum,
    versie: contract.versie,
    regels: regels.map((r) => ({
      gemeenteCode: r.gemeenteCode,
      wet: r.wet,
      productCategorie: r.productCategorie,
      productCode: r.productCode,
      productOmschrijving: r.productCode ? (omschrijvingen.get(r.productCode)?.omschrijving ?? null) : null,
      interventieniveau: r.interventieniveau,
      resultaat: r.resultaat,
    })),
  };
}

export function alsAanbiederDetail(
  rij: AanbiederRij,
  contracten: Contract[],
  stops: Clientenstop[],
): z.infer<typeof aanbiederDetail> {
  const actief = stops.find((s) => s.actief);
  return {
    id: rij.id,
    agbCode: rij.agbCode,
    naam: rij.naam,
    kvkNummer: rij.kvkNummer,
    actief: rij.actief,
    contact: (rij.contact ?? {}) as z.infer<typeof aanbiederDetail>["contact"],
    versie: rij.versie,
    clientenstop: actief ? { tot: actief.tot } : null,
    contracten,
    clientenstops: stops,
  };
}

export interface OpgeslagenOpvolging {
  tijdstip: string;
  door: string;
  vanStatus: string;
  naarStatus: string;
  notitie: string;
}

export function alsSignaal(
  rij: SignaalRij,
  aanbieder: { naam: string; agbCode: string },
  kwaliteitsmanager: string | null,
): Signaal {
  return {
    id: rij.id,
    aanbieder: { id: rij.aanbiederId, naam: aanbieder.naam, agbCode: aanbieder.agbCode },
    soort: rij.soort,
    onderwerp: rij.onderwerp,
    omschrijving: rij.omschrijving,
    status: rij.status,
    kwaliteitsmanager:
      rij.kwaliteitsmanagerId && kwaliteitsmanager
        ? { id: rij.kwaliteitsmanagerId, naam: kwaliteitsmanager }
        : null,
    ontvangenOp: rij.ontvangenOp,
    opvolging: rij.opvolging as OpgeslagenOpvolging[],
    volgendeStatussen: [...volgendeStatussen(rij.status as Signaalstatus)],
    versie: rij.versie,
  };
}

export function alsOvereenkomst(r: OvereenkomstMetNamen): Overeenkomst {
  const { io } = r;
  return {
    id: io.id,
    aanbieder: { id: io.aanbiederId, naam: r.aanbieder, agbCode: r.agbCode },
    zaakId: io.zaakId,
    zaaknummer: r.zaaknummer,
    wet: io.wet,
    productCategorie: io.productCategorie,
    productCode: io.productCode,
    ingangsdatum: io.ingangsdatum,
    einddatum: io.einddatum,
    tarief: io.tarief,
    motivering: io.motivering,
    status: io.status,
    aangevraagdOp: io.aangemaaktOp.toISOString(),
    aangevraagdDoor: r.aangevraagdDoor,
    beoordeeldOp: io.beoordeeldOp?.toISOString() ?? null,
    beoordeeldDoor: r.beoordeeldDoor,
    beoordelingToelichting: io.beoordelingToelichting,
    versie: io.versie,
  };
}

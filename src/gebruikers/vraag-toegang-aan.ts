import type { AuditFeit } from "../db/audit";
import { type RolverzoekRij, voegRolverzoekToe } from "../db/gebruikers";
import type { Toekenning } from "../domain/gebruikers/vier-ogen";
import type { Handeling } from "../handeling/context";
import { conflict } from "../handeling/weigering";
import { lijstje } from "./invoer";

/**
 * Stores the part of a change that grants access as a request for a second person (domain/gebruikers/vier-ogen):
 * who asked, for whom, which roles and vakgroepen, when. One open request per medewerker. Returns the audit fact
 * for the caller to write with its own (one audit append per transaction).
 */
export async function vraagToegangAan(
  h: Handeling,
  medewerkerId: string,
  toekenning: Toekenning,
): Promise<{ verzoek: RolverzoekRij; feit: AuditFeit }> {
  const verzoek = await voegRolverzoekToe(h.tx, {
    gemeenteCode: h.wie.gemeente.code,
    medewerkerId,
    aangevraagdDoor: h.wie.medewerkerId,
    rollen: toekenning.rollen,
    vakgroepen: toekenning.vakgroepen,
  });
  if (!verzoek)
    throw conflict(
      "Voor deze medewerker wacht al een verzoek om toegang op goedkeuring. Laat daar eerst over beslissen of trek het in.",
      [{ veld: "rollen", melding: "Er wacht al een verzoek op goedkeuring" }],
    );
  const feit: AuditFeit = {
    actie: "aanmaken",
    resource: "rolverzoek",
    persoonId: null,
    reden: `verzoek ${verzoek.id} om toegang voor medewerker ${medewerkerId}: rollen ${lijstje(verzoek.rollen)}; vakgroepen ${lijstje(verzoek.vakgroepen)}`,
  };
  return { verzoek, feit };
}

import type { AuditFeit } from "../db/audit";
import {
  haalGebruiker,
  haalRolverzoek,
  type RolverzoekRij,
  sluitRolverzoek,
  vakgroepIds,
  werkGebruikerBij,
  zetVakgroepen,
} from "../db/gebruikers";
import { type Beslissing, magBeslissen, naGoedkeuring } from "../domain/gebruikers/vier-ogen";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden, nietToegestaan } from "../handeling/weigering";
import { gebruikersbeheer, lijstje } from "./invoer";

const VERZOEK_GEWIJZIGD = "Over dit verzoek is intussen beslist of het is gewijzigd. Laad de lijst opnieuw.";

/**
 * A second person decides on a request for access (domain/gebruikers/vier-ogen#magBeslissen): approving adds the
 * roles and vakgroepen to the medewerker; refusing (or, by the one who asked, withdrawing) only closes it.
 * Decided on the versie the decider saw; who decided and when is kept on the request and in the audit trail.
 */
export async function beslisOverRolverzoek(
  h: Handeling,
  id: string,
  versie: number,
  beslissing: Beslissing,
): Promise<RolverzoekRij> {
  const { tx, wie } = h;
  vereis(wie, "lezen", gebruikersbeheer(h));
  const verzoek = await haalRolverzoek(tx, id);
  if (!verzoek) throw nietGevonden("Dit verzoek om toegang bestaat niet.");
  const oordeel = magBeslissen({ medewerkerId: wie.medewerkerId, rollen: wie.rollen }, verzoek, beslissing);
  if (!oordeel.ok)
    throw oordeel.regel === "verzoek-open" ? conflict(oordeel.reden) : nietToegestaan(oordeel.reden);
  if (verzoek.versie !== versie) throw conflict(VERZOEK_GEWIJZIGD);

  const feiten: AuditFeit[] = [];
  if (oordeel.status === "goedgekeurd") {
    const gebruiker = await haalGebruiker(tx, verzoek.medewerkerId);
    if (!gebruiker) throw nietGevonden("Deze medewerker bestaat niet meer.");
    const na = naGoedkeuring(gebruiker, verzoek);
    if (!(await werkGebruikerBij(tx, gebruiker.id, gebruiker.versie, { rollen: [...na.rollen] })))
      throw conflict();
    await zetVakgroepen(tx, gebruiker.id, wie.gemeente.code, (await vakgroepIds(tx, [...na.vakgroepen])).ids);
    feiten.push({
      actie: "wijzigen",
      resource: "gebruiker",
      persoonId: null,
      reden: `medewerker ${gebruiker.id}: rollen toegekend: ${lijstje(verzoek.rollen)}; vakgroepen toegekend: ${lijstje(verzoek.vakgroepen)} (verzoek ${verzoek.id})`,
    });
  }
  const gesloten = await sluitRolverzoek(tx, verzoek.id, versie, {
    status: oordeel.status,
    beslistDoor: wie.medewerkerId,
  });
  if (!gesloten) throw conflict(VERZOEK_GEWIJZIGD);
  feiten.push({
    actie: "wijzigen",
    resource: "rolverzoek",
    persoonId: null,
    reden: `verzoek ${verzoek.id} om toegang voor medewerker ${verzoek.medewerkerId} ${oordeel.status}`,
  });
  await auditeer(h, feiten);
  return gesloten;
}

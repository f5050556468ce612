/**
 * Relations between residents (ouder, gezag, partner, wettelijk vertegenwoordiger, mantelzorger): recorded and
 * ended, never deleted (migration 0028). A changed relation is an ended one plus a new one, so the history says who
 * had gezag when a letter went out. Both persons' audit trails get the change.
 */
import type { z } from "zod";
import type { nieuweRelatie, RelatieBeeindiging } from "../contract/personen";
import { beeindigRelatieRij, haalPersoon, haalRelatie, voegRelatieToe } from "../db/personen";
import { auditeer, type Handeling } from "../handeling/context";
import { conflict, nietGevonden, ongeldig } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { vereisBasisgegevens } from "./basisgegevens";

export async function legRelatieVast(
  h: Handeling,
  persoonId: string,
  { gerelateerdeId, soort }: z.output<typeof nieuweRelatie>,
) {
  const { tx, wie } = h;
  await vereisBasisgegevens(h, "wijzigen", persoonId);
  if (persoonId === gerelateerdeId) {
    throw ongeldig("Een persoon kan geen relatie met zichzelf hebben.", [
      { veld: "gerelateerdeId", melding: "Kies een andere persoon dan de inwoner zelf" },
    ]);
  }
  if (!(await haalPersoon(tx, persoonId))) throw nietGevonden();
  if (!(await haalPersoon(tx, gerelateerdeId))) {
    throw ongeldig("De gerelateerde persoon bestaat niet.", [
      { veld: "gerelateerdeId", melding: "Onbekende persoon" },
    ]);
  }
  await voegRelatieToe(tx, wie.gemeente.code, persoonId, gerelateerdeId, soort);
  await auditeer(
    h,
    [persoonId, gerelateerdeId].map((id) => ({
      actie: "wijzigen" as const,
      resource: "huishouden",
      persoonId: id,
      reden: `relatie ${soort} vastgelegd`,
    })),
  );
}

/** Ends a current relation of `persoonId` (either side) on a date that is not in the future, with a reason. */
export async function beeindigRelatie(
  h: Handeling,
  persoonId: string,
  relatieId: string,
  { beeindigdOp, reden }: RelatieBeeindiging,
) {
  const { tx, wie } = h;
  await vereisBasisgegevens(h, "wijzigen", persoonId);
  const relatie = await haalRelatie(tx, relatieId);
  if (!relatie || (relatie.persoonId !== persoonId && relatie.gerelateerdeId !== persoonId))
    throw nietGevonden();
  if (relatie.beeindigdOp) throw conflict("Deze relatie is al beëindigd.");
  if (beeindigdOp > vandaag()) {
    throw ongeldig("Een relatie kan niet vooruit worden beëindigd.", [
      { veld: "beeindigdOp", melding: "Einddatum: kies vandaag of een datum in het verleden" },
    ]);
  }
  const gelukt = await beeindigRelatieRij(tx, relatie.id, {
    beeindigdOp,
    redenBeeindiging: reden,
    beeindigdDoor: wie.medewerkerId,
  });
  if (!gelukt) throw conflict("Deze relatie is al beëindigd.");
  await auditeer(
    h,
    [relatie.persoonId, relatie.gerelateerdeId].map((id) => ({
      actie: "wijzigen" as const,
      resource: "huishouden",
      persoonId: id,
      reden: `relatie ${relatie.soort} beëindigd per ${beeindigdOp}`,
    })),
  );
}

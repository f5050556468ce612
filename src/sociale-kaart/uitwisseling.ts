/**
 * Export and import of the sociale kaart (issue 16; format in domain/sociale-kaart/uitwisseling.ts). Every
 * medewerker may export it (it is public data); importing is changing (the beheerder and the buurtteam, rule 26).
 * An import checks every row first and changes nothing when one is wrong (each error with its line and field);
 * otherwise all rows in the one transaction: a new extern id adds, a known one updates, the same facts change
 * nothing — so importing the same file twice is the same as once. Each change is audited.
 */
import type { AuditFeit } from "../db/audit";
import {
  alleVoorzieningen,
  voegVoorzieningToe,
  voorzieningenMetExternId,
  werkVoorzieningBij,
  wijkenVanGemeente,
} from "../db/sociale-kaart";
import { leesImport, naarCsv, naarJson } from "../domain/sociale-kaart/uitwisseling";
import { zelfdeVoorziening } from "../domain/sociale-kaart/voorziening";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, ongeldig } from "../handeling/weigering";
import { kaartResource, VOORZIENING_GEWIJZIGD } from "./beheer";
import { alsFeiten, alsWaarden } from "./weergave";

/** At most this many row errors in one answer (the rest are counted in the message). */
const MAX_FOUTEN = 200;

export async function exporteerKaart(h: Handeling, formaat: "csv" | "json"): Promise<string> {
  vereis(h.wie, "lezen", kaartResource(h));
  const feiten = (await alleVoorzieningen(h.tx)).map(alsFeiten);
  return formaat === "csv" ? naarCsv(feiten) : naarJson(feiten);
}

export async function importeerKaart(h: Handeling, formaat: "csv" | "json", inhoud: string) {
  vereis(h.wie, "aanmaken", kaartResource(h));
  vereis(h.wie, "wijzigen", kaartResource(h));
  const gelezen = leesImport(formaat, inhoud, await wijkenVanGemeente(h.tx));
  if (!gelezen.ok) {
    const n = gelezen.fouten.length;
    throw ongeldig(
      `Het bestand is niet ingelezen: ${n} ${n === 1 ? "fout" : "fouten"}. Er is niets veranderd; verbeter het bestand en probeer het opnieuw.`,
      gelezen.fouten.slice(0, MAX_FOUTEN).map((f) => ({
        veld: f.veld ? `regels.${f.regel}.${f.veld}` : `regels.${f.regel}`,
        melding: f.melding,
        regel: "import",
      })),
    );
  }
  const bestaand = new Map(
    (
      await voorzieningenMetExternId(
        h.tx,
        gelezen.rijen.map((r) => r.voorziening.externId),
      )
    ).map((r) => [r.externId, r]),
  );
  const telling = { nieuw: 0, bijgewerkt: 0, ongewijzigd: 0 };
  const audit: AuditFeit[] = [];
  for (const { voorziening } of gelezen.rijen) {
    const oud = bestaand.get(voorziening.externId);
    if (oud && zelfdeVoorziening(alsFeiten(oud), voorziening)) {
      telling.ongewijzigd++;
      continue;
    }
    const waarden = alsWaarden(voorziening, h.wie.medewerkerId);
    const rij = oud
      ? await werkVoorzieningBij(h.tx, oud.id, oud.versie, waarden)
      : await voegVoorzieningToe(h.tx, waarden);
    // Someone saved the same voorziening meanwhile: the whole import is rolled back.
    if (!rij) throw conflict(VOORZIENING_GEWIJZIGD);
    telling[oud ? "bijgewerkt" : "nieuw"]++;
    audit.push({
      actie: oud ? "wijzigen" : "aanmaken",
      resource: "voorziening",
      persoonId: null,
      reden: `voorziening ${rij.externId} ${oud ? "bijgewerkt" : "toegevoegd"} door import (${formaat})`,
    });
  }
  await auditeer(h, audit);
  return telling;
}

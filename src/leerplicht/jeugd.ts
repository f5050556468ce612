/**
 * Schools, schoolmaatschappelijk werk and POH-jeugd (policy rules 25b–d; domain/jeugd): the beheerder keeps the
 * schools and links the SMW'ers; SMW'ers register short contacts and trainings at their schools; the POH-jeugd
 * registers each finished traject at a huisartsenpraktijk. The counts carry no personal data.
 */
import type { z } from "zod";
import type {
  pohOverzicht,
  pohRegistratieVerzoek,
  scholenOverzicht,
  schoolVerzoek,
  schoolWijziging,
  smwOverzicht,
  smwRegistratieVerzoek,
} from "../contract/leerplicht";
import { namenVan } from "../db/gebruikers";
import {
  alleScholen,
  haalSchool,
  pohRijen,
  type SchoolRij,
  smwTellingen,
  voegPohRegistratieToe,
  voegSchoolToe,
  voegSmwRegistratieToe,
  werkSchoolBij,
} from "../db/leerplicht";
import { medewerkersVanVakgroepen } from "../db/veilig-opgroeien";
import { beslis, VAKGROEP_SMW } from "../domain/autorisatie";
import {
  normaliseerBrin,
  type PohUitkomst,
  pohTelling,
  SCHOOL_SOORT_LABELS,
  type SchoolSoort,
  toetsPohRegistratie,
  toetsSmwRegistratie,
  VERWIJZING_LABELS,
  VERWIJZINGEN,
} from "../domain/jeugd/jeugd";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden, ongeldig, weigerUitkomsten } from "../handeling/weigering";
import { vandaag } from "../lib/klok";

export const SCHOOL_GEWIJZIGD = "Iemand anders heeft deze school intussen gewijzigd. Laad haar opnieuw.";
const gemeente = (h: Handeling) => h.wie.gemeente.code;
const school = (h: Handeling) => ({ soort: "school" as const, gemeenteCode: gemeente(h) });

function schoolWeergave(s: SchoolRij, namen: Map<string, { naam: string }>) {
  return {
    id: s.id,
    brin: s.brin,
    naam: s.naam,
    soort: s.soort as SchoolSoort,
    soortLabel: SCHOOL_SOORT_LABELS[s.soort as SchoolSoort],
    actief: s.actief,
    versie: s.versie,
    smw: s.smwIds.map((id) => ({ id, naam: namen.get(id)?.naam ?? "onbekend" })),
  };
}

export async function scholenVan(h: Handeling): Promise<z.infer<typeof scholenOverzicht>> {
  vereis(h.wie, "lezen", school(h));
  const rijen = await alleScholen(h.tx);
  const namen = await namenVan(
    h.tx,
    rijen.flatMap((s) => s.smwIds),
  );
  const kanBeheren = beslis(actorVan(h.wie), "wijzigen", school(h)).toegestaan;
  const kandidaten = kanBeheren ? await medewerkersVanVakgroepen(h.tx, [VAKGROEP_SMW]) : [];
  return {
    scholen: rijen.map((s) => schoolWeergave(s, namen)),
    kandidaten: kandidaten.map((k) => ({ id: k.id, naam: k.naam })),
    kanBeheren,
  };
}

/** The SMW'ers to link must be active members of schoolmaatschappelijk werk in this gemeente. */
async function toetsSmwIds(h: Handeling, ids: readonly string[]) {
  const bekend = new Set((await medewerkersVanVakgroepen(h.tx, [VAKGROEP_SMW])).map((k) => k.id));
  if (ids.some((id) => !bekend.has(id)) || new Set(ids).size !== ids.length)
    throw ongeldig("Kies alleen (actieve) schoolmaatschappelijk werkers, ieder één keer.", [
      { veld: "smwIds", melding: "Kies alleen (actieve) schoolmaatschappelijk werkers, ieder één keer." },
    ]);
}

export async function voegSchoolToeAls(h: Handeling, invoer: z.infer<typeof schoolVerzoek>) {
  vereis(h.wie, "aanmaken", school(h));
  const brin = normaliseerBrin(invoer.brin);
  if (!brin)
    throw ongeldig("De BRIN-code is twee cijfers en twee letters, zoals 12AB.", [
      { veld: "brin", melding: "De BRIN-code is twee cijfers en twee letters, zoals 12AB." },
    ]);
  await toetsSmwIds(h, invoer.smwIds);
  const rij = await voegSchoolToe(h.tx, {
    brin,
    naam: invoer.naam,
    soort: invoer.soort,
    smwIds: invoer.smwIds,
  });
  if (!rij) throw conflict(`Er is al een school met BRIN-code ${brin}.`);
  await auditeer(h, [
    { actie: "aanmaken", resource: "school", persoonId: null, reden: `school ${brin} toegevoegd` },
  ]);
  return schoolWeergave(rij, await namenVan(h.tx, rij.smwIds));
}

export async function wijzigSchool(
  h: Handeling,
  id: string,
  versie: number,
  invoer: z.infer<typeof schoolWijziging>,
) {
  vereis(h.wie, "wijzigen", school(h));
  const bestaand = await haalSchool(h.tx, id);
  if (!bestaand) throw nietGevonden();
  if (bestaand.versie !== versie) throw conflict(SCHOOL_GEWIJZIGD);
  await toetsSmwIds(h, invoer.smwIds);
  const rij = await werkSchoolBij(h.tx, id, versie, invoer);
  if (!rij) throw conflict(SCHOOL_GEWIJZIGD);
  await auditeer(h, [
    { actie: "wijzigen", resource: "school", persoonId: null, reden: `school ${rij.brin} gewijzigd` },
  ]);
  return schoolWeergave(rij, await namenVan(h.tx, rij.smwIds));
}

export async function registreerSmw(h: Handeling, invoer: z.infer<typeof smwRegistratieVerzoek>) {
  const s = await haalSchool(h.tx, invoer.schoolId);
  vereis(h.wie, "aanmaken", {
    soort: "smw-registratie",
    gemeenteCode: gemeente(h),
    gekoppeld: s ? s.smwIds.includes(h.wie.medewerkerId) : null,
  });
  weigerUitkomsten(
    toetsSmwRegistratie({ datum: invoer.datum, schoolActief: s ? s.actief : null }, vandaag()),
  );
  await voegSmwRegistratieToe(h.tx, { ...invoer, medewerkerId: h.wie.medewerkerId });
}

export async function smwOverzichtVan(h: Handeling): Promise<z.infer<typeof smwOverzicht>> {
  vereis(h.wie, "lezen", { soort: "smw-registratie", gemeenteCode: gemeente(h), gekoppeld: null });
  const [rijen, tellingen] = [await alleScholen(h.tx), await smwTellingen(h.tx)];
  const namen = await namenVan(
    h.tx,
    rijen.flatMap((s) => s.smwIds),
  );
  const van = (schoolId: string, soort: string) =>
    tellingen.find((t) => t.schoolId === schoolId && t.soort === soort);
  return {
    perSchool: rijen.map((s) => ({
      school: {
        id: s.id,
        naam: s.naam,
        brin: s.brin,
        soortLabel: SCHOOL_SOORT_LABELS[s.soort as SchoolSoort],
      },
      smw: s.smwIds.map((id) => namen.get(id)?.naam ?? "onbekend"),
      korteContacten: van(s.id, "kort-contact")?.aantal ?? 0,
      trainingen: van(s.id, "training")?.aantal ?? 0,
      deelnemers: (van(s.id, "kort-contact")?.deelnemers ?? 0) + (van(s.id, "training")?.deelnemers ?? 0),
    })),
    mijnScholen: rijen
      .filter((s) => s.actief && s.smwIds.includes(h.wie.medewerkerId))
      .map((s) => ({ id: s.id, naam: s.naam })),
  };
}

export async function registreerPoh(h: Handeling, invoer: z.infer<typeof pohRegistratieVerzoek>) {
  vereis(h.wie, "aanmaken", { soort: "poh-registratie", gemeenteCode: gemeente(h) });
  weigerUitkomsten(toetsPohRegistratie(invoer, vandaag()));
  await voegPohRegistratieToe(h.tx, { ...invoer, medewerkerId: h.wie.medewerkerId });
}

export async function pohOverzichtVan(h: Handeling): Promise<z.infer<typeof pohOverzicht>> {
  vereis(h.wie, "lezen", { soort: "poh-registratie", gemeenteCode: gemeente(h) });
  const rijen = (await pohRijen(h.tx)).map((r) => ({ ...r, uitkomst: r.uitkomst as PohUitkomst }));
  const praktijken = [...new Set(rijen.map((r) => r.huisartsenpraktijk))];
  return {
    totaal: pohTelling(rijen),
    perPraktijk: praktijken.map((p) => ({
      huisartsenpraktijk: p,
      ...pohTelling(rijen.filter((r) => r.huisartsenpraktijk === p)),
    })),
    verwijzingen: VERWIJZINGEN.map((naar) => ({
      naar,
      label: VERWIJZING_LABELS[naar],
      aantal: rijen.filter((r) => r.verwezenNaar === naar).length,
    })).filter((v) => v.aantal > 0),
    kanRegistreren: beslis(actorVan(h.wie), "aanmaken", {
      soort: "poh-registratie",
      gemeenteCode: gemeente(h),
    }).toegestaan,
  };
}

import type { z } from "zod";
import { hashWachtwoord } from "../auth/wachtwoord";
import type { wijzigGebruiker as wijzigGebruikerSchema } from "../contract/gebruikers";
import type { VeldFout } from "../contract/problem";
import type { AuditFeit } from "../db/audit";
import {
  type GebruikerRij,
  haalGebruiker,
  type RolverzoekRij,
  vakgroepIds,
  werkGebruikerBij,
  zetVakgroepen,
} from "../db/gebruikers";
import { splitsWijziging } from "../domain/gebruikers/vier-ogen";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden, ongeldig } from "../handeling/weigering";
import {
  controleerRollen,
  controleerWachtwoord,
  gebruikersbeheer,
  lijstje,
  onbekendeVakgroepen,
} from "./invoer";
import { vraagToegangAan } from "./vraag-toegang-aan";

export type GebruikerWijziging = z.output<typeof wijzigGebruikerSchema>;

export interface GewijzigdeGebruiker {
  gebruiker: GebruikerRij;
  /** The request for the access that waits for a second person, when this change asked for any. */
  verzoek: RolverzoekRij | null;
  /** Blocked or a new password: the caller ends the medewerker's sessions after commit. */
  sessiesBeeindigen: boolean;
}

const anders = (a: readonly string[], b: readonly string[]) =>
  a.length !== b.length || a.some((x) => !b.includes(x));
const weg = (van: readonly string[], naar: readonly string[]) => van.filter((x) => !naar.includes(x));
/** "rollen ingetrokken: ao; toegevoegd: -" */
const verschil = (wat: string, van: readonly string[], naar: readonly string[]) =>
  `${wat} ingetrokken: ${lijstje(weg(van, naar))}; toegevoegd: ${lijstje(weg(naar, van))}`;

/**
 * Changes a medewerker on the versie the beheerder saw. Taking away roles or vakgroepen, blocking, a new password
 * and name or e-mail apply at once; added roles and vakgroepen that give access become a request for a second
 * person (vier-ogen.ts). Every kind of change is audited — which medewerker and what changed, never the password.
 */
export async function wijzigGebruiker(
  h: Handeling,
  id: string,
  versie: number,
  invoer: GebruikerWijziging,
): Promise<GewijzigdeGebruiker> {
  const { tx, wie } = h;
  vereis(wie, "wijzigen", gebruikersbeheer(h));
  const bestaand = await haalGebruiker(tx, id);
  if (!bestaand) throw nietGevonden("Deze medewerker bestaat niet.");
  const groepen = invoer.vakgroepen ? await vakgroepIds(tx, invoer.vakgroepen) : undefined;
  const fouten: VeldFout[] = [
    ...controleerRollen(invoer.rollen),
    ...controleerWachtwoord(invoer.wachtwoord, bestaand.gebruikersnaam),
    ...onbekendeVakgroepen(groepen?.onbekend ?? []),
  ];
  if (
    bestaand.id === wie.medewerkerId &&
    (invoer.actief === false || (invoer.rollen && !invoer.rollen.includes("beheerder")))
  ) {
    fouten.push({
      veld: invoer.actief === false ? "actief" : "rollen",
      melding: "U kunt uzelf niet blokkeren of uw beheerrol afnemen",
    });
  }
  if (fouten.length > 0) throw ongeldig("De invoer is niet geldig. Controleer de genoemde velden.", fouten);

  const { direct, verzoek } = splitsWijziging(bestaand, {
    rollen: invoer.rollen ?? bestaand.rollen,
    vakgroepen: invoer.vakgroepen ?? bestaand.vakgroepen,
  });
  const rollenAnders = anders(direct.rollen, bestaand.rollen);
  const gegevens = [
    ...(invoer.naam !== undefined && invoer.naam !== bestaand.naam ? ["naam"] : []),
    ...(invoer.email !== undefined && invoer.email !== bestaand.email ? ["e-mailadres"] : []),
  ];
  const actiefAnders = invoer.actief !== undefined && invoer.actief !== bestaand.actief;
  const gelukt = await werkGebruikerBij(tx, bestaand.id, versie, {
    ...(invoer.naam !== undefined ? { naam: invoer.naam } : {}),
    ...(invoer.email !== undefined ? { email: invoer.email } : {}),
    ...(rollenAnders ? { rollen: [...direct.rollen] } : {}),
    ...(invoer.actief !== undefined ? { actief: invoer.actief } : {}),
    ...(invoer.wachtwoord !== undefined ? { wachtwoordHash: await hashWachtwoord(invoer.wachtwoord) } : {}),
  });
  if (!gelukt) throw conflict();
  const vakgroepenAnders = anders(direct.vakgroepen, bestaand.vakgroepen);
  if (vakgroepenAnders)
    await zetVakgroepen(
      tx,
      bestaand.id,
      wie.gemeente.code,
      (await vakgroepIds(tx, [...direct.vakgroepen])).ids,
    );

  const over = `medewerker ${bestaand.id}`;
  const wijziging = (reden: string): AuditFeit => ({
    actie: "wijzigen",
    resource: "gebruiker",
    persoonId: null,
    reden: `${over}: ${reden}`,
  });
  const feiten: AuditFeit[] = [
    ...(gegevens.length > 0 ? [wijziging(`${gegevens.join(" en ")} gewijzigd`)] : []),
    ...(rollenAnders ? [wijziging(verschil("rollen", bestaand.rollen, direct.rollen))] : []),
    ...(vakgroepenAnders ? [wijziging(verschil("vakgroepen", bestaand.vakgroepen, direct.vakgroepen))] : []),
    ...(actiefAnders ? [wijziging(invoer.actief ? "weer actief gemaakt" : "geblokkeerd")] : []),
    ...(invoer.wachtwoord !== undefined ? [wijziging("wachtwoord gewijzigd")] : []),
  ];
  const aangevraagd = verzoek ? await vraagToegangAan(h, bestaand.id, verzoek) : null;
  if (aangevraagd) feiten.push(aangevraagd.feit);
  await auditeer(h, feiten);
  const gebruiker = await haalGebruiker(tx, bestaand.id);
  if (!gebruiker) throw new Error("gewijzigde gebruiker niet terug te lezen");
  return {
    gebruiker,
    verzoek: aangevraagd?.verzoek ?? null,
    sessiesBeeindigen: invoer.actief === false || invoer.wachtwoord !== undefined,
  };
}

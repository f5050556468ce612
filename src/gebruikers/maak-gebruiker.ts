import type { z } from "zod";
import { hashWachtwoord } from "../auth/wachtwoord";
import type { nieuweGebruiker } from "../contract/gebruikers";
import type { AuditFeit } from "../db/audit";
import {
  type GebruikerRij,
  gebruikersnaamBestaat,
  haalGebruiker,
  type RolverzoekRij,
  vakgroepIds,
  voegGebruikerToe,
  zetVakgroepen,
} from "../db/gebruikers";
import { splitsWijziging } from "../domain/gebruikers/vier-ogen";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, ongeldig } from "../handeling/weigering";
import {
  controleerRollen,
  controleerWachtwoord,
  gebruikersbeheer,
  lijstje,
  onbekendeVakgroepen,
} from "./invoer";
import { vraagToegangAan } from "./vraag-toegang-aan";

export type NieuweGebruiker = z.output<typeof nieuweGebruiker>;

/**
 * Adds a medewerker. The roles and vakgroepen that give access wait for a second person (vier-ogen.ts): the
 * medewerker exists at once, and gets them when a teamleider or another beheerder approves.
 */
export async function maakGebruiker(
  h: Handeling,
  invoer: NieuweGebruiker,
): Promise<{ gebruiker: GebruikerRij; verzoek: RolverzoekRij | null }> {
  const { tx, wie } = h;
  vereis(wie, "aanmaken", gebruikersbeheer(h));
  const groepen = await vakgroepIds(tx, invoer.vakgroepen);
  const fouten = [
    ...controleerRollen(invoer.rollen),
    ...controleerWachtwoord(invoer.wachtwoord, invoer.gebruikersnaam),
    ...onbekendeVakgroepen(groepen.onbekend),
  ];
  if (fouten.length > 0) throw ongeldig("De invoer is niet geldig. Controleer de genoemde velden.", fouten);
  if (await gebruikersnaamBestaat(tx, invoer.gebruikersnaam)) {
    throw conflict("Deze gebruikersnaam is al in gebruik.", [
      { veld: "gebruikersnaam", melding: "Al in gebruik" },
    ]);
  }
  const { direct, verzoek } = splitsWijziging(
    { rollen: [], vakgroepen: [] },
    { rollen: invoer.rollen, vakgroepen: invoer.vakgroepen },
  );
  const id = await voegGebruikerToe(tx, {
    gemeenteCode: wie.gemeente.code,
    gebruikersnaam: invoer.gebruikersnaam,
    naam: invoer.naam,
    email: invoer.email ?? null,
    rollen: [...direct.rollen],
    wachtwoordHash: invoer.wachtwoord ? await hashWachtwoord(invoer.wachtwoord) : null,
  });
  await zetVakgroepen(tx, id, wie.gemeente.code, (await vakgroepIds(tx, [...direct.vakgroepen])).ids);
  const feiten: AuditFeit[] = [
    {
      actie: "aanmaken",
      resource: "gebruiker",
      persoonId: null,
      reden:
        `medewerker ${id} aangemaakt: rollen ${lijstje(direct.rollen)}; vakgroepen ${lijstje(direct.vakgroepen)}` +
        (invoer.wachtwoord ? "; wachtwoord ingesteld" : ""),
    },
  ];
  const aangevraagd = verzoek ? await vraagToegangAan(h, id, verzoek) : null;
  if (aangevraagd) feiten.push(aangevraagd.feit);
  await auditeer(h, feiten);
  const gebruiker = await haalGebruiker(tx, id);
  if (!gebruiker) throw new Error("nieuwe gebruiker niet terug te lezen");
  return { gebruiker, verzoek: aangevraagd?.verzoek ?? null };
}

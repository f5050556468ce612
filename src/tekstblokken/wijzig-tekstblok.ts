import { haalTekstblok, type Tekstblok, wijzigTekstblok as werkTekstblokBij } from "../db/tekstblokken";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden } from "../handeling/weigering";

/**
 * Changes a text or letter template of the gemeente on the versie the beheerder saw. Audited with the text's id
 * and code and which parts changed — never the text itself.
 */
export async function wijzigTekstblok(
  h: Handeling,
  code: string,
  versie: number,
  wijziging: { titel: string; tekst: string },
): Promise<Tekstblok> {
  vereis(h.wie, "wijzigen", { soort: "catalogus", gemeenteCode: h.wie.gemeente.code });
  const huidig = await haalTekstblok(h.tx, code);
  if (!huidig) throw nietGevonden("Deze tekst bestaat niet.");
  const nieuw = await werkTekstblokBij(h.tx, huidig.code, versie, wijziging, h.wie.medewerkerId);
  if (!nieuw) throw conflict();
  const delen = [
    ...(wijziging.titel !== huidig.titel ? ["titel"] : []),
    ...(wijziging.tekst !== huidig.tekst ? ["tekst"] : []),
  ];
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "tekstblok",
      persoonId: null,
      reden: `tekst ${huidig.id} (${huidig.code}) gewijzigd naar versie ${nieuw.versie}: ${delen.length > 0 ? delen.join(" en ") : "niets anders dan de versie"}`,
    },
  ]);
  return nieuw;
}

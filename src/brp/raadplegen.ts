/**
 * "Ophalen uit de BRP": a purpose-bound lookup in Haal Centraal BRP Personen bevragen v2. The purpose (doel) sets
 * the policy question and the `fields` (domain/brp/velden.ts) and goes into the audit trail with the klantdossier
 * persoon id — never the BSN. Nothing is saved: the medewerker sees the data with the moment it was fetched and
 * confirms it in the ordinary forms. The BRP is asked outside any database transaction (a slow BRP must not hold
 * a connection — with embedded PGlite the only one), between a transaction that authorises and one that audits.
 */
import type { z } from "zod";
import type { Ingelogd } from "../auth/sessies";
import type {
  brpRaadpleegAntwoord,
  brpRaadpleegVerzoek,
  brpZoekAntwoord,
  brpZoekVerzoek,
} from "../contract/brp";
import { haalPersoon, zoekPersonen } from "../db/personen";
import type { Actie } from "../domain/autorisatie";
import type { BrpVraag } from "../domain/brp/typen";
import { BRP_DOEL_LABELS, type BrpDoel, veldenVoor } from "../domain/brp/velden";
import { vertaalPersoon, woonplaatsUitBrp } from "../domain/brp/vertaal";
import { volledigeNaam } from "../domain/persoon/naam";
import { normaliseerPostcode } from "../domain/persoon/postcode";
import { auditeer, type Handeling, vereis } from "../handeling/context";
import { nietBeschikbaar, nietGevonden, ongeldig } from "../handeling/weigering";
import { nu } from "../lib/klok";
import { vereisBasisgegevens } from "../personen/basisgegevens";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { bsnIndex, ontsleutelBsn } from "../privacy/bsn-versleuteling";
import { type BrpClient, BrpFout } from "./client";

/** Runs work in a transaction inside the medewerker's gemeente (the route passes `metGemeente`). */
export type InTransactie = <T>(work: (h: Handeling) => Promise<T>) => Promise<T>;

/** The policy question per purpose: registering someone new, changing a dossier, or only reading for routing. */
const ACTIE_PER_DOEL: Record<BrpDoel, Actie> = {
  aanmelding: "aanmaken",
  "dossier-bijwerken": "wijzigen",
  woonplaatsbeginsel: "lezen",
};

const vereisDoel = (wie: Ingelogd, doel: BrpDoel) =>
  vereis(wie, ACTIE_PER_DOEL[doel], { soort: "basisgegevens", gemeenteCode: wie.gemeente.code });

async function vraagBrp(client: BrpClient, vraag: BrpVraag) {
  try {
    return await client.vraag(vraag);
  } catch (e) {
    if (e instanceof BrpFout) throw nietBeschikbaar(e.message);
    throw e;
  }
}

const reden = (doel: BrpDoel, type: string, aantal: number) =>
  `BRP geraadpleegd (${type}); doel: ${BRP_DOEL_LABELS[doel]}; ${aantal === 1 ? "1 persoon" : `${aantal} personen`} in het antwoord`;

interface Afhankelijkheden {
  client: BrpClient;
  sleutels: BsnSleutels;
  inTransactie: InTransactie;
}

/** RaadpleegMetBurgerservicenummer for one resident: by a typed BSN or a persoon of the klantdossier. */
export async function raadpleegBrp(
  { client, sleutels, inTransactie }: Afhankelijkheden,
  verzoek: z.output<typeof brpRaadpleegVerzoek>,
): Promise<z.infer<typeof brpRaadpleegAntwoord>> {
  const { doel } = verzoek;
  const bsn = await inTransactie(async (h) => {
    const { tx, wie } = h;
    vereisDoel(wie, doel);
    if ("bsn" in verzoek) return verzoek.bsn.replace(/[\s.]/g, "");
    await vereisBasisgegevens(h, ACTIE_PER_DOEL[doel], verzoek.persoonId);
    const persoon = await haalPersoon(tx, verzoek.persoonId);
    if (!persoon) throw nietGevonden();
    if (!persoon.bsnVersleuteld) {
      throw ongeldig("Van deze inwoner is geen BSN bekend; de BRP kan zonder BSN niet worden geraadpleegd.", [
        { veld: "persoonId", melding: "Deze inwoner heeft geen BSN" },
      ]);
    }
    return ontsleutelBsn(sleutels, persoon.bsnVersleuteld);
  });
  const type = "RaadpleegMetBurgerservicenummer";
  const antwoord = await vraagBrp(client, {
    type,
    fields: veldenVoor(doel, type),
    burgerservicenummer: [bsn],
  });
  const opgehaaldOp = nu().toISOString();
  const [gevonden] = antwoord.personen ?? [];
  if (!gevonden) {
    throw nietGevonden(
      "De BRP kent geen (levende) persoon met dit BSN. Controleer het BSN, of vul de gegevens met de hand in.",
    );
  }
  return inTransactie(async (h) => {
    const inDossier = async (b: string | null) => {
      if (!b) return null;
      const { items } = await zoekPersonen(
        h.tx,
        { soort: "bsnIndex", bsnIndex: bsnIndex(sleutels, b) },
        1,
        1,
      );
      const p = items[0];
      return p ? { id: p.id, naam: volledigeNaam(p) } : null;
    };
    const zelf = await inDossier(bsn);
    await auditeer(h, [
      { actie: "lezen", resource: "brp", persoonId: zelf?.id ?? null, reden: reden(doel, type, 1) },
    ]);
    const g = vertaalPersoon(gevonden);
    const metDossier = async <T extends { bsn: string | null }>(r: T) => ({
      ...r,
      inKlantdossier: await inDossier(r.bsn),
    });
    const kinderen = [];
    for (const k of g.kinderen) kinderen.push(await metDossier(k));
    const ouders = [];
    for (const o of g.ouders) ouders.push(await metDossier(o));
    return {
      opgehaaldOp,
      doel,
      persoon: {
        ...g,
        kinderen,
        ouders,
        partner: g.partner ? await metDossier(g.partner) : null,
        inKlantdossier: zelf,
      },
      woonplaats: woonplaatsUitBrp(g),
    };
  });
}

/** ZoekMetGeslachtsnaamEnGeboortedatum or ZoekMetPostcodeEnHuisnummer: candidates to pick from. */
export async function zoekInBrp(
  { client, inTransactie }: Omit<Afhankelijkheden, "sleutels">,
  verzoek: z.output<typeof brpZoekVerzoek>,
): Promise<z.infer<typeof brpZoekAntwoord>> {
  const { doel } = verzoek;
  await inTransactie(async ({ wie }) => vereisDoel(wie, doel));
  const vraag: BrpVraag =
    "geslachtsnaam" in verzoek
      ? {
          type: "ZoekMetGeslachtsnaamEnGeboortedatum",
          fields: veldenVoor(doel, "ZoekMetGeslachtsnaamEnGeboortedatum"),
          geslachtsnaam: verzoek.geslachtsnaam,
          geboortedatum: verzoek.geboortedatum,
          ...(verzoek.voorvoegsel ? { voorvoegsel: verzoek.voorvoegsel } : {}),
        }
      : {
          type: "ZoekMetPostcodeEnHuisnummer",
          fields: veldenVoor(doel, "ZoekMetPostcodeEnHuisnummer"),
          postcode: normaliseerPostcode(verzoek.postcode).replace(" ", ""),
          huisnummer: verzoek.huisnummer,
          ...(verzoek.huisletter ? { huisletter: verzoek.huisletter } : {}),
          ...(verzoek.toevoeging ? { huisnummertoevoeging: verzoek.toevoeging } : {}),
        };
  const antwoord = await vraagBrp(client, vraag);
  const opgehaaldOp = nu().toISOString();
  const personen = (antwoord.personen ?? []).map((p) => {
    const g = vertaalPersoon(p);
    const regels = [p.adressering?.adresregel1, p.adressering?.adresregel2].filter(Boolean);
    return {
      bsn: g.bsn,
      naam: g.naam,
      geboortedatum: g.geboortedatum,
      // Geheimhouding: the medewerker sees that there is someone, not where they live.
      adres: g.geheimhouding || regels.length === 0 ? null : regels.join(", "),
      geheimhouding: g.geheimhouding,
    };
  });
  await inTransactie((h) =>
    auditeer(h, [
      { actie: "zoeken", resource: "brp", persoonId: null, reden: reden(doel, vraag.type, personen.length) },
    ]),
  );
  return { opgehaaldOp, doel, personen };
}

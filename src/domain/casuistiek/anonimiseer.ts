/**
 * The anonymised view of a zaak for the casuïstiekoverleg (DOMAIN §2.2): no names, BSN, addresses or
 * contact details — only ages, family composition, leefgebieden, the safety assessment and the
 * description with everything identifying replaced by a role ("[hoofdpersoon]", "[gezinslid 1]").
 * Names are also removed from the free text, in any letter case and with or without diacritics.
 */

import { leeftijdOp } from "../persoon/leeftijd";
import { LEEFGEBIED_LABELS, type Leefgebied } from "../routering/leefgebieden";
import { CONTACTPATRONEN, maandnaam, NAAMPATRONEN, pasToe, SCHOOLPATRONEN } from "./patronen";

export interface CasusPersoon {
  rol: string;
  voornamen: string;
  voorvoegsel?: string | null;
  geslachtsnaam: string;
  geboortedatum: string;
  straat?: string | null;
  huisnummer?: number | null;
  postcode?: string | null;
  woonplaats?: string | null;
  bsn?: string | null;
  telefoon?: string | null;
  email?: string | null;
}

export interface CasusZaak {
  zaaktype: string;
  omschrijving: string;
  leefgebieden: readonly string[];
  veiligheid: string;
}

/** The structured part: what every participant of the overleg may see (beleid rule 16). */
export interface CasusSamenvatting {
  zaaktype: string;
  leeftijden: { rol: string; aanduiding: string; leeftijd: number }[];
  gezinssamenstelling: string;
  leefgebieden: string[];
  veiligheid: string;
}

export interface AnoniemeCasus {
  samenvatting: CasusSamenvatting;
  /** The zaak description with everything identifying replaced: free text, for the zaak's vakgroep only. */
  omschrijving: string;
}

const ROL_VOLGORDE = ["hoofdpersoon", "gezinslid", "gezaghebbende", "vertegenwoordiger", "melder"];
const rang = (rol: string) => {
  const i = ROL_VOLGORDE.indexOf(rol);
  return i === -1 ? ROL_VOLGORDE.length : i;
};

/** The stable order of a casus: hoofdpersoon, gezinsleden (oldest first), others; labels follow it. */
export function ordenPersonen<P extends Pick<CasusPersoon, "rol" | "geboortedatum">>(
  personen: readonly P[],
): P[] {
  return [...personen].sort(
    (a, b) => rang(a.rol) - rang(b.rol) || a.geboortedatum.localeCompare(b.geboortedatum),
  );
}

/** "[hoofdpersoon]", "[gezinslid 1]", "[gezinslid 2]", … in a stable order. */
export function aanduidingen(personen: readonly Pick<CasusPersoon, "rol">[]): string[] {
  const aantal = new Map<string, number>();
  for (const p of personen) aantal.set(p.rol, (aantal.get(p.rol) ?? 0) + 1);
  const teller = new Map<string, number>();
  return personen.map((p) => {
    const n = (teller.get(p.rol) ?? 0) + 1;
    teller.set(p.rol, n);
    return (aantal.get(p.rol) ?? 0) > 1 ? `[${p.rol} ${n}]` : `[${p.rol}]`;
  });
}

const VARIANTEN: Record<string, string> = {
  a: "aàáâãäå",
  e: "eèéêë",
  i: "iìíîï",
  o: "oòóôõö",
  u: "uùúûü",
  y: "yýÿij",
  c: "cç",
  n: "nñ",
};

const zonderAccenten = (tekst: string) => tekst.normalize("NFD").replace(/\p{M}/gu, "");
const regexTeken = (teken: string) => teken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A regex source matching `woord` case- and diacritics-insensitively, spaces as any whitespace. */
function patroon(woord: string): string {
  return [...zonderAccenten(woord)]
    .map((teken) => {
      if (/\s/.test(teken)) return "\\s+";
      const varianten = VARIANTEN[teken.toLowerCase()];
      return varianten ? `[${varianten}]` : regexTeken(teken);
    })
    .join("");
}

// Whole words only, and not a part of someone else's double name ("Bakker" in "Jansen-Bakker").
const GRENS_VOOR = "(?<![\\p{L}\\p{N}]-?)";
const GRENS_NA = "(?!-?[\\p{L}\\p{N}])";

function vervangWoorden(tekst: string, woorden: readonly string[], door: string): string {
  const uniek = [...new Set(woorden.map((w) => w.trim()).filter((w) => w.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (uniek.length === 0) return tekst;
  const regex = new RegExp(`${GRENS_VOOR}(?:${uniek.map(patroon).join("|")})${GRENS_NA}`, "giu");
  return tekst.replace(regex, door);
}

/** The name forms of a person as they may appear in free text, longest first. */
export function naamvormen(p: Pick<CasusPersoon, "voornamen" | "voorvoegsel" | "geslachtsnaam">): string[] {
  const voornamen = p.voornamen.split(/\s+/).filter(Boolean);
  const achternaam = [p.voorvoegsel, p.geslachtsnaam].filter(Boolean).join(" ");
  // Double surnames ("Veen-Bakker") also appear in parts, with or without the voorvoegsel.
  const delen = p.geslachtsnaam.split(/[-\s]+/).filter((d) => d.length >= 3);
  const achternamen = [
    achternaam,
    p.geslachtsnaam,
    ...delen.flatMap((d) => [[p.voorvoegsel, d].filter(Boolean).join(" "), d]),
  ];
  return [
    [...voornamen, achternaam].join(" "),
    ...achternamen.map((a) => [voornamen[0], a].join(" ")),
    ...achternamen,
    ...voornamen,
  ];
}

function datumvormen(iso: string): string[] {
  const [j, m, d] = iso.split("-") as [string, string, string];
  const dn = String(Number(d));
  const mn = String(Number(m));
  return [
    `${j}-${m}-${d}`,
    `${d}-${m}-${j}`,
    `${d}/${m}/${j}`,
    `${d}.${m}.${j}`,
    `${dn}-${mn}-${j}`,
    `${dn}/${mn}/${j}`,
    `${dn} ${maandnaam(Number(m))} ${j}`,
  ];
}

/**
 * Removes names, BSNs, addresses, postcodes, birth dates, contact details and school names from a free
 * text: first the zaak's own persons' details by value, then contact patterns, then the persons' names by
 * their role ("[hoofdpersoon]"), then schools and the names of third parties ("[school]", "[naam]").
 * What the patterns catch and what stays is documented in patronen.ts.
 */
export function verwijderPersoonsgegevens(tekst: string, ongeordend: readonly CasusPersoon[]): string {
  const personen = ordenPersonen(ongeordend);
  const labels = aanduidingen(personen);
  let uit = tekst;
  for (const p of personen) {
    for (const [waarde, door] of [
      [p.bsn, "[bsn]"],
      [p.telefoon, "[telefoonnummer]"],
      [p.email, "[e-mailadres]"],
    ] as const)
      if (waarde && waarde.length >= 5) uit = uit.split(waarde).join(door);
    if (p.straat) {
      const straat = p.huisnummer ? [`${p.straat} ${p.huisnummer}`, p.straat] : [p.straat];
      uit = vervangWoorden(uit, straat, "[adres]");
    }
    if (p.postcode) {
      const pc = p.postcode.replace(/\s/g, "");
      uit = vervangWoorden(uit, [`${pc.slice(0, 4)} ${pc.slice(4)}`, pc], "[postcode]");
    }
    for (const vorm of datumvormen(p.geboortedatum)) uit = uit.split(vorm).join("[geboortedatum]");
  }
  uit = pasToe(uit, CONTACTPATRONEN);
  personen.forEach((p, i) => {
    uit = vervangWoorden(uit, naamvormen(p), labels[i] ?? "[persoon]");
  });
  const woonplaatsen = personen.flatMap((p) => (p.woonplaats ? [p.woonplaats] : []));
  uit = vervangWoorden(uit, woonplaatsen, "[woonplaats]");
  uit = pasToe(uit, SCHOOLPATRONEN);
  uit = pasToe(uit, NAAMPATRONEN);
  // Initials left before a replaced name ("J. [hoofdpersoon]", "A.B. [melder]").
  uit = uit.replace(/(?:(?<![\p{L}])\p{Lu}\.\s?)+(?=\[)/gu, "");
  return uit;
}

function gezinssamenstelling(personen: readonly CasusPersoon[], peildatum: string): string {
  const jaar = (p: CasusPersoon) => `${leeftijdOp(p.geboortedatum, peildatum)} jaar`;
  const hoofd = personen.find((p) => p.rol === "hoofdpersoon");
  const gezin = personen.filter((p) => p.rol === "gezinslid");
  const kinderen = [...gezin, ...(hoofd ? [hoofd] : [])].filter(
    (p) => leeftijdOp(p.geboortedatum, peildatum) < 18,
  ).length;
  const delen = [hoofd ? `hoofdpersoon (${jaar(hoofd)})` : "geen hoofdpersoon bekend"];
  if (gezin.length > 0)
    delen.push(
      `${gezin.length === 1 ? "1 gezinslid" : `${gezin.length} gezinsleden`} (${gezin.map(jaar).join(", ")})`,
    );
  const overig = personen.filter((p) => p.rol !== "hoofdpersoon" && p.rol !== "gezinslid");
  for (const p of overig) delen.push(`${p.rol} (${jaar(p)})`);
  const zin = delen.join("; ");
  const minder =
    kinderen === 0 ? "geen minderjarigen" : kinderen === 1 ? "1 minderjarige" : `${kinderen} minderjarigen`;
  return `${zin.charAt(0).toUpperCase()}${zin.slice(1)}; ${minder}.`;
}

/** The anonymised casus of a zaak on a peildatum (the date of the overleg). */
export function anonimiseer(
  zaak: CasusZaak,
  personen: readonly CasusPersoon[],
  peildatum: string,
): AnoniemeCasus {
  const volgorde = ordenPersonen(personen);
  const labels = aanduidingen(volgorde);
  return {
    samenvatting: {
      zaaktype: zaak.zaaktype,
      leeftijden: volgorde.map((p, i) => ({
        rol: p.rol,
        aanduiding: labels[i] ?? "[persoon]",
        leeftijd: leeftijdOp(p.geboortedatum, peildatum),
      })),
      gezinssamenstelling: gezinssamenstelling(volgorde, peildatum),
      leefgebieden: zaak.leefgebieden.map((l) => LEEFGEBIED_LABELS[l as Leefgebied] ?? l),
      veiligheid: zaak.veiligheid,
    },
    omschrijving: verwijderPersoonsgegevens(zaak.omschrijving, volgorde),
  };
}

/**
 * The header facts of the zaak workspace (issue 21, "The workspace"): what a professional must see at a glance
 * on every tab. Pure: the caller passes today's date, the persons (with their birth dates) and the terms.
 */
import { leeftijdOp } from "../persoon/leeftijd";
import { dagenTussen } from "../termijnen/kalender";
import { statusLabel, ZAAKTYPE_LABELS, type ZaakStatus, type Zaaktype } from "./zaaktypen";

export interface KopPersoon {
  persoonId: string;
  naam: string;
  rol: string;
  geboortedatum: string | null;
}

export interface KopTermijn {
  soort: string;
  partij: "gemeente" | "inwoner";
  uiterlijkeDatum: string;
  status: "lopend" | "opgeschort" | "gehaald" | "verlopen";
  afgerondOp: string | null;
}

export interface WerkbladKop {
  zaaktypeNaam: string;
  statusNaam: string;
  hoofdpersoon: { persoonId: string; naam: string; leeftijd: number | null } | null;
  /** The nearest term the gemeente must still act within; `dagen` < 0 when it passed. */
  termijn: {
    soort: string;
    uiterlijkeDatum: string;
    dagen: number;
    status: "lopend" | "opgeschort" | "verlopen";
  } | null;
}

export function werkbladKop(
  zaak: { zaaktype: string; status: string },
  personen: readonly KopPersoon[],
  termijnen: readonly KopTermijn[],
  vandaag: string,
): WerkbladKop {
  const hoofd = personen.find((p) => p.rol === "hoofdpersoon") ?? personen[0];
  const open = termijnen
    .filter((t) => t.partij === "gemeente" && t.afgerondOp === null && t.status !== "gehaald")
    .toSorted((a, b) => a.uiterlijkeDatum.localeCompare(b.uiterlijkeDatum))[0];
  return {
    zaaktypeNaam: ZAAKTYPE_LABELS[zaak.zaaktype as Zaaktype] ?? zaak.zaaktype,
    statusNaam: statusLabel(zaak.status as ZaakStatus, zaak.zaaktype as Zaaktype) ?? zaak.status,
    hoofdpersoon: hoofd
      ? {
          persoonId: hoofd.persoonId,
          naam: hoofd.naam,
          leeftijd: hoofd.geboortedatum ? leeftijdOp(hoofd.geboortedatum, vandaag) : null,
        }
      : null,
    termijn: open
      ? {
          soort: open.soort,
          uiterlijkeDatum: open.uiterlijkeDatum,
          dagen: dagenTussen(vandaag, open.uiterlijkeDatum),
          status: open.status as "lopend" | "opgeschort" | "verlopen",
        }
      : null,
  };
}

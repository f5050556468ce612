/**
 * Bridges a stored zaak (its `feiten` jsonb) to the termijnen engine in src/domain/termijnen. The Atw
 * calendar (days equated with a feestdag by Koninklijk Besluit) is the one the process loaded from the
 * beheerder's list (`kalender/kalender.ts`); a caller may pass another one explicitly.
 */
import type { ZaakRij } from "../db/zaken";
import {
  berekenTermijnen,
  eerstvolgendeTermijn,
  type Kalender,
  type Termijn,
  type TermijnFeiten,
} from "../domain/termijnen";
import { besluitVan } from "../domain/termijnen/bereken";
import { berekenDwangsom, type Dwangsom, type DwangsomUitzondering } from "../domain/termijnen/dwangsom";
import { dagenTussen } from "../domain/termijnen/kalender";
import type { Zaaktype } from "../domain/zaak/zaaktypen";
import { huidigeKalender } from "../kalender/kalender";

export type ZaakVoorTermijnen = Pick<ZaakRij, "zaaktype" | "meldingsdatum" | "feiten">;

export function termijnFeiten(zaak: ZaakVoorTermijnen): TermijnFeiten {
  const feiten = (zaak.feiten ?? {}) as Partial<TermijnFeiten>;
  return { ...feiten, zaaktype: zaak.zaaktype as Zaaktype, meldingsdatum: zaak.meldingsdatum };
}

export function termijnenVan(
  zaak: ZaakVoorTermijnen,
  vandaag: string,
  kalender: Kalender = huidigeKalender(),
): Termijn[] {
  return berekenTermijnen(termijnFeiten(zaak), vandaag, kalender).termijnen;
}

export function volgendeTermijn(
  zaak: ZaakVoorTermijnen,
  vandaag: string,
  kalender: Kalender = huidigeKalender(),
): Termijn | null {
  return eerstvolgendeTermijn(termijnenVan(zaak, vandaag, kalender));
}

/**
 * The dwangsom bij niet tijdig beslissen on `dag` (Awb 4:17), or null without an ingebrekestelling or beslistermijn:
 * for the zaak page and the werkvoorraad's warning.
 */
export function dwangsomVan(
  zaak: ZaakVoorTermijnen,
  dag: string,
  kalender: Kalender = huidigeKalender(),
): Dwangsom | null {
  const feiten = termijnFeiten(zaak);
  const ontvangen = feiten.ingebrekestellingOntvangenOp;
  const beslistermijn = ontvangen
    ? termijnenVan(zaak, dag, kalender).find((t) => t.soort === "beslissing")
    : undefined;
  if (!ontvangen || !beslistermijn) return null;
  const uitzondering = (zaak.feiten as { dwangsomUitzondering?: DwangsomUitzondering | null } | null)
    ?.dwangsomUitzondering;
  return berekenDwangsom({
    beslistermijnEinde: beslistermijn.uiterlijkeDatum,
    ingebrekestellingOntvangenOp: ontvangen,
    besluitdatum: besluitVan(feiten),
    uitzondering: uitzondering ?? null,
    vandaag: dag,
    kalender,
  });
}

/** Urgency label for werkvoorraden (never colour alone): verlopen, vandaag, binnen 5 dagen, or op tijd. */
export function urgentie(
  uiterlijkeDatum: string,
  vandaag: string,
): "verlopen" | "vandaag" | "binnenkort" | "op-tijd" {
  const dagen = dagenTussen(vandaag, uiterlijkeDatum);
  if (dagen < 0) return "verlopen";
  if (dagen === 0) return "vandaag";
  if (dagen <= 5) return "binnenkort";
  return "op-tijd";
}

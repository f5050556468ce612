/**
 * The expected cost of a toewijzing (issue 17): omvang × tarief × periode, in eurocent. The iStandaarden
 * (iWmo/iJw 3.2) give the omvang as Volume + Eenheid (WJ756) + Frequentie (WMO757):
 *   1 "Per dag", 2 "Per week", 4 "Per maand": the volume recurs over the toewijzing's period, so the cost is
 *     volume × tarief × the number of days, weeks (days / 7) or months (whole calendar months, a partial month
 *     pro rata its days) between Ingangsdatum and Einddatum (both inclusive);
 *   6 "Totaal binnen geldigheidsduur toewijzing": the volume once, at the tariff valid on the Ingangsdatum.
 * A toewijzing with a Budget (eurocent) costs its budget; one deleted (RedenWijziging 13) costs nothing.
 * A recurring omvang without Einddatum has no end, so no expected total (the reason is given).
 * When the tariff changes during the toewijzing, each part is priced at its own tariff.
 * Tariff and toewijzing in different eenheden are converted only where WJ756 itself fixes the ratio of the
 * units: 60 minuten (01) in an uur (04). The result is rounded to whole cents once, at the end.
 */
import { dagenTussen, naarDatum, naarIso, plusDagen } from "../termijnen/kalender";

export interface Tarief {
  van: string;
  tot: string | null;
  /** WJ756 code. */
  eenheid: string;
  /** Eurocent per eenheid. */
  bedrag: number;
}

export interface ToewijzingVoorKosten {
  ingangsdatum: string;
  einddatum: string | null;
  omvang: { volume: number; eenheid: string; frequentie: string } | null;
  budget: number | null;
  redenWijziging: string | null;
}

export type Kosten = { ok: true; bedrag: number; uitleg: string } | { ok: false; reden: string };

const REDEN_VERWIJDERD = "13";
const MINUTEN: Readonly<Record<string, number>> = { "01": 1, "04": 60 };

/** How many tariff units one toewijzing unit is, when WJ756 fixes it (1 when equal). */
export function omrekening(toewijzing: string, tarief: string): number | null {
  if (toewijzing === tarief) return 1;
  const a = MINUTEN[toewijzing];
  const b = MINUTEN[tarief];
  return a && b ? a / b : null;
}

const dagen = (van: string, tot: string) => dagenTussen(van, tot) + 1;
const laatsteVanMaand = (iso: string) => {
  const d = naarDatum(iso);
  return naarIso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
};

/** Calendar months in [van, tot], a partial month counted as its share of days (both ends inclusive). */
export function maanden(van: string, tot: string): number {
  let aantal = 0;
  for (let begin = van; begin <= tot; ) {
    const einde = laatsteVanMaand(begin);
    const tot_ = einde < tot ? einde : tot;
    aantal += dagen(begin, tot_) / dagen(`${begin.slice(0, 8)}01`, einde);
    begin = plusDagen(einde, 1);
  }
  return aantal;
}

/** How many times the volume recurs in [van, tot] for Frequentie 1, 2 or 4; null for another frequency. */
export function herhalingen(frequentie: string, van: string, tot: string): number | null {
  switch (frequentie) {
    case "1":
      return dagen(van, tot);
    case "2":
      return dagen(van, tot) / 7;
    case "4":
      return maanden(van, tot);
    default:
      return null;
  }
}

const euro = (cent: number) =>
  new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(cent / 100);

export function verwachteKosten(t: ToewijzingVoorKosten, tarieven: readonly Tarief[]): Kosten {
  if (t.redenWijziging === REDEN_VERWIJDERD)
    return { ok: true, bedrag: 0, uitleg: "De toewijzing is verwijderd (reden wijziging 13)." };
  if (t.budget !== null) return { ok: true, bedrag: t.budget, uitleg: `Budget ${euro(t.budget)}.` };
  const o = t.omvang;
  if (!o) return { ok: false, reden: "De toewijzing heeft geen omvang en geen budget." };
  const geldend = (datum: string) =>
    tarieven.find((r) => r.van <= datum && (r.tot === null || datum <= r.tot));

  if (o.frequentie === "6") {
    const tarief = geldend(t.ingangsdatum);
    if (!tarief) return { ok: false, reden: `Op ${t.ingangsdatum} geldt geen tarief voor dit product.` };
    const factor = omrekening(o.eenheid, tarief.eenheid);
    if (factor === null)
      return {
        ok: false,
        reden: `Het tarief is per eenheid ${tarief.eenheid}, de toewijzing in ${o.eenheid}.`,
      };
    const bedrag = Math.round(o.volume * factor * tarief.bedrag);
    return { ok: true, bedrag, uitleg: `${o.volume} in totaal × ${euro(tarief.bedrag)} = ${euro(bedrag)}.` };
  }
  if (herhalingen(o.frequentie, t.ingangsdatum, t.ingangsdatum) === null)
    return { ok: false, reden: `Onbekende frequentie ${o.frequentie}.` };
  if (!t.einddatum)
    return { ok: false, reden: "De toewijzing heeft geen einddatum; de totale kosten liggen niet vast." };

  let totaal = 0;
  const delen: string[] = [];
  for (let van = t.ingangsdatum; van <= t.einddatum; ) {
    const tarief = geldend(van);
    if (!tarief) return { ok: false, reden: `Op ${van} geldt geen tarief voor dit product.` };
    const factor = omrekening(o.eenheid, tarief.eenheid);
    if (factor === null)
      return {
        ok: false,
        reden: `Het tarief is per eenheid ${tarief.eenheid}, de toewijzing in ${o.eenheid}.`,
      };
    const tot = tarief.tot !== null && tarief.tot < t.einddatum ? tarief.tot : t.einddatum;
    const keer = herhalingen(o.frequentie, van, tot) ?? 0;
    totaal += o.volume * factor * keer * tarief.bedrag;
    delen.push(`${van} t/m ${tot}: ${o.volume} × ${Number(keer.toFixed(4))} × ${euro(tarief.bedrag)}`);
    van = plusDagen(tot, 1);
  }
  const bedrag = Math.round(totaal);
  return { ok: true, bedrag, uitleg: `${delen.join("; ")} = ${euro(bedrag)}.` };
}

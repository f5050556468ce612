/** 305 start zorg and 307 stop zorg: update the toewijzing's delivery status per product line. */
import { type Levering, verwerkStart, verwerkStop } from "../domain/berichten/levering";
import { GOED } from "../domain/berichten/retourcodes";
import type { Vooruit } from "./opzoeker";
import { Uitslag, type VerwerkContext, type Verwerking } from "./verwerking";
import { knoop, lijst, tekst, type XmlKnoop } from "./xml";

const ONBEKEND =
  "Start- of stopbericht dat niet aan een toewijzing gekoppeld kan worden (onbekend BSN of toewijzingnummer): controleer de toewijzing en neem zo nodig contact op met de aanbieder.";

/** The product lines of a 305 (StartProduct) or 307 (StopProduct). */
function regelsVan(inhoud: XmlKnoop, start: boolean): XmlKnoop[] {
  const client = knoop(inhoud.Client);
  return lijst(
    knoop(client[start ? "StartProducten" : "StopProducten"])[start ? "StartProduct" : "StopProduct"],
  );
}

/** The client and toewijzingen a 305/307 names, to read a batch of messages in one query each. */
export function leveringVooruit(inhoud: XmlKnoop, type: string, wet: Vooruit["toewijzingen"][number]["wet"]) {
  const bsn = tekst(knoop(inhoud.Client).Bsn);
  return {
    bsns: bsn ? [bsn] : [],
    toewijzingen: regelsVan(inhoud, type === "305").map((r) => ({
      wet,
      nummer: Number(tekst(r.ToewijzingNummer) ?? Number.NaN),
    })),
  };
}

export async function verwerkLevering(ctx: VerwerkContext): Promise<Verwerking> {
  const start = ctx.type.type === "305";
  const klasse = start ? "StartProduct" : "StopProduct";
  const uitslag = new Uitslag();
  const persoon = await ctx.zoek.persoon(tekst(knoop(ctx.inhoud.Client).Bsn));
  uitslag.persoonId = persoon?.id ?? null;
  for (const [i, r] of regelsVan(ctx.inhoud, start).entries()) {
    const nummer = Number(tekst(r.ToewijzingNummer) ?? Number.NaN);
    const label = `${start ? "start" : "stop"} ${i + 1}${Number.isFinite(nummer) ? ` (toewijzing ${nummer})` : ""}`;
    const t = await ctx.zoek.toewijzing(ctx.wet, nummer);
    if (!persoon || !t || t.persoonId !== persoon.id || t.aanbiederAgb !== ctx.kop.afzender) {
      uitslag.zet(klasse, i, "9019", label, "geen toewijzing van deze aanbieder voor deze cliënt");
      uitslag.aandacht = ONBEKEND;
      continue;
    }
    uitslag.zaakId = t.zaakId;
    const huidig: Levering = {
      zorgGestartOp: t.zorgGestartOp,
      zorgGestoptOp: t.zorgGestoptOp,
      redenBeeindiging: t.redenBeeindiging,
    };
    const regel = {
      begindatum: tekst(r.Begindatum) ?? "",
      statusAanlevering: tekst(r.StatusAanlevering) ?? "",
    };
    const uitkomst = start
      ? verwerkStart(huidig, regel)
      : verwerkStop(huidig, {
          ...regel,
          einddatum: tekst(r.Einddatum) ?? "",
          redenBeeindiging: tekst(r.RedenBeeindiging) ?? "",
        });
    if (!uitkomst.ok) {
      uitslag.zet(klasse, i, uitkomst.code, label, uitkomst.melding);
      continue;
    }
    ctx.zoek.werkLeveringBij(t, uitkomst.levering);
    uitslag.zet(klasse, i, GOED, label);
  }
  uitslag.zet("Client", 0, GOED, "cliënt");
  return uitslag.af();
}

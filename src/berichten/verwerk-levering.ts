/** 305 start zorg and 307 stop zorg: update the toewijzing's delivery status per product line. */
import { toewijzingOpNummer, werkLeveringBij } from "../db/berichten";
import { type Levering, verwerkStart, verwerkStop } from "../domain/berichten/levering";
import { GOED } from "../domain/berichten/retourcodes";
import { persoonOpBsn } from "./clienten";
import { Uitslag, type VerwerkContext, type Verwerking } from "./verwerking";
import { knoop, lijst, tekst } from "./xml";

const ONBEKEND =
  "Start- of stopbericht dat niet aan een toewijzing gekoppeld kan worden (onbekend BSN of toewijzingnummer): controleer de toewijzing en neem zo nodig contact op met de aanbieder.";

export async function verwerkLevering(ctx: VerwerkContext): Promise<Verwerking> {
  const start = ctx.type.type === "305";
  const klasse = start ? "StartProduct" : "StopProduct";
  const client = knoop(ctx.inhoud.Client);
  const uitslag = new Uitslag();
  const persoon = await persoonOpBsn(ctx.tx, ctx.sleutels, tekst(client.Bsn));
  uitslag.persoonId = persoon?.id ?? null;
  const regels = lijst(knoop(client[start ? "StartProducten" : "StopProducten"])[klasse]);
  for (const [i, r] of regels.entries()) {
    const nummer = Number(tekst(r.ToewijzingNummer) ?? Number.NaN);
    const label = `${start ? "start" : "stop"} ${i + 1}${Number.isFinite(nummer) ? ` (toewijzing ${nummer})` : ""}`;
    const t = Number.isFinite(nummer) ? await toewijzingOpNummer(ctx.tx, ctx.wet, nummer) : undefined;
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
    await werkLeveringBij(ctx.tx, t.id, uitkomst.levering);
    uitslag.zet(klasse, i, GOED, label);
  }
  uitslag.zet("Client", 0, GOED, "cliënt");
  return uitslag.af();
}

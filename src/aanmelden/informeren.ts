/**
 * A known resident with an involved medewerker: that medewerker is informed of the new contact in the app
 * and by e-mail (mail module, same transaction) and can pick it up. Texts name only the zaaknummer,
 * never case content.
 */
import type { Ingelogd } from "../auth/sessies";
import { betrokkenBehandelaars, voegNotificatiesToe } from "../db/aanmelden";
import type { Tx } from "../db/client";
import { AANMELDKANAAL_LABELS, type Aanmeldkanaal } from "../domain/zaak/kanalen";
import { isEmailadres, zetMailInWachtrij } from "../mail/wachtrij";

export async function informeerBetrokkenen(
  tx: Tx,
  wie: Ingelogd,
  persoonId: string,
  kanaal: Aanmeldkanaal,
): Promise<number> {
  const rijen = await betrokkenBehandelaars(tx, persoonId);
  const perMedewerker = new Map<string, { email: string | null; zaken: { id: string; nummer: string }[] }>();
  for (const r of rijen) {
    if (r.behandelaarId === wie.medewerkerId || !r.actief) continue;
    const m = perMedewerker.get(r.behandelaarId) ?? { email: r.email, zaken: [] };
    m.zaken.push({ id: r.zaakId, nummer: r.zaaknummer });
    perMedewerker.set(r.behandelaarId, m);
  }
  const via = AANMELDKANAAL_LABELS[kanaal].toLowerCase();
  for (const [ontvangerId, m] of perMedewerker) {
    const eerste = m.zaken[0];
    if (!eerste) continue;
    const nummers = m.zaken.map((z) => z.nummer).join(", ");
    const tekst = `Nieuw contact (${via}) over een inwoner bij uw zaak ${nummers}. Bekijk het contact en pak het zo nodig op.`;
    await voegNotificatiesToe(tx, [
      {
        gemeenteCode: wie.gemeente.code,
        ontvangerId,
        soort: "nieuw-contact",
        tekst,
        link: `/zaken/${eerste.id}`,
      },
    ]);
    if (m.email && isEmailadres(m.email)) {
      await zetMailInWachtrij(tx, {
        aan: m.email,
        onderwerp: `Voordeur: nieuw contact bij zaak ${eerste.nummer}`,
        tekst: `${tekst}\n\nLog in op Voordeur om het contact te bekijken.\n\nDit bericht is automatisch verstuurd door Voordeur (${wie.gemeente.naam}).`,
        aanleiding: "nieuw contact bij een zaak van de ontvanger",
      });
    }
  }
  return perMedewerker.size;
}

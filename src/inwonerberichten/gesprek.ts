/**
 * The secure conversation of a zaak (issue 16), the same for both sides: the resident in Mijn Voordeur
 * (portaal/berichten.ts) and the medewerkers of the zaak (op-zaak.ts). Opening it marks what the other side wrote as
 * read; every read and message is audited on the hoofdpersoon, without its text. A message from the gemeente queues
 * an e-mail to the letter addressees that only says a message is waiting (domain/portaal/inwonerbericht.ts).
 */
import { geadresseerdenVan } from "../brieven/geadresseerden";
import { gesprekVanZaak, type Kant, markeerGelezen, plaatsInwonerbericht } from "../db/inwonerberichten";
import { personenVanZaak, type ZaakRij } from "../db/zaken";
import { kennisgeving, magSchrijven } from "../domain/portaal/inwonerbericht";
import { auditeer, type Handeling } from "../handeling/context";
import { medewerkerVan } from "../handeling/systeem";
import { regelOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { isEmailadres, zetMailInWachtrij } from "../mail/wachtrij";

const ANDERE_KANT: Record<Kant, Kant> = { inwoner: "medewerker", medewerker: "inwoner" };

async function hoofdpersoon(h: Handeling, zaak: ZaakRij): Promise<string | null> {
  return (await personenVanZaak(h.tx, zaak.id)).find((p) => p.rol === "hoofdpersoon")?.persoonId ?? null;
}

/** One page of the conversation, newest first; what the other side wrote is read from now on. */
export async function leesGesprek(
  h: Handeling,
  zaak: ZaakRij,
  lezer: Kant,
  pagina: { pagina: number; perPagina: number },
) {
  const { items, totaal } = await gesprekVanZaak(h.tx, zaak.id, pagina.pagina, pagina.perPagina);
  await markeerGelezen(h.tx, zaak.id, ANDERE_KANT[lezer]);
  await auditeer(h, [
    {
      actie: "lezen",
      resource: "inwonerbericht",
      persoonId: await hoofdpersoon(h, zaak),
      reden: `gesprek van zaak ${zaak.zaaknummer}`,
    },
  ]);
  return {
    items: items.map((b) => ({
      id: b.id,
      van: b.van,
      afzender: (b.van === "inwoner" ? b.afzenderPersoon : b.afzenderMedewerker) ?? "Onbekend",
      tekst: b.tekst,
      verzondenOp: b.verzondenOp.toISOString(),
      gelezenOp: b.gelezenOp?.toISOString() ?? null,
    })),
    ...pagina,
    totaal,
  };
}

/** Places a message; `afzenderPersoonId` is the resident who writes (for the inwoner side). */
export async function plaatsBericht(
  h: Handeling,
  zaak: ZaakRij,
  van: Kant,
  tekst: string,
  afzenderPersoonId: string | null = null,
) {
  const weigering = magSchrijven(van, zaak);
  if (weigering) throw regelOvertreden(weigering, undefined, "zaak-open");
  const bericht = await plaatsInwonerbericht(h.tx, {
    zaakId: zaak.id,
    van,
    afzenderPersoonId: van === "inwoner" ? afzenderPersoonId : null,
    afzenderMedewerkerId: van === "medewerker" ? medewerkerVan(h.wie) : null,
    tekst,
  });
  let gemeld = 0;
  if (van === "medewerker") {
    const { uitkomst } = await geadresseerdenVan(h.tx, zaak.id, vandaag());
    const adressen = new Set(
      (uitkomst.ok ? uitkomst.brieven : [])
        .flatMap((b) => b.aan.map((p) => p.persoon.email?.trim() ?? ""))
        .filter(isEmailadres),
    );
    const mail = kennisgeving(h.wie.gemeente.naam, zaak.zaaknummer);
    for (const aan of adressen)
      await zetMailInWachtrij(h.tx, { aan, ...mail, aanleiding: "bericht in Mijn Voordeur" });
    gemeld = adressen.size;
  }
  await auditeer(h, [
    {
      actie: "aanmaken",
      resource: "inwonerbericht",
      persoonId: await hoofdpersoon(h, zaak),
      reden: `bericht op zaak ${zaak.zaaknummer}`,
    },
  ]);
  return { id: bericht.id, verzondenOp: bericht.verzondenOp.toISOString(), gemeld };
}

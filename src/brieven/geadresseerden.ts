/**
 * Who the letters of a zaak go to: the hoofdpersoon and the persons bound to them — through the persons
 * register (persoon_relaties: ouder, gezag, wettelijk-vertegenwoordiger, read as "X is <soort> van de
 * hoofdpersoon") and through their role on the zaak (gezaghebbende, vertegenwoordiger) — judged by the rule
 * in domain/persoon/vertegenwoordiging.ts on the letter date.
 */
import type { Tx } from "../db/client";
import { haalPersonen, haalPersoon, type PersoonRij, relatiesVan } from "../db/personen";
import { personenVanZaak, type ZaakRij } from "../db/zaken";
import { adresregels } from "../domain/afspraken/bevestiging";
import { volledigeNaam } from "../domain/persoon/naam";
import {
  type Band,
  type Betrokken,
  bepaalVertegenwoordiging,
  HOEDANIGHEID_LABELS,
  type Partij,
  type Vertegenwoordiging,
} from "../domain/persoon/vertegenwoordiging";
import { auditeer, type Handeling } from "../handeling/context";
import { regelOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { isEmailadres } from "../mail/wachtrij";
import { laadZaak } from "../zaken/zaak";

/** A person as the rule sees them: the stored row with its id as `persoonId`. */
export type Persoon = PersoonRij & { persoonId: string };
const alsPersoon = (p: PersoonRij): Persoon => ({ ...p, persoonId: p.id });

export interface Geadresseerden {
  client: Persoon;
  uitkomst: Vertegenwoordiging<Persoon>;
}

const UIT_RELATIE: Record<string, Band> = {
  ouder: "ouder",
  gezag: "gezag",
  "wettelijk-vertegenwoordiger": "wettelijk-vertegenwoordiger",
};
const UIT_ROL: Record<string, Band> = {
  gezaghebbende: "gezaghebbende-op-zaak",
  vertegenwoordiger: "vertegenwoordiger-op-zaak",
};

export async function geadresseerdenVan(tx: Tx, zaakId: string, peildatum: string): Promise<Geadresseerden> {
  const opZaak = await personenVanZaak(tx, zaakId);
  const hoofd = opZaak.find((p) => p.rol === "hoofdpersoon");
  const client = hoofd ? await haalPersoon(tx, hoofd.persoonId) : undefined;
  if (!client)
    throw regelOvertreden(
      "De zaak heeft geen hoofdpersoon aan wie de brief kan worden gericht.",
      undefined,
      "hoofdpersoon-bekend",
    );
  const banden: { persoonId: string; band: Band }[] = [
    ...(await relatiesVan(tx, client.id)).flatMap((r) => {
      const band = UIT_RELATIE[r.soort];
      return r.richting === "naar" && band ? [{ persoonId: r.persoonId, band }] : [];
    }),
    ...opZaak.flatMap((p) => {
      const band = UIT_ROL[p.rol];
      return band ? [{ persoonId: p.persoonId, band }] : [];
    }),
  ];
  const personen = await haalPersonen(
    tx,
    banden.map((b) => b.persoonId),
  );
  const betrokkenen: Betrokken<Persoon>[] = banden.flatMap(({ persoonId, band }) => {
    const persoon = personen.get(persoonId);
    return persoon ? [{ persoon: alsPersoon(persoon), banden: [band] }] : [];
  });
  const hoofdpersoon = alsPersoon(client);
  return { client: hoofdpersoon, uitkomst: bepaalVertegenwoordiging(hoofdpersoon, betrokkenen, peildatum) };
}

/**
 * For the zaak page and the plan: who the letters go to, how, and who signs (read, audited).
 * `geladen`: the zaak the calling act read already (see `laadZaak`); the policy is asked all the same.
 */
export async function geadresseerdenOverzicht(h: Handeling, zaakId: string, geladen?: ZaakRij) {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" }, geladen);
  const { client, uitkomst } = await geadresseerdenVan(h.tx, zaak.id, vandaag());
  const partij = (p: Partij<Persoon>) => ({
    persoonId: p.persoon.id,
    naam: volledigeNaam(p.persoon),
    hoedanigheid: p.hoedanigheid,
    label: HOEDANIGHEID_LABELS[p.hoedanigheid],
  });
  const hoofdpersoon = {
    persoonId: client.id,
    naam: volledigeNaam(client),
    leeftijd: uitkomst.leeftijd,
  };
  const personen = uitkomst.ok
    ? [...new Set(uitkomst.brieven.flatMap((b) => b.aan.map((p) => p.persoon.id)))]
    : [];
  await auditeer(
    h,
    [client.id, ...personen.filter((id) => id !== client.id)].map((persoonId) => ({
      actie: "lezen" as const,
      resource: "geadresseerden",
      persoonId,
      reden: `geadresseerden van zaak ${zaak.zaaknummer}`,
    })),
  );
  if (!uitkomst.ok)
    return {
      hoofdpersoon,
      leeftijdsgroep: null,
      brieven: [],
      ondertekenaars: [],
      uitleg: null,
      bron: null,
      probleem: uitkomst.reden,
    };
  return {
    hoofdpersoon,
    leeftijdsgroep: uitkomst.leeftijdsgroep,
    brieven: uitkomst.brieven.map((b) => ({
      aan: b.aan.map(partij),
      adres: adresregels(b.aan[0]?.persoon ?? client).join(", "),
      wijze: b.aan.some((p) => p.persoon.email && isEmailadres(p.persoon.email.trim()))
        ? ("e-mail" as const)
        : ("post" as const),
      over: b.over ? volledigeNaam(b.over) : null,
    })),
    ondertekenaars: uitkomst.ondertekenaars.map(partij),
    uitleg: uitkomst.uitleg,
    bron: uitkomst.bron,
    probleem: null,
  };
}

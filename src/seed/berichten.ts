/**
 * Seeds of the berichten area. Base data: none. Demo data (Noordenveld): a few 301 toewijzingen to demo
 * providers and one open 315 verzoek om toewijzing after a huisarts referral, with its 5-working-day
 * answer clock in /berichten/verzoeken. Both go through the real paths (maak301, ontvangBericht), so they
 * are validated against the XSDs like any message; the outbox sender then delivers the 301s.
 */
import { existsSync } from "node:fs";
import { and, asc, desc, eq, gt, isNotNull, sql } from "drizzle-orm";
import { bouw315 } from "../berichten/bouw";
import { ontvangBericht } from "../berichten/inkomend";
import { geslachtCode, maak301 } from "../berichten/uitgaand";
import { schemaPad, xsdVersies } from "../berichten/xsd";
import { type AuditFeit, schrijfAudit } from "../db/audit";
import type { Database, Tx } from "../db/client";
import { personen, toewijzingen, zaakPersonen, zaken } from "../db/schema";
import { inGemeente } from "../db/tenant";
import { nieuwToewijzingnummer } from "../db/toewijzingnummer";
import type { Omvang } from "../domain/berichten/toewijzing";
import type { Wet } from "../domain/berichten/typen";
import { plusDagen } from "../domain/termijnen/kalender";
import { vandaag } from "../lib/klok";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { ontsleutelBsn } from "../privacy/bsn-versleuteling";
import { NMD } from "./nmd";

const NOORDENVELD = { gemeenteCode: "1699", samenwerkingsverbandCode: NMD.code };

/** Base data of the berichten area, seeded once into an empty database (runs as system, all gemeenten). */
export async function zaaiBerichtenBasis(_tx: Tx): Promise<void> {}

/**
 * Demo data slot after the demo users exist: the demo messages need demo residents, which are created
 * later (seed/demo-dossiers.ts), so they are made by zaaiBerichtenDemoDossiers at the end of that step.
 */
export async function zaaiBerichtenDemo(_tx: Tx): Promise<void> {}

interface DemoToewijzing {
  wet: Wet;
  aanbiederAgb: string;
  producten: { categorie: string; code: string; omvang: Omvang }[];
}

/** Per recent toekenning one toewijzing to a demo provider (aanbieders/demo-gegevens.ts), as a 301. */
const DEMO_TOEWIJZINGEN: DemoToewijzing[] = [
  {
    wet: "jeugd",
    aanbiederAgb: "42420001",
    producten: [{ categorie: "45", code: "45A33", omvang: { volume: 3, eenheid: "04", frequentie: "2" } }],
  },
  {
    wet: "jeugd",
    aanbiederAgb: "65656055",
    producten: [
      { categorie: "45", code: "45A51", omvang: { volume: 2, eenheid: "04", frequentie: "2" } },
      { categorie: "41", code: "41A19", omvang: { volume: 3, eenheid: "16", frequentie: "2" } },
    ],
  },
  {
    wet: "wmo",
    aanbiederAgb: "73731002",
    producten: [{ categorie: "02", code: "02A06", omvang: { volume: 4, eenheid: "04", frequentie: "2" } }],
  },
];

const DEMO_ACTOR = {
  gemeenteCode: NOORDENVELD.gemeenteCode,
  medewerkerId: null,
  gebruikersnaam: "systeem:demo",
  rollen: ["systeem"],
  requestId: null,
};

/** The most recent granted (toekenning) zaken of a law with their hoofdpersoon, newest besluit first. */
async function toegekendeZaken(tx: Tx, zaaktype: Wet, aantal: number) {
  return tx
    .select({
      zaakId: zaken.id,
      persoonId: zaakPersonen.persoonId,
      besluitdatum: sql<string>`${zaken.feiten}->>'besluitdatum'`,
    })
    .from(zaken)
    .innerJoin(zaakPersonen, and(eq(zaakPersonen.zaakId, zaken.id), eq(zaakPersonen.rol, "hoofdpersoon")))
    .innerJoin(personen, eq(personen.id, zaakPersonen.persoonId))
    .where(
      and(
        eq(zaken.zaaktype, zaaktype),
        sql`${zaken.feiten}->>'besluitSoort' = 'toekenning'`,
        isNotNull(personen.bsnVersleuteld),
      ),
    )
    .orderBy(desc(sql`${zaken.feiten}->>'besluitdatum'`), asc(zaken.id))
    .limit(aantal);
}

async function zaai301s(tx: Tx, sleutels: BsnSleutels): Promise<AuditFeit[]> {
  const feiten: AuditFeit[] = [];
  const perWet = {
    wmo: await toegekendeZaken(tx, "wmo", DEMO_TOEWIJZINGEN.length),
    jeugd: await toegekendeZaken(tx, "jeugd", DEMO_TOEWIJZINGEN.length),
  };
  for (const demo of DEMO_TOEWIJZINGEN) {
    const zaak = perWet[demo.wet].shift();
    if (!zaak?.besluitdatum) continue;
    for (const p of demo.producten) {
      await tx.insert(toewijzingen).values({
        gemeenteCode: NOORDENVELD.gemeenteCode,
        zaakId: zaak.zaakId,
        persoonId: zaak.persoonId,
        wet: demo.wet,
        toewijzingnummer: await nieuwToewijzingnummer(tx, demo.wet),
        aanbiederAgb: demo.aanbiederAgb,
        productCategorie: p.categorie,
        productCode: p.code,
        ingangsdatum: zaak.besluitdatum,
        einddatum: plusDagen(zaak.besluitdatum, 364),
        omvang: p.omvang,
      });
    }
    await maak301(tx, {
      persoonId: zaak.persoonId,
      aanbiederAgb: demo.aanbiederAgb,
      wet: demo.wet,
      sleutels,
    });
    feiten.push({
      actie: "aanmaken",
      resource: "bericht",
      persoonId: zaak.persoonId,
      reden: `demo: toewijzing (301) aan ${demo.aanbiederAgb}`,
    });
  }
  return feiten;
}

/** A child of the gemeente without a zaak: the client of the demo verzoek. */
async function kindZonderZaak(tx: Tx) {
  const [kind] = await tx
    .select()
    .from(personen)
    .where(
      and(
        isNotNull(personen.bsnVersleuteld),
        gt(personen.geboortedatum, plusDagen(vandaag(), -12 * 365)),
        sql`not exists (select 1 from ${zaakPersonen} where ${zaakPersonen.persoonId} = ${personen.id})`,
      ),
    )
    .orderBy(asc(personen.id))
    .limit(1);
  return kind;
}

/**
 * The demo messages of Noordenveld, made at the end of the demo dossiers (seed/demo-dossiers.ts). Skipped
 * when the iStandaarden XSDs are not available (config.istandaardenDir): no message can be validated then.
 */
export async function zaaiBerichtenDemoDossiers(database: Database, sleutels: BsnSleutels): Promise<void> {
  if (!existsSync(schemaPad("ijw", "301")) || !existsSync(schemaPad("iwmo", "301"))) return;
  const kind = await inGemeente(database.db, NOORDENVELD, async (tx) => {
    await schrijfAudit(tx, DEMO_ACTOR, await zaai301s(tx, sleutels));
    return kindZonderZaak(tx);
  });
  if (!kind?.bsnVersleuteld) return;
  const dag = vandaag();
  const xml = bouw315(
    {
      wet: "jeugd",
      client: {
        bsn: ontsleutelBsn(sleutels, kind.bsnVersleuteld),
        geboortedatum: kind.geboortedatum,
        geslacht: geslachtCode(kind.geslacht),
        achternaam: kind.geslachtsnaam,
        voorvoegsel: kind.voorvoegsel,
        voornamen: kind.voornamen,
      },
      producten: [
        {
          referentieAanbieder: "ZDA-2026-0042",
          product: { categorie: "45", code: "45A33" },
          ingangsdatum: plusDagen(dag, 7),
          einddatum: plusDagen(dag, 7 + 182),
          omvang: { volume: 2, eenheid: "04", frequentie: "2" },
          verwijzer: { type: "02", naam: "Huisartsenpraktijk De Brink" },
        },
      ],
    },
    {
      afzender: "42420001",
      ontvanger: NOORDENVELD.gemeenteCode,
      identificatie: "DEMO315-1",
      dagtekening: dag,
      xsdVersies: xsdVersies("ijw", "315"),
    },
  );
  await ontvangBericht(
    database.db,
    xml,
    { soort: "integratie", naam: "demo", gemeenten: "alle" },
    { sleutels, requestId: null },
  );
}

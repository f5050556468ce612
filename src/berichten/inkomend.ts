/**
 * Receiving an iWmo/iJw message (POST /api/berichten/inkomend and the drop-folder import): refused with a
 * reason and nothing stored when it is not well-formed, has a DOCTYPE, is of an unknown type, breaks its XSD
 * or is not addressed to one of our gemeenten; otherwise stored once per sender + BerichtIdentificatie and
 * processed in the same transaction, even when its content is rejected (then the retourcodes say why).
 * For iJw a retour (306/308/316/318) is built, validated and put in the outbox.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Ingelogd } from "../auth/sessies";
import { type AuditActor, schrijfAudit } from "../db/audit";
import { type BerichtRij, slaInkomendOp, werkBerichtBij, zoekBericht } from "../db/berichten";
import { type Db, rijen } from "../db/client";
import { alsSysteem, inGemeente } from "../db/tenant";
import { retour } from "../domain/berichten/retourcodes";
import { isGemeentecode, typeVan, WET_VAN_STANDAARD } from "../domain/berichten/typen";
import { vandaag } from "../lib/vandaag";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { bouwRetour } from "./retour";
import { OngeldigBericht, zetInOutbox } from "./uitgaand";
import { verwerkLevering } from "./verwerk-levering";
import { verwerkRetour } from "./verwerk-retour";
import { verwerkVerzoek } from "./verwerk-verzoek";
import { klasseSleutel, type VerwerkContext, type Verwerking } from "./verwerking";
import { BerichtFout, leesBericht, leesKop } from "./xml";
import { valideerXsd, xsdVersies } from "./xsd";

export type Indiener = { soort: "medewerker"; wie: Ingelogd } | { soort: "integratie"; naam: string };

export interface InkomendResultaat {
  nieuw: boolean;
  bericht: { id: string; berichtcode: number; status: string; verwerking: unknown };
}

const RETOUR_TYPE: Record<string, string> = { "305": "306", "307": "308", "315": "316", "317": "318" };

const alsResultaat = (nieuw: boolean, b: BerichtRij): InkomendResultaat => ({
  nieuw,
  bericht: { id: b.id, berichtcode: b.berichtcode, status: b.status, verwerking: b.verwerking },
});

async function verwerk(ctx: VerwerkContext): Promise<Verwerking> {
  if (ctx.kop.dagtekening > vandaag()) {
    return {
      status: "afgekeurd",
      retouren: [retour("8848", "bericht")],
      meldingen: ["De dagtekening ligt in de toekomst."],
      aandacht: null,
      persoonId: null,
      zaakId: null,
      codes: new Map([[klasseSleutel("Header", 0), ["8848"]]]),
    };
  }
  switch (ctx.type.type) {
    case "305":
    case "307":
      return verwerkLevering(ctx);
    case "315":
    case "317":
      return verwerkVerzoek(ctx);
    default:
      if (ctx.type.retourOp) return verwerkRetour(ctx);
      return {
        status: "niet-verwerkt",
        retouren: [],
        meldingen: [
          ctx.type.type === "323"
            ? "Declaraties (323) worden in Voordeur niet verwerkt; het bericht is bewaard voor de financiële administratie."
            : `Een ${ctx.type.type} (${ctx.type.omschrijving}) verstuurt de gemeente zelf; het ontvangen bericht is bewaard zonder verwerking.`,
        ],
        aandacht:
          ctx.type.type === "323"
            ? "Declaratie ontvangen: handel deze af in de financiële administratie."
            : null,
        persoonId: null,
        zaakId: null,
        codes: new Map(),
      };
  }
}

/** The iJw retour on a 305/307/315/317, validated and in the outbox; iWmo 3.2 retour schemas are not available. */
async function maakRetour(ctx: VerwerkContext, xml: string, v: Verwerking): Promise<string | null> {
  const retourType = RETOUR_TYPE[ctx.type.type];
  const type = retourType ? typeVan(ctx.type.standaard, retourType) : undefined;
  if (!type || !retourType) return null;
  // Like the published samples: 12 characters of a random UUID (no database round trip per retour).
  const identificatieRetour = randomUUID().slice(0, 12);
  const kopAfgekeurd = (v.codes.get(klasseSleutel("Header", 0)) ?? []).some((c) => c !== "0200");
  const rij = await zetInOutbox(ctx.tx, {
    standaard: ctx.type.standaard,
    type: retourType,
    gemeenteCode: ctx.bericht.gemeenteCode,
    ontvanger: ctx.kop.afzender,
    aanbiederAgb: ctx.kop.afzender,
    persoonId: v.persoonId,
    zaakId: v.zaakId,
    heenberichtId: ctx.bericht.id,
    kop: ctx.kop,
    bouw: () =>
      bouwRetour(
        xml,
        type,
        (klasse, n) => v.codes.get(klasseSleutel(klasse, n)) ?? [kopAfgekeurd ? "0233" : "0200"],
        {
          identificatieRetour,
          dagtekeningRetour: vandaag(),
          xsdVersiesRetour: xsdVersies(ctx.type.standaard, retourType),
        },
      ),
  });
  return rij.id;
}

/** Checks, stores once and processes an incoming message; throws BerichtFout (→ 422) when refused. */
export async function ontvangBericht(
  db: Db,
  xml: string,
  indiener: Indiener,
  opties: { sleutels: BsnSleutels; requestId: string | null },
): Promise<InkomendResultaat> {
  const gelezen = leesBericht(xml);
  const { type } = gelezen;
  const xsdFouten = valideerXsd(type.standaard, type.type, xml);
  if (xsdFouten.length > 0)
    throw new BerichtFout(
      `Het bericht voldoet niet aan het XSD van ${type.standaard.toUpperCase()} ${type.type}.`,
      xsdFouten,
    );
  const kop = leesKop(gelezen.inhoud);
  const gemeenteCode = type.afzender === "gemeente" ? kop.afzender : kop.ontvanger;
  const tenant = await gemeenteVan(db, gemeenteCode);
  if (!tenant || (indiener.soort === "medewerker" && indiener.wie.gemeente.code !== gemeenteCode)) {
    throw new BerichtFout(
      `Het bericht is niet aan ${indiener.soort === "medewerker" ? "uw gemeente" : "een van onze gemeenten"} gericht.`,
      [
        {
          veld: type.afzender === "gemeente" ? "Header.Afzender" : "Header.Ontvanger",
          melding: `gemeente ${gemeenteCode}`,
        },
      ],
    );
  }
  return inGemeente(db, tenant, async (tx) => {
    const sleutel = {
      richting: "inkomend" as const,
      berichtcode: type.berichtcode,
      afzender: kop.afzender,
      identificatie: kop.identificatie,
      dagtekening: kop.dagtekening,
    };
    const bericht = await slaInkomendOp(tx, {
      ...sleutel,
      gemeenteCode,
      standaard: type.standaard,
      berichttype: type.type,
      ontvanger: kop.ontvanger,
      aanbiederAgb: type.afzender === "gemeente" ? kop.ontvanger : kop.afzender,
      status: "ontvangen",
      xml,
      aangemaaktDoor: indiener.soort === "medewerker" ? indiener.wie.gebruikerId : null,
    });
    if (!bericht) {
      const eerste = await zoekBericht(tx, sleutel);
      if (!eerste) throw new Error("dubbel bericht niet teruggevonden");
      return alsResultaat(false, eerste);
    }
    const ctx: VerwerkContext = {
      tx,
      bericht,
      type,
      wet: WET_VAN_STANDAARD[type.standaard],
      kop,
      inhoud: gelezen.inhoud,
      sleutels: opties.sleutels,
      gebruikerId: indiener.soort === "medewerker" ? indiener.wie.gebruikerId : null,
    };
    const v = await verwerk(ctx);
    let retourberichtId: string | null = null;
    let aandacht = v.aandacht;
    try {
      retourberichtId = await maakRetour(ctx, xml, v);
    } catch (fout) {
      if (!(fout instanceof OngeldigBericht)) throw fout;
      aandacht = `${aandacht ? `${aandacht} ` : ""}Het retourbericht kon niet worden gemaakt (${fout.message}); neem contact op met de aanbieder.`;
    }
    const verwerking = { retouren: v.retouren, meldingen: v.meldingen, retourberichtId };
    await werkBerichtBij(tx, bericht.id, {
      status: v.status,
      verwerking,
      aandacht,
      persoonId: v.persoonId,
      zaakId: v.zaakId,
      heenberichtId: v.heenberichtId ?? null,
    });
    await schrijfAudit(tx, auditActor(indiener, gemeenteCode, opties.requestId), [
      {
        actie: "aanmaken",
        resource: "bericht",
        persoonId: v.persoonId,
        reden: `bericht ${type.standaard.toUpperCase()} ${type.type} ontvangen van ${kop.afzender}`,
      },
    ]);
    return alsResultaat(true, { ...bericht, status: v.status, verwerking });
  });
}

function auditActor(indiener: Indiener, gemeenteCode: string, requestId: string | null): AuditActor {
  return indiener.soort === "medewerker"
    ? {
        gemeenteCode,
        gebruikerId: indiener.wie.gebruikerId,
        gebruikersnaam: indiener.wie.gebruikersnaam,
        rollen: indiener.wie.rollen,
        requestId,
      }
    : {
        gemeenteCode,
        gebruikerId: null,
        gebruikersnaam: `integratie:${indiener.naam}`,
        rollen: ["integratie"],
        requestId,
      };
}

/** Our gemeenten (code → samenwerkingsverband), read once per database and refreshed when a code is unknown. */
const gemeentenCache = new WeakMap<Db, Map<string, string>>();

async function gemeenteVan(db: Db, code: string) {
  if (!isGemeentecode(code)) return undefined;
  let bekend = gemeentenCache.get(db);
  if (!bekend?.has(code)) {
    const lijst = await alsSysteem(db, (tx) =>
      rijen<{ code: string; verband: string }>(
        tx,
        sql`select code, samenwerkingsverband_code as verband from gemeenten`,
      ),
    );
    bekend = new Map(lijst.map((g) => [g.code, g.verband]));
    gemeentenCache.set(db, bekend);
  }
  const verband = bekend.get(code);
  return verband ? { gemeenteCode: code, samenwerkingsverbandCode: verband } : undefined;
}

/**
 * Processing a batch of checked incoming messages of one gemeente in one transaction (the API sends a
 * batch of one): the messages are stored in one statement, skipping those already received (same sender +
 * BerichtIdentificatie: the first result is returned); clients and toewijzingen are read for the whole
 * batch at once; each new message is processed in order; its outcome, its retour (iJw 306/308/316/318,
 * validated before it is put in the outbox) and the delivery changes are written together, and one audit
 * append records the person of every message. Once the delivery changes are written, the zaken of the
 * 305/307s follow their levering (levering-zaak.ts: to `levering`, or to `evaluatie` when the care ended).
 */
import { randomUUID } from "node:crypto";
import type { Ingelogd } from "../auth/sessies";
import { type AuditActor, type AuditFeit, schrijfAudit } from "../db/audit";
import {
  type BerichtRij,
  type InkomendeUitkomst,
  type NieuwBericht,
  slaBerichtenOp,
  slaInkomendeOp,
  sleutelTekst,
  werkInkomendeBij,
  zoekInkomende,
} from "../db/berichten";
import type { Tx } from "../db/client";
import { werkAntwoordBij } from "../db/declaraties";
import type { TenantContext } from "../db/tenant";
import { retour } from "../domain/berichten/retourcodes";
import { type Berichttype, typeVan, WET_VAN_STANDAARD } from "../domain/berichten/typen";
import { vandaag } from "../lib/klok";
import type { BsnSleutels } from "../privacy/bsn-sleutels";
import { bouw325 } from "./bouw";
import { volgLeveringVanBerichten } from "./levering-zaak";
import { Opzoeker, type Vooruit } from "./opzoeker";
import { bouwRetour } from "./retour";
import { maakUitgaand, OngeldigBericht } from "./uitgaand";
import { antwoordVan, verwerkDeclaratie } from "./verwerk-declaratie";
import { leveringVooruit, verwerkLevering } from "./verwerk-levering";
import { verwerkRetour } from "./verwerk-retour";
import { verwerkVerzoek } from "./verwerk-verzoek";
import { klasseSleutel, type VerwerkContext, type Verwerking } from "./verwerking";
import type { Kop, XmlKnoop } from "./xml";

/**
 * Who delivers a message: a medewerker (for their own gemeente), or an integration. An integration token is
 * bound to the gemeenten it may deliver for; "alle" is only for the install's own transports (the drop
 * folder, the demo seed), never for a token.
 */
export type Indiener =
  | { soort: "medewerker"; wie: Ingelogd }
  | { soort: "integratie"; naam: string; gemeenten: ReadonlySet<string> | "alle" };

export interface InkomendResultaat {
  nieuw: boolean;
  bericht: { id: string; berichtcode: number; status: string; verwerking: unknown };
}

/** A message that passed every check (well-formed, XSD, addressed to `tenant`): to be stored and processed. */
export interface Gecontroleerd {
  xml: string;
  type: Berichttype;
  kop: Kop;
  inhoud: XmlKnoop;
  tenant: TenantContext;
}

export interface PartijOpties {
  sleutels: BsnSleutels;
  requestId: string | null;
}

const RETOUR_TYPE: Record<string, string> = { "305": "306", "307": "308", "315": "316", "317": "318" };
/** 305/307 only read and change through the Opzoeker; everything else works on the database directly. */
const LEVERING = new Set(["305", "307"]);

const alsResultaat = (
  nieuw: boolean,
  b: Pick<BerichtRij, "id" | "berichtcode" | "status" | "verwerking">,
): InkomendResultaat => ({
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
    case "323":
      return verwerkDeclaratie(ctx);
    default:
      if (ctx.type.retourOp) return verwerkRetour(ctx);
      return {
        status: "niet-verwerkt",
        retouren: [],
        meldingen: [
          `Een ${ctx.type.type} (${ctx.type.omschrijving}) verstuurt de gemeente zelf; het ontvangen bericht is bewaard zonder verwerking.`,
        ],
        aandacht: null,
        persoonId: null,
        zaakId: null,
        codes: new Map(),
      };
  }
}

/**
 * The iJw 325 declaratie-antwoord on a 323: a message of its own (new identificatie, the gemeente as sender), not a
 * copy of the heenbericht; validated, not yet stored. iWmo 3.2 has no 325 schema here, so none is made for a WMO323.
 */
async function maak325(ctx: VerwerkContext, v: Verwerking): Promise<NieuwBericht | null> {
  if (!typeVan(ctx.type.standaard, "325")) return null;
  const antwoord = antwoordVan(ctx, v);
  const rij = await maakUitgaand(ctx.tx, {
    standaard: ctx.type.standaard,
    type: "325",
    gemeenteCode: ctx.bericht.gemeenteCode,
    ontvanger: ctx.kop.afzender,
    aanbiederAgb: ctx.kop.afzender,
    persoonId: v.persoonId,
    zaakId: v.zaakId,
    heenberichtId: ctx.bericht.id,
    bouw: (kop) => bouw325(antwoord, kop),
  });
  return { ...rij, id: randomUUID() };
}

/** The iJw retour on a 305/307/315/317, validated (not yet stored); iWmo 3.2 retour schemas are not available. */
async function maakRetour(ctx: VerwerkContext, xml: string, v: Verwerking): Promise<NieuwBericht | null> {
  if (ctx.type.type === "323") return maak325(ctx, v);
  const retourType = RETOUR_TYPE[ctx.type.type];
  const type = retourType ? typeVan(ctx.type.standaard, retourType) : undefined;
  if (!type || !retourType) return null;
  // Like the published samples: 12 characters of a random UUID (no database round trip per retour).
  const identificatieRetour = randomUUID().slice(0, 12);
  const kopAfgekeurd = (v.codes.get(klasseSleutel("Header", 0)) ?? []).some((c) => c !== "0200");
  const rij = await maakUitgaand(ctx.tx, {
    standaard: ctx.type.standaard,
    type: retourType,
    gemeenteCode: ctx.bericht.gemeenteCode,
    ontvanger: ctx.kop.afzender,
    aanbiederAgb: ctx.kop.afzender,
    persoonId: v.persoonId,
    zaakId: v.zaakId,
    heenberichtId: ctx.bericht.id,
    kop: ctx.kop,
    bouw: (kop) =>
      bouwRetour(
        xml,
        type,
        (klasse, n) => v.codes.get(klasseSleutel(klasse, n)) ?? [kopAfgekeurd ? "0233" : "0200"],
        {
          identificatieRetour,
          dagtekeningRetour: vandaag(),
          xsdVersiesRetour: kop.xsdVersies,
        },
      ),
  });
  return { ...rij, id: randomUUID() };
}

function auditActor(indiener: Indiener, gemeenteCode: string, requestId: string | null): AuditActor {
  return indiener.soort === "medewerker"
    ? {
        gemeenteCode,
        medewerkerId: indiener.wie.medewerkerId,
        gebruikersnaam: indiener.wie.gebruikersnaam,
        rollen: indiener.wie.rollen,
        requestId,
      }
    : {
        gemeenteCode,
        medewerkerId: null,
        gebruikersnaam: `integratie:${indiener.naam}`,
        rollen: ["integratie"],
        requestId,
      };
}

/** The row of an incoming message as received, before processing. */
function ontvangen(b: Gecontroleerd, indiener: Indiener): NieuwBericht {
  return {
    gemeenteCode: b.tenant.gemeenteCode,
    richting: "inkomend",
    standaard: b.type.standaard,
    berichttype: b.type.type,
    berichtcode: b.type.berichtcode,
    afzender: b.kop.afzender,
    ontvanger: b.kop.ontvanger,
    identificatie: b.kop.identificatie,
    dagtekening: b.kop.dagtekening,
    aanbiederAgb: b.type.afzender === "gemeente" ? b.kop.ontvanger : b.kop.afzender,
    status: "ontvangen",
    xml: b.xml,
    aangemaaktDoor: indiener.soort === "medewerker" ? indiener.wie.medewerkerId : null,
  };
}

/** Two processes received the same message at the same moment and this transaction lost: roll back, retry. */
export class GelijktijdigOntvangen extends Error {
  constructor() {
    super("hetzelfde bericht is gelijktijdig ontvangen");
  }
}

const isLevering = (b: Gecontroleerd | undefined) => b !== undefined && LEVERING.has(b.type.type);

/**
 * Stores and processes `berichten` (all of the transaction's gemeente, in this order) in the caller's
 * transaction; returns one result per message. Throws on an unexpected failure (the caller rolls back).
 */
export async function verwerkPartij(
  tx: Tx,
  berichten: readonly Gecontroleerd[],
  indiener: Indiener,
  opties: PartijOpties,
): Promise<InkomendResultaat[]> {
  const eerste = berichten[0];
  if (!eerste) return [];
  const gemeenteCode = eerste.tenant.gemeenteCode;
  const rijen = berichten.map((b) => ontvangen(b, indiener));
  const sleutels = rijen.map(sleutelTekst);
  // Verzoeken and retours are stored before processing (their processing refers to the stored row);
  // a 305/307 is stored once, with its outcome, when the batch is written.
  const vooraf = await slaInkomendeOp(
    tx,
    rijen.filter((_, i) => !isLevering(berichten[i])),
  );
  const eerder = await zoekInkomende(
    tx,
    rijen.filter((_, i) => !vooraf.has(sleutels[i] ?? "")),
  );
  /** Per key the message that is processed; the others with that key are duplicates. */
  const eigenaar = new Map<string, number>();
  sleutels.forEach((s, i) => {
    if (!eerder.has(s) && !eigenaar.has(s)) eigenaar.set(s, i);
  });

  const zoek = new Opzoeker(tx, opties.sleutels);
  const vooruit: Vooruit = { bsns: [], toewijzingen: [] };
  for (const i of eigenaar.values()) {
    const b = berichten[i];
    if (!b || !isLevering(b)) continue;
    const v = leveringVooruit(b.inhoud, b.type.type, WET_VAN_STANDAARD[b.type.standaard]);
    vooruit.bsns.push(...v.bsns);
    vooruit.toewijzingen.push(...v.toewijzingen);
  }
  await zoek.laadVooruit(vooruit);

  const nieuweLeveringen: NieuwBericht[] = [];
  const uitgaand: NieuwBericht[] = [];
  const uitkomsten: InkomendeUitkomst[] = [];
  const feiten: AuditFeit[] = [];
  const antwoorden: { heenId: string; antwoordId: string }[] = [];
  const schrijf = async () => {
    await zoek.schrijf();
    const nieuw = nieuweLeveringen.splice(0);
    // The toewijzingen are up to date now: the zaken of these 305/307s follow their levering.
    await volgLeveringVanBerichten(tx, nieuw, indiener, opties.requestId);
    if ((await slaInkomendeOp(tx, nieuw)).size < nieuw.length) throw new GelijktijdigOntvangen();
    await slaBerichtenOp(tx, uitgaand.splice(0));
    await werkInkomendeBij(tx, uitkomsten.splice(0));
    // A 325 answers its declaratie today: the declaratie's answer term is met.
    for (const a of antwoorden.splice(0))
      await werkAntwoordBij(tx, a.heenId, { antwoordBerichtId: a.antwoordId, beantwoordOp: vandaag() });
  };
  const resultaten: InkomendResultaat[] = [];
  for (const [sleutel, i] of eigenaar) {
    const b = berichten[i];
    const rij = rijen[i];
    const levering = isLevering(b);
    const id = levering ? randomUUID() : vooraf.get(sleutel);
    if (!b || !rij || !id) continue;
    // Verzoeken and retours read and change the database directly: it must be up to date first.
    if (!levering) await schrijf();
    const ctx: VerwerkContext = {
      tx,
      bericht: { id, gemeenteCode },
      type: b.type,
      wet: WET_VAN_STANDAARD[b.type.standaard],
      kop: b.kop,
      inhoud: b.inhoud,
      zoek,
      medewerkerId: indiener.soort === "medewerker" ? indiener.wie.medewerkerId : null,
    };
    const v = await verwerk(ctx);
    let aandacht = v.aandacht;
    let retourbericht: NieuwBericht | null = null;
    try {
      retourbericht = await maakRetour(ctx, b.xml, v);
    } catch (fout) {
      if (!(fout instanceof OngeldigBericht)) throw fout;
      aandacht = `${aandacht ? `${aandacht} ` : ""}Het retourbericht kon niet worden gemaakt (${fout.message}); neem contact op met de aanbieder.`;
    }
    const verwerking = {
      retouren: v.retouren,
      meldingen: v.meldingen,
      retourberichtId: retourbericht?.id ?? null,
    };
    const uitkomst: InkomendeUitkomst = {
      id,
      status: v.status,
      verwerking,
      aandacht,
      persoonId: v.persoonId,
      zaakId: v.zaakId,
      heenberichtId: v.heenberichtId ?? null,
    };
    if (levering) nieuweLeveringen.push({ ...rij, ...uitkomst });
    else uitkomsten.push(uitkomst);
    if (retourbericht) uitgaand.push(retourbericht);
    if (retourbericht?.id && v.declaratie) antwoorden.push({ heenId: id, antwoordId: retourbericht.id });
    const reden = `bericht ${b.type.standaard.toUpperCase()} ${b.type.type} ontvangen van ${b.kop.afzender}`;
    for (const persoonId of v.persoonIds?.length ? v.persoonIds : [v.persoonId])
      feiten.push({ actie: "aanmaken", resource: "bericht", persoonId, reden });
    resultaten[i] = alsResultaat(true, { id, berichtcode: b.type.berichtcode, status: v.status, verwerking });
  }
  await schrijf();
  await schrijfAudit(tx, auditActor(indiener, gemeenteCode, opties.requestId), feiten);

  return berichten.map((_, i) => {
    const sleutel = sleutels[i] ?? "";
    const eigen = resultaten[eigenaar.get(sleutel) ?? -1];
    if (eigen) return i === eigenaar.get(sleutel) ? eigen : { ...eigen, nieuw: false };
    const bestaand = eerder.get(sleutel);
    if (!bestaand) throw new Error("dubbel bericht niet teruggevonden");
    return alsResultaat(false, bestaand);
  });
}

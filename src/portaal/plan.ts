/**
 * The resultatenplan in Mijn Voordeur (issue 16): the resident reads the plan the consulent shared for signing, in
 * the same words as the letter (resultatenplan/leesbaar.ts), and signs it digitally. Each signature records who
 * (DigiD), for whom, in which capacity and the hash of the version read (domain/portaal/ondertekening.ts). When
 * everyone who must sign has signed that version, the plan is signed and is the aanvraag: the same step as a signature
 * a consulent registers (resultatenplan/aanvraag.ts).
 */
import { geadresseerdenVan } from "../brieven/geadresseerden";
import { handtekeningenVan, voegHandtekeningToe } from "../db/plan-handtekeningen";
import { type Ondertekening, type PlanRij, planVanZaak } from "../db/resultatenplan";
import type { ZaakRij } from "../db/zaken";
import { volledigeNaam } from "../domain/persoon/naam";
import { HOEDANIGHEID_LABELS } from "../domain/persoon/vertegenwoordiging";
import {
  type HandtekeningVerzoek,
  iedereenGetekend,
  planHash,
  toetsHandtekening,
} from "../domain/portaal/ondertekening";
import type { PlanStatus } from "../domain/resultatenplan/status";
import { type InwonerHandeling, vereisInwoner } from "../handeling/inwoner";
import { conflict, nietGevonden, ongeldig, regelOvertreden } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import { registreerOndertekendPlan } from "../resultatenplan/aanvraag";
import { planInWoorden } from "../resultatenplan/leesbaar";
import { auditeerPlan, bewaarVersie, contextVan } from "../resultatenplan/plan";
import { laadMijnZaak } from "./zaken";

const planResource = (h: InwonerHandeling, plan: PlanRij) =>
  ({
    soort: "plan",
    gemeenteCode: h.wie.gemeente.code,
    hoofdpersoonId: h.inwoner.namensPersoonId,
    planStatus: plan.status as PlanStatus,
  }) as const;

/** Whether this zaak has a plan for the resident to read, for the zaak page (rule 30d; no content). */
export async function planStandVan(h: InwonerHandeling, zaak: ZaakRij) {
  const plan = await planVanZaak(h.tx, zaak.id);
  if (!plan) return null;
  const status = plan.status as PlanStatus;
  return status === "ter-ondertekening" || status === "ondertekend" ? { status } : null;
}

async function laadMijnPlan(h: InwonerHandeling, zaakId: string, actie: "lezen" | "wijzigen") {
  const zaak = await laadMijnZaak(h, zaakId);
  const plan = await planVanZaak(h.tx, zaak.id);
  if (!plan) throw nietGedeeld();
  vereisInwoner(h, actie, planResource(h, plan));
  return { zaak, plan };
}

const nietGedeeld = () => nietGevonden("Bij deze zaak is (nog) geen plan om te lezen.");

/** Who must sign today (by age and representation) and who signed this version already. */
async function ondertekening(h: InwonerHandeling, zaak: ZaakRij, plan: PlanRij) {
  const { uitkomst } = await geadresseerdenVan(h.tx, zaak.id, vandaag());
  const opgeslagen = plan.ondertekening as Ondertekening | null;
  // A signed plan was saved as the next version: the signatures are on the version before it.
  const versie = plan.status === "ondertekend" && opgeslagen ? opgeslagen.versie - 1 : plan.versie;
  const handtekeningen = await handtekeningenVan(h.tx, plan.id, versie);
  const partijen = uitkomst.ok ? uitkomst.ondertekenaars : [];
  return {
    uitleg: uitkomst.ok ? uitkomst.uitleg : uitkomst.reden,
    partijen,
    ondertekenaars: partijen.map((p) => p.persoon.persoonId),
    handtekeningen,
    opgeslagen,
  };
}

async function planVoorInwoner(h: InwonerHandeling, zaak: ZaakRij, plan: PlanRij) {
  const ctx = await contextVan(h.tx, plan);
  const o = await ondertekening(h, zaak, plan);
  const hash = planHash(plan);
  const getekend = o.handtekeningen.map((t) => t.persoonId);
  const status = plan.status as "ter-ondertekening" | "ondertekend";
  return {
    ctx,
    weergave: {
      status,
      versie: plan.versie,
      hash,
      blokken: planInWoorden(plan.inhoud as Parameters<typeof planInWoorden>[0], ctx),
      wieTekent: o.uitleg,
      ondertekenaars: o.partijen.map((p) => ({
        naam: volledigeNaam(p.persoon),
        hoedanigheid: HOEDANIGHEID_LABELS[p.hoedanigheid],
        getekendOp:
          o.handtekeningen.find((t) => t.persoonId === p.persoon.persoonId)?.getekendOp.toISOString() ?? null,
      })),
      ikMoetTekenen:
        status === "ter-ondertekening" &&
        o.ondertekenaars.includes(h.inwoner.persoonId) &&
        !getekend.includes(h.inwoner.persoonId),
      ondertekend:
        o.opgeslagen && status === "ondertekend"
          ? { datum: o.opgeslagen.datum, digitaal: o.opgeslagen.wijze === "digitaal" }
          : null,
    },
  };
}

export async function mijnPlan(h: InwonerHandeling, zaakId: string) {
  const { zaak, plan } = await laadMijnPlan(h, zaakId, "lezen");
  const { ctx, weergave } = await planVoorInwoner(h, zaak, plan);
  await auditeerPlan(h, ctx, "lezen", `resultatenplan van zaak ${zaak.zaaknummer} gelezen in Mijn Voordeur`);
  return weergave;
}

/**
 * Signs the plan version the resident read. A version changed meanwhile is a conflict (409: read it again); the last
 * signature needed makes the plan signed and registers it as the aanvraag, in the same transaction.
 */
export async function ondertekenMijnPlan(h: InwonerHandeling, zaakId: string, v: HandtekeningVerzoek) {
  const { zaak, plan } = await laadMijnPlan(h, zaakId, "wijzigen");
  const o = await ondertekening(h, zaak, plan);
  const hash = planHash(plan);
  const ik = h.inwoner.persoonId;
  const oordeel = toetsHandtekening(
    { status: plan.status as PlanStatus, versie: plan.versie, hash },
    v,
    ik,
    o.ondertekenaars,
    o.handtekeningen.map((t) => t.persoonId),
  );
  if (!oordeel.ok) {
    if (oordeel.regel === "akkoord")
      throw ongeldig(oordeel.reden, [{ veld: "akkoord", melding: oordeel.reden, regel: oordeel.regel }]);
    if (oordeel.regel === "plan-ongewijzigd") throw conflict(oordeel.reden);
    throw regelOvertreden(oordeel.reden, undefined, oordeel.regel);
  }
  const partij = o.partijen.find((p) => p.persoon.persoonId === ik);
  const handtekening = await voegHandtekeningToe(h.tx, {
    planId: plan.id,
    planVersie: plan.versie,
    planHash: hash,
    persoonId: ik,
    namensPersoonId: h.inwoner.namensPersoonId,
    hoedanigheid: partij?.hoedanigheid ?? "inwoner",
    inlogmiddel: h.inwoner.methode === "oidc" ? "digid" : "demo",
  });
  if (!handtekening) throw conflict("U heeft dit plan al ondertekend.");

  let huidig = plan;
  if (iedereenGetekend(o.ondertekenaars, [...o.handtekeningen.map((t) => t.persoonId), ik])) {
    const datum = vandaag();
    huidig = await bewaarVersie(
      h,
      plan,
      {
        status: "ondertekend",
        ondertekening: {
          wijze: "digitaal",
          datum,
          documentId: null,
          geregistreerdDoor: null,
          versie: plan.versie + 1,
          toelichting: `Digitaal ondertekend in Mijn Voordeur (versie ${plan.versie}, kenmerk ${hash.slice(0, 12)})`,
        },
      },
      "ondertekend (digitaal, Mijn Voordeur)",
    );
    await registreerOndertekendPlan(h, zaak, { id: plan.id, versie: huidig.versie, ondertekendOp: datum });
  }
  const { ctx, weergave } = await planVoorInwoner(h, zaak, huidig);
  await auditeerPlan(h, ctx, "wijzigen", `resultatenplan van zaak ${zaak.zaaknummer} digitaal ondertekend`);
  return weergave;
}

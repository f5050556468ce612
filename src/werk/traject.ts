/**
 * The Werk flow on a werk zaak (issue 15; seed 004 §9.1–9.2; domain/werk/jongeren): for a jongere of 18 to 27 the
 * weekly contacts in the zoekperiode, not waiting when problems play on several levensgebieden, the intake and the plan
 * van aanpak; for a volwassene the intake and the actieplan's steps. Kept in the zaak's feiten; zaak content (policy rule 5), changed on the zaak's versie, audited without content.
 */
import type { z } from "zod";
import type {
  afzienVerzoek,
  contactVerzoek,
  intakeVerzoek,
  planVerzoek,
  stapVerzoek,
  werktrajectOpZaak,
} from "../contract/werk";
import type { ZaakRij } from "../db/zaken";
import { beslis } from "../domain/autorisatie";
import {
  ACTIEPLAN_STAPPEN,
  AFSTEMMINGEN,
  CONTACTWIJZEN,
  contactweken,
  doelgroepVan,
  eindeZoekperiode,
  LEEG_TRAJECT,
  RICHTINGEN,
  toetsAfzien,
  toetsContact,
  toetsIntake,
  toetsPlan,
  toetsStap,
  type Werktraject,
} from "../domain/werk/jongeren";
import { actorVan, auditeer, type Handeling } from "../handeling/context";
import { regelOvertreden, weigerUitkomsten } from "../handeling/weigering";
import { vandaag } from "../lib/klok";
import type { OpgeslagenFeiten } from "../zaken/acties";
import { termijnenVan } from "../zaken/termijnen";
import { bewaarZaak, hoofdpersoonVan, laadZaak, zaakResource } from "../zaken/zaak";

const feitenVan = (zaak: ZaakRij) =>
  (zaak.feiten ?? {}) as OpgeslagenFeiten & { geboortedatum?: string | null };
const trajectVan = (zaak: ZaakRij): Werktraject => feitenVan(zaak).werktraject ?? LEEG_TRAJECT;
const stand = (zaak: ZaakRij) => ({
  melding: zaak.meldingsdatum,
  doelgroep: doelgroepVan(feitenVan(zaak).geboortedatum, zaak.meldingsdatum),
});

async function laadWerkzaak(h: Handeling, zaakId: string, versie: number): Promise<ZaakRij> {
  const zaak = await laadZaak(h, zaakId, { voor: "wijzigen", versie });
  if (zaak.zaaktype !== "werk")
    throw regelOvertreden("Dit kan alleen op een werkzaak (Participatiewet).", undefined, "werkzaak");
  return zaak;
}

/** Saves the changed traject in the zaak's feiten, with the history's line and the audit entry (no content). */
async function bewaar(h: Handeling, zaak: ZaakRij, traject: Werktraject, toelichting: string): Promise<void> {
  await bewaarZaak(
    h,
    zaak,
    { feiten: { ...feitenVan(zaak), werktraject: traject } },
    { soort: "werktraject", toelichting },
  );
  await auditeer(h, [
    {
      actie: "wijzigen",
      resource: "werktraject",
      persoonId: await hoofdpersoonVan(h, zaak.id),
      reden: `${toelichting} Zaak ${zaak.zaaknummer}.`,
    },
  ]);
}

type Act<B> = (h: Handeling, zaakId: string, versie: number, invoer: B) => Promise<void>;

export const legContactVast: Act<z.infer<typeof contactVerzoek>> = async (h, zaakId, versie, invoer) => {
  const zaak = await laadWerkzaak(h, zaakId, versie);
  const t = trajectVan(zaak);
  weigerUitkomsten(toetsContact(t, stand(zaak), invoer.op, vandaag()));
  const contacten = [...t.contacten, invoer].sort((a, b) => a.op.localeCompare(b.op));
  await bewaar(h, zaak, { ...t, contacten }, "Contact in de zoekperiode vastgelegd.");
};

export const zieAfVanZoekperiode: Act<z.infer<typeof afzienVerzoek>> = async (h, zaakId, versie, invoer) => {
  const zaak = await laadWerkzaak(h, zaakId, versie);
  const t = trajectVan(zaak);
  weigerUitkomsten(toetsAfzien(t, stand(zaak), invoer, vandaag()));
  await bewaar(
    h,
    zaak,
    { ...t, afzien: invoer },
    "Niet gewacht met de intake: problemen op meerdere levensgebieden.",
  );
};

export const legIntakeVast: Act<z.infer<typeof intakeVerzoek>> = async (h, zaakId, versie, invoer) => {
  const zaak = await laadWerkzaak(h, zaakId, versie);
  const t = trajectVan(zaak);
  weigerUitkomsten(toetsIntake(t, stand(zaak), invoer.op, vandaag()));
  await bewaar(h, zaak, { ...t, intakeOp: invoer.op }, "Intake werk vastgelegd.");
};

export const legPlanVast: Act<z.infer<typeof planVerzoek>> = async (h, zaakId, versie, invoer) => {
  const zaak = await laadWerkzaak(h, zaakId, versie);
  const t = trajectVan(zaak);
  weigerUitkomsten(toetsPlan(t, stand(zaak), invoer, vandaag()));
  await bewaar(
    h,
    zaak,
    { ...t, plan: invoer },
    `Plan van aanpak: ${RICHTINGEN[invoer.richting].toLowerCase()}.`,
  );
};

export const zetStapInActieplan: Act<z.infer<typeof stapVerzoek>> = async (h, zaakId, versie, invoer) => {
  const zaak = await laadWerkzaak(h, zaakId, versie);
  const t = trajectVan(zaak);
  const nu = vandaag();
  weigerUitkomsten(toetsStap(t, stand(zaak), invoer, nu));
  const stappen = [...(t.stappen ?? []), { ...invoer, vastgelegdOp: nu }];
  await bewaar(h, zaak, { ...t, stappen }, `Actieplan: ${ACTIEPLAN_STAPPEN[invoer.soort].toLowerCase()}.`);
};

const PW_TERMIJNEN = ["zoekperiode", "beslissing", "voorschot"];

export async function werktrajectOpZaakVan(
  h: Handeling,
  zaakId: string,
): Promise<z.infer<typeof werktrajectOpZaak>> {
  const zaak = await laadZaak(h, zaakId, { voor: "lezen" });
  const t = trajectVan(zaak);
  const s = stand(zaak);
  const nu = vandaag();
  if (t !== LEEG_TRAJECT)
    await auditeer(h, [
      {
        actie: "lezen",
        resource: "werktraject",
        persoonId: await hoofdpersoonVan(h, zaak.id),
        reden: `werktraject op zaak ${zaak.zaaknummer} ingezien`,
      },
    ]);
  const wijzigen = beslis(actorVan(h.wie), "wijzigen", zaakResource(h.wie, zaak));
  return {
    zaakId: zaak.id,
    versie: zaak.versie,
    doelgroep: s.doelgroep,
    meldingOp: zaak.meldingsdatum,
    eindeZoekperiode: s.doelgroep === "jongere" ? eindeZoekperiode(zaak.meldingsdatum) : null,
    weken: s.doelgroep === "jongere" ? contactweken(zaak.meldingsdatum, t.contacten, nu) : [],
    contacten: t.contacten.map((c) => ({ ...c, wijzeLabel: CONTACTWIJZEN[c.wijze] })),
    afzien: t.afzien ? { ...t.afzien, afstemmingLabel: AFSTEMMINGEN[t.afzien.afstemming] } : null,
    intakeOp: t.intakeOp,
    plan: t.plan ? { ...t.plan, richtingLabel: RICHTINGEN[t.plan.richting] } : null,
    stappen: (t.stappen ?? []).map((x) => ({ ...x, soortLabel: ACTIEPLAN_STAPPEN[x.soort] })),
    termijnen: termijnenVan(zaak, nu).filter((x) => PW_TERMIJNEN.includes(x.soort)),
    kanVastleggen:
      zaak.zaaktype !== "werk"
        ? { mogelijk: false, reden: "Alleen op een werkzaak." }
        : { mogelijk: wijzigen.toegestaan, reden: wijzigen.toegestaan ? null : wijzigen.reden },
  };
}

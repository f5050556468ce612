/**
 * Vroegsignalering (issue 15; policy rule 31; domain/schuldhulp/vroegsignalering): vakgroep Schuldhulp registers the
 * signals of payment arrears, records the contact attempt and the outcome of each; the list shows where each stands
 * (reached within the term or late) and the counts. Every read names the residents in the audit log, never the debt.
 */
import type { z } from "zod";
import type {
  afhandelingVerzoek,
  contactpogingVerzoek,
  signaalVerzoek,
  signalenLijst,
  vroegsignaal,
  vroegsignalenQuery,
} from "../contract/vroegsignalering";
import { haalPersoon } from "../db/personen";
import {
  haalSignaal,
  signaalMetNaam,
  signalenPagina,
  telSignalen,
  type VroegsignaalRij,
  voegSignaalToe,
  werkSignaalBij,
} from "../db/vroegsignalering";
import { beslis } from "../domain/autorisatie";
import {
  CONTACTPOGINGEN,
  type Contactpoging,
  SIGNAALBRONNEN,
  SIGNAALUITKOMSTEN,
  type Signaalbron,
  type Signaaluitkomst,
  STANDAARD_CONTACTTERMIJN_DAGEN,
  signaalStand,
  toetsAfhandeling,
  toetsContactpoging,
  toetsSignaal,
} from "../domain/schuldhulp/vroegsignalering";
import { actorVan, auditeer, type Handeling, vereis } from "../handeling/context";
import { conflict, nietGevonden, weigerUitkomsten } from "../handeling/weigering";
import { vandaag } from "../lib/klok";

const resource = (h: Handeling) => ({ soort: "vroegsignaal" as const, gemeenteCode: h.wie.gemeente.code });
const GEWIJZIGD = "Iemand anders heeft dit signaal intussen bijgewerkt. Laad het opnieuw.";

function alsWeergave(r: VroegsignaalRij, naam: string, nu: string): z.infer<typeof vroegsignaal> {
  const { stand, contactUiterlijk } = signaalStand(r, nu, STANDAARD_CONTACTTERMIJN_DAGEN);
  return {
    id: r.id,
    versie: r.versie,
    persoon: { id: r.persoonId, naam },
    bron: r.bron,
    bronLabel: SIGNAALBRONNEN[r.bron as Signaalbron],
    schuldeiser: r.schuldeiser,
    achterstand: r.achterstandCent,
    ontvangenOp: r.ontvangenOp,
    contactUiterlijk,
    stand,
    contactpoging:
      r.contactpogingOp && r.contactpogingWijze
        ? {
            op: r.contactpogingOp,
            wijze: r.contactpogingWijze,
            wijzeLabel: CONTACTPOGINGEN[r.contactpogingWijze as Contactpoging],
          }
        : null,
    afhandeling:
      r.afgehandeldOp && r.uitkomst
        ? {
            op: r.afgehandeldOp,
            uitkomst: r.uitkomst,
            uitkomstLabel: SIGNAALUITKOMSTEN[r.uitkomst as Signaaluitkomst],
          }
        : null,
  };
}

export async function signalenVan(
  h: Handeling,
  q: z.infer<typeof vroegsignalenQuery>,
): Promise<z.infer<typeof signalenLijst>> {
  vereis(h.wie, "lezen", resource(h));
  const { rijen, totaal } = await signalenPagina(h.tx, {
    open: q.open === "ja",
    pagina: q.pagina,
    perPagina: q.perPagina,
  });
  const groepen = await telSignalen(h.tx, STANDAARD_CONTACTTERMIJN_DAGEN);
  if (rijen.length > 0)
    await auditeer(
      h,
      rijen.map((r) => ({
        actie: "lezen" as const,
        resource: "vroegsignaal",
        persoonId: r.signaal.persoonId,
        reden: "signalen van betalingsachterstanden ingezien",
      })),
    );
  const som = (f: (g: (typeof groepen)[number]) => boolean) => groepen.filter(f).reduce((n, g) => n + g.n, 0);
  const nu = vandaag();
  return {
    items: rijen.map((r) => alsWeergave(r.signaal, r.naam, nu)),
    pagina: q.pagina,
    perPagina: q.perPagina,
    totaal,
    telling: {
      totaal: som(() => true),
      openstaand: som((g) => g.uitkomst === null),
      contactOpTijd: groepen.reduce((n, g) => n + g.opTijd, 0),
      contacttermijnDagen: STANDAARD_CONTACTTERMIJN_DAGEN,
      perBron: Object.entries(SIGNAALBRONNEN).map(([bron, label]) => ({
        bron,
        label,
        aantal: som((g) => g.bron === bron),
      })),
      perUitkomst: Object.entries(SIGNAALUITKOMSTEN).map(([uitkomst, label]) => ({
        uitkomst,
        label,
        aantal: som((g) => g.uitkomst === uitkomst),
      })),
    },
    kanVastleggen: beslis(actorVan(h.wie), "aanmaken", resource(h)).toegestaan,
  };
}

/** One signal as the list shows it (after a change); the read is audited like the list's. */
export async function signaalVan(h: Handeling, id: string): Promise<z.infer<typeof vroegsignaal>> {
  vereis(h.wie, "lezen", resource(h));
  const rij = await signaalMetNaam(h.tx, id);
  if (!rij) throw nietGevonden();
  await auditeer(h, [
    {
      actie: "lezen",
      resource: "vroegsignaal",
      persoonId: rij.signaal.persoonId,
      reden: "signaal betalingsachterstand ingezien",
    },
  ]);
  return alsWeergave(rij.signaal, rij.naam, vandaag());
}

export async function registreerSignaal(
  h: Handeling,
  invoer: z.infer<typeof signaalVerzoek>,
): Promise<string> {
  vereis(h.wie, "aanmaken", resource(h));
  weigerUitkomsten(
    toetsSignaal({ ontvangenOp: invoer.ontvangenOp, achterstandCent: invoer.achterstand }, vandaag()),
  );
  if (!(await haalPersoon(h.tx, invoer.persoonId))) throw nietGevonden("Deze inwoner is niet gevonden.");
  const rij = await voegSignaalToe(h.tx, {
    persoonId: invoer.persoonId,
    bron: invoer.bron,
    schuldeiser: invoer.schuldeiser,
    achterstandCent: invoer.achterstand,
    ontvangenOp: invoer.ontvangenOp,
    vastgelegdDoor: h.wie.medewerkerId,
  });
  await auditeer(h, [
    {
      actie: "aanmaken",
      resource: "vroegsignaal",
      persoonId: rij.persoonId,
      reden: "signaal betalingsachterstand geregistreerd",
    },
  ]);
  return rij.id;
}

async function laadSignaal(h: Handeling, id: string, versie: number): Promise<VroegsignaalRij> {
  vereis(h.wie, "wijzigen", resource(h));
  const rij = await haalSignaal(h.tx, id);
  if (!rij) throw nietGevonden();
  if (rij.versie !== versie) throw conflict(GEWIJZIGD);
  return rij;
}

async function bewaar(
  h: Handeling,
  rij: VroegsignaalRij,
  wijziging: Parameters<typeof werkSignaalBij>[3],
  wat: string,
) {
  const bijgewerkt = await werkSignaalBij(h.tx, rij.id, rij.versie, wijziging);
  if (!bijgewerkt) throw conflict(GEWIJZIGD);
  await auditeer(h, [{ actie: "wijzigen", resource: "vroegsignaal", persoonId: rij.persoonId, reden: wat }]);
}

export async function legContactpogingVast(
  h: Handeling,
  id: string,
  versie: number,
  invoer: z.infer<typeof contactpogingVerzoek>,
): Promise<void> {
  const rij = await laadSignaal(h, id, versie);
  weigerUitkomsten(toetsContactpoging(rij, invoer.op, vandaag()));
  await bewaar(
    h,
    rij,
    { contactpogingOp: invoer.op, contactpogingWijze: invoer.wijze },
    "contactpoging na signaal vastgelegd",
  );
}

export async function handelSignaalAf(
  h: Handeling,
  id: string,
  versie: number,
  invoer: z.infer<typeof afhandelingVerzoek>,
): Promise<void> {
  const rij = await laadSignaal(h, id, versie);
  weigerUitkomsten(toetsAfhandeling(rij, invoer, vandaag()));
  await bewaar(h, rij, { uitkomst: invoer.uitkomst, afgehandeldOp: invoer.op }, "signaal afgehandeld");
}

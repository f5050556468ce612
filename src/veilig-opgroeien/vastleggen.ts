/**
 * What Veilig Opgroeien records on a zaak (policy rule 22), each change on the versie the caller saw:
 * - the joint veiligheidsbeoordeling of procesregisseur and casemanager (the first one starts the traject);
 * - a step of the gedwongen kader (domain/veilig-opgroeien/traject.ts: the state machine, BW 1:258 and 1:260), the
 *   VTO only after the gedragswetenschapper's advice on it (domain/veilig-opgroeien/advies.ts);
 * - a Beschermtafel at the Raad.
 */
import type { z } from "zod";
import type {
  beschermtafelVerzoek,
  gedwongenKaderStapVerzoek,
  veiligheidsbeoordelingVerzoek,
} from "../contract/veilig-opgroeien";
import { haalGebruiker } from "../db/gebruikers";
import { type TrajectRij, voegTrajectToe } from "../db/veilig-opgroeien";
import type { ZaakRij } from "../db/zaken";
import { kort } from "../domain/termijnen/kalender";
import { beslissingVoorStap, toetsBeslissingMetAdvies } from "../domain/veilig-opgroeien/advies";
import {
  STAP_LABELS,
  toetsBeoordeling,
  toetsBeschermtafel,
  toetsStap,
} from "../domain/veilig-opgroeien/traject";
import { type Handeling, vereis } from "../handeling/context";
import { conflict } from "../handeling/weigering";
import { nu, vandaag } from "../lib/klok";
import {
  adviesvragenVan,
  auditeerTraject,
  beoordelingenVan,
  beschermtafelsVan,
  bewaarTraject,
  laadTraject,
  type OpgeslagenBeoordeling,
  type OpgeslagenStap,
  stappenVan,
  TRAJECT_BESTAAT_AL,
  veiligOpgroeienResource,
  weigerVeiligOpgroeien,
} from "./traject";

type BeoordelingInvoer = z.infer<typeof veiligheidsbeoordelingVerzoek>;

const vastgelegd = (h: Handeling) => ({ medewerkerId: h.wie.medewerkerId, vastgelegdOp: nu().toISOString() });

async function beoordelingUit(h: Handeling, invoer: BeoordelingInvoer): Promise<OpgeslagenBeoordeling> {
  const vakgroepen = async (id: string) => {
    const g = await haalGebruiker(h.tx, id);
    return g?.actief ? g.vakgroepen : null;
  };
  weigerVeiligOpgroeien(
    toetsBeoordeling({
      ...invoer,
      vandaag: vandaag(),
      vakgroepenProcesregisseur: await vakgroepen(invoer.procesregisseurId),
      vakgroepenCasemanager: await vakgroepen(invoer.casemanagerId),
    }),
  );
  return { ...invoer, ...vastgelegd(h) };
}

/** The first joint assessment starts Veilig Opgroeien on the zaak (one per zaak). */
export async function startVeiligOpgroeien(
  h: Handeling,
  zaak: ZaakRij,
  invoer: BeoordelingInvoer,
): Promise<TrajectRij> {
  vereis(h.wie, "aanmaken", veiligOpgroeienResource(h.wie, zaak, "inhoud"));
  const beoordeling = await beoordelingUit(h, invoer);
  const rij = await voegTrajectToe(h.tx, {
    zaakId: zaak.id,
    aangemaaktDoor: h.wie.medewerkerId,
    beoordelingen: [beoordeling],
  });
  if (!rij) throw conflict(TRAJECT_BESTAAT_AL);
  await auditeerTraject(h, zaak, "aanmaken", `Veilig Opgroeien gestart op zaak ${zaak.zaaknummer}`);
  return rij;
}

/** A later assessment (after gathering more information, or when the situation changed). */
export async function legBeoordelingVast(
  h: Handeling,
  id: string,
  versie: number,
  invoer: BeoordelingInvoer,
): Promise<TrajectRij> {
  const geladen = await laadTraject(h, id, { actie: "wijzigen", deel: "inhoud", versie });
  const beoordeling = await beoordelingUit(h, invoer);
  return bewaarTraject(
    h,
    geladen,
    { beoordelingen: [...beoordelingenVan(geladen.rij), beoordeling] },
    "veiligheidsbeoordeling vastgelegd",
  );
}

export async function legStapVast(
  h: Handeling,
  id: string,
  versie: number,
  invoer: z.infer<typeof gedwongenKaderStapVerzoek>,
): Promise<TrajectRij> {
  const geladen = await laadTraject(h, id, { actie: "wijzigen", deel: "inhoud", versie });
  const stappen = stappenVan(geladen.rij);
  const beslissing = beslissingVoorStap(invoer.soort);
  if (beslissing) weigerVeiligOpgroeien([toetsBeslissingMetAdvies(adviesvragenVan(geladen.rij), beslissing)]);
  const { toelichting, ...stap } = invoer;
  weigerVeiligOpgroeien(
    toetsStap(
      { beoordeling: beoordelingenVan(geladen.rij).at(-1) ?? null, stappen, vandaag: vandaag() },
      stap,
    ),
  );
  const opgeslagen: OpgeslagenStap = { ...stap, ...(toelichting ? { toelichting } : {}), ...vastgelegd(h) };
  // The step carries out the decision the gedragswetenschapper advised on: that request is decided by it.
  const vragen = adviesvragenVan(geladen.rij);
  const open = vragen.findLast((v) => v.beslissing === beslissing && v.advies && !v.besluit);
  const besluit = {
    tekst: `${STAP_LABELS[stap.soort]} op ${kort(stap.datum)}.`,
    door: h.wie.medewerkerId,
    op: nu().toISOString(),
  };
  return bewaarTraject(
    h,
    geladen,
    {
      stappen: [...stappen, opgeslagen],
      ...(open ? { adviesvragen: vragen.map((v) => (v === open ? { ...v, besluit } : v)) } : {}),
    },
    "stap van het gedwongen kader vastgelegd",
  );
}

export async function legBeschermtafelVast(
  h: Handeling,
  id: string,
  versie: number,
  invoer: z.infer<typeof beschermtafelVerzoek>,
): Promise<TrajectRij> {
  const geladen = await laadTraject(h, id, { actie: "wijzigen", deel: "inhoud", versie });
  weigerVeiligOpgroeien(
    toetsBeschermtafel(beoordelingenVan(geladen.rij).at(-1) ?? null, invoer.datum, vandaag()),
  );
  const tafels = [...beschermtafelsVan(geladen.rij), { ...invoer, ...vastgelegd(h) }].sort((a, b) =>
    a.datum < b.datum ? -1 : 1,
  );
  return bewaarTraject(h, geladen, { beschermtafels: tafels }, "Beschermtafel vastgelegd");
}

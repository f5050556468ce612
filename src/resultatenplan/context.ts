/** Gathers what the plan rules need from the database: matrix version, products, persons, providers, jurists. */

import { haalMatrixVersie, type MatrixVersieRij } from "../db/catalogus-matrix";
import type { Tx } from "../db/client";
import { type Goedkeuring, planContextGegevens } from "../db/resultatenplan";
import type { personenVanZaak } from "../db/zaken";
import type { Resultatenmatrix } from "../domain/catalogus/resultatenmatrix";
import type { PlanInhoud } from "../domain/resultatenplan/inhoud";
import type { PlanContext } from "../domain/resultatenplan/regels";

export interface GeladenContext extends PlanContext {
  matrixVersie: MatrixVersieRij | undefined;
  zaakPersonen: Awaited<ReturnType<typeof personenVanZaak>>;
  juristenLijst: { id: string; naam: string }[];
  /** The approvals (teamleider signatures) on the zaak's plan, oldest first. */
  goedkeuringen: Goedkeuring[];
}

/**
 * Published matrix versions never change (the app may only insert them), so each is read once per process.
 * The id always comes from a plan or a lookup that row level security already allowed.
 */
const matrixVersies = new Map<string, MatrixVersieRij>();
const MAX_MATRIXVERSIES = 100;

async function matrixVersie(tx: Tx, id: string): Promise<MatrixVersieRij | undefined> {
  const bekend = matrixVersies.get(id);
  if (bekend) return bekend;
  const rij = await haalMatrixVersie(tx, id);
  if (rij) {
    if (matrixVersies.size >= MAX_MATRIXVERSIES) matrixVersies.clear();
    matrixVersies.set(id, rij);
  }
  return rij;
}

export async function laadPlanContext(
  tx: Tx,
  zaakId: string,
  matrixVersieId: string,
  inhoud: PlanInhoud,
): Promise<GeladenContext> {
  const agbCodes = [
    ...inhoud.maatwerkvoorzieningen.flatMap((m) => (m.aanbiederAgb ? [m.aanbiederAgb] : [])),
    ...(inhoud.individueleOvereenkomst ? [inhoud.individueleOvereenkomst.aanbiederAgb] : []),
  ];
  const matrixRij = await matrixVersie(tx, matrixVersieId);
  const gegevens = await planContextGegevens(tx, {
    zaakId,
    productCodes: inhoud.maatwerkvoorzieningen.map((m) => m.productCode),
    agbCodes,
    voorzieningIds: inhoud.voorliggendeOplossingen.flatMap((v) => (v.voorzieningId ? [v.voorzieningId] : [])),
  });
  return {
    matrix: (matrixRij?.matrix as Resultatenmatrix | undefined) ?? { hoofdresultaten: [] },
    producten: gegevens.producten,
    personen: new Set(gegevens.personen.map((p) => p.persoonId)),
    aanbieders: gegevens.aanbieders,
    juristen: new Set(gegevens.juristen.map((j) => j.id)),
    voorzieningen: new Set(gegevens.voorzieningen),
    matrixVersie: matrixRij,
    zaakPersonen: gegevens.personen,
    juristenLijst: gegevens.juristen,
    goedkeuringen: gegevens.goedkeuringen,
  };
}

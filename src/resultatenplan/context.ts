/** Gathers what the plan rules need from the database: matrix version, products, persons, providers, jurists. */

import { haalMatrixVersie, productenMetCodes } from "../db/catalogus-matrix";
import type { Tx } from "../db/client";
import { bekendeAanbieders, juristenVanGemeente } from "../db/resultatenplan";
import { personenVanZaak } from "../db/zaken";
import type { Resultatenmatrix } from "../domain/catalogus/resultatenmatrix";
import type { PlanInhoud } from "../domain/resultatenplan/inhoud";
import type { PlanContext } from "../domain/resultatenplan/regels";

export interface GeladenContext extends PlanContext {
  matrixVersie: Awaited<ReturnType<typeof haalMatrixVersie>>;
  zaakPersonen: Awaited<ReturnType<typeof personenVanZaak>>;
  juristenLijst: { id: string; naam: string }[];
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
  const [matrixRij, producten, zaakPersonen, aanbieders, juristenLijst] = await Promise.all([
    haalMatrixVersie(tx, matrixVersieId),
    productenMetCodes(
      tx,
      inhoud.maatwerkvoorzieningen.map((m) => m.productCode),
    ),
    personenVanZaak(tx, zaakId),
    bekendeAanbieders(tx, agbCodes),
    juristenVanGemeente(tx),
  ]);
  return {
    matrix: (matrixRij?.matrix as Resultatenmatrix | undefined) ?? { hoofdresultaten: [] },
    producten,
    personen: new Set(zaakPersonen.map((p) => p.persoonId)),
    aanbieders,
    juristen: new Set(juristenLijst.map((j) => j.id)),
    matrixVersie: matrixRij,
    zaakPersonen,
    juristenLijst,
  };
}

import { Alert, Button, ButtonGroup, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useParams } from "react-router";
import { foutmelding } from "../../lib/api";
import { Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { WieOndertekent } from "../brieven/OpZaak";
import { useZaak } from "../zaken/api";
import { useCatalogusOverzicht, usePlan, usePlanActie } from "./api";
import { PlanFormulier } from "./PlanFormulier";
import { PlanStappen } from "./PlanStappen";
import { PlanVersies } from "./PlanVersies";

/** /zaken/:id/plan — the zaak's resultatenplan: write it, make it definitief, send it, register the signature. */
export function PlanPagina() {
  const { id = "" } = useParams();
  const zaak = useZaak(id);
  const plan = usePlan(id);
  const catalogus = useCatalogusOverzicht();
  const maak = usePlanActie(id, plan.data);
  const zaaknummer = zaak.data?.zaaknummer ?? "";
  const fout = zaak.error ?? plan.error ?? catalogus.error;
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: `Zaak ${zaaknummer}`, naar: `/zaken/${id}` },
          { label: "Resultatenplan" },
        ]}
      />
      <PaginaTitel titel={`Resultatenplan ${zaaknummer}`}>Resultatenplan zaak {zaaknummer}</PaginaTitel>
      {zaak.isPending || plan.isPending || catalogus.isPending ? <Laden /> : null}
      {fout ? <LaadFout fout={fout} /> : null}
      {plan.data === null && catalogus.data ? (
        <>
          <Paragraph>
            Deze zaak heeft nog geen resultatenplan. Het plan gebruikt de geldende Resultatenmatrix (versie{" "}
            {catalogus.data.matrix?.versie ?? "–"}) en beschrijft bij voorkeur het hele gezin.
          </Paragraph>
          {maak.isError ? (
            <Alert type="error">
              <Paragraph>{foutmelding(maak.error)}</Paragraph>
            </Alert>
          ) : null}
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              disabled={maak.isPending}
              onClick={() => maak.mutate({ soort: "maak" })}
            >
              Resultatenplan aanmaken
            </Button>
          </ButtonGroup>
        </>
      ) : null}
      {plan.data && catalogus.data ? (
        <>
          <Heading2>Plan</Heading2>
          <WieOndertekent zaakId={id} />
          <PlanStappen zaakId={id} plan={plan.data} />
          <PlanFormulier zaakId={id} plan={plan.data} catalogus={catalogus.data} />
          <PlanVersies planId={plan.data.id} versie={plan.data.versie} />
        </>
      ) : null}
    </>
  );
}

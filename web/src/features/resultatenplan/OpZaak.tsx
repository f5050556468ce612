import { Heading2, Paragraph } from "@utrecht/component-library-react";
import type { Zaak } from "../../lib/contract";
import { AppLink, LaadFout, Laden } from "../../lib/ui";
import { usePlan } from "./api";
import { PLAN_STATUS_TEKST, ZAAKTYPEN_MET_PLAN } from "./weergave";

/** The resultatenplan section of the zaak page: status of the plan and a link to the plan page. */
export function ResultatenplanOpZaak({ zaak }: { zaak: Zaak }) {
  const heeftPlan = ZAAKTYPEN_MET_PLAN.includes(zaak.zaaktype);
  const plan = usePlan(heeftPlan ? zaak.id : "");
  if (!heeftPlan) return null;
  return (
    <section aria-labelledby="resultatenplan-kop">
      <Heading2 id="resultatenplan-kop">Resultatenplan</Heading2>
      {plan.isPending ? <Laden /> : null}
      {plan.isError ? <LaadFout fout={plan.error} opnieuw={() => void plan.refetch()} /> : null}
      {plan.data === null ? <Paragraph>Er is nog geen resultatenplan.</Paragraph> : null}
      {plan.data ? (
        <Paragraph>
          Status: {PLAN_STATUS_TEKST[plan.data.status]} (versie {plan.data.versie}).
          {plan.data.ondertekening ? ` Ondertekend op ${plan.data.ondertekening.datum}.` : ""}
        </Paragraph>
      ) : null}
      {plan.data !== undefined ? (
        <Paragraph>
          <AppLink to={`/zaken/${zaak.id}/plan`}>
            {plan.data ? "Resultatenplan bekijken en bewerken" : "Resultatenplan opstellen"}
          </AppLink>
        </Paragraph>
      ) : null}
    </section>
  );
}

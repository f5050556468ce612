import { Button, ButtonGroup, Heading3, Paragraph } from "@utrecht/component-library-react";
import { PARTIJ_LABELS, PLAN_STATUS_LABELS } from "../../../../src/domain/signs-of-safety/signs-of-safety";
import { foutmelding } from "../../lib/api";
import type { ZaakDetail } from "../../lib/contract";
import { AppLink } from "../../lib/ui";
import { useZaak } from "../zaken/api";
import { useSignsOfSafety, useSosOpslaan } from "./api";

/**
 * Signs of Safety on the zaak's Overzicht: that it runs (whoever may read the zaak, policy rule 23), the last
 * scores and the plan's status for those who may see the content, and starting it; the work is on the tab Veiligheid.
 */
export function SignsOfSafetyOpZaak({ zaak }: { zaak: ZaakDetail }) {
  const lijst = useSignsOfSafety(zaak.id);
  const start = useSosOpslaan(zaak.id);
  const herlaad = useZaak(zaak.id);
  if (!lijst.data) return null;
  const { signsOfSafety: sos, kanStarten } = lijst.data;
  if (!sos && !kanStarten.mogelijk) return null;
  const laatste = sos?.inhoud?.schaal.at(-1);
  return (
    <section aria-labelledby="sos-kop">
      <Heading3 id="sos-kop">Signs of Safety</Heading3>
      {sos ? (
        sos.inhoud ? (
          <Paragraph>
            {laatste
              ? `Laatste veiligheidsschaal: ${laatste.scores.map((s) => `${PARTIJ_LABELS[s.partij].toLowerCase()} ${s.score}`).join(", ")}. `
              : "Nog geen scores op de veiligheidsschaal. "}
            Veiligheidsplan:{" "}
            {sos.inhoud.plan ? PLAN_STATUS_LABELS[sos.inhoud.plan.status].toLowerCase() : "nog niet gemaakt"}.{" "}
            <AppLink to={`/zaken/${zaak.id}/veiligheid`}>Naar Veiligheid</AppLink>
          </Paragraph>
        ) : (
          <Paragraph>
            Signs of Safety loopt. De inhoud is alleen zichtbaar voor Veilig Opgroeien, de Regiegroep, de
            teamleider en de behandelaar van de zaak.
          </Paragraph>
        )
      ) : null}
      {start.isError ? <Paragraph>{foutmelding(start.error)}</Paragraph> : null}
      {kanStarten.mogelijk ? (
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            disabled={start.isPending}
            onClick={() =>
              start.mutate({ deel: "", versie: zaak.versie }, { onSuccess: () => void herlaad.refetch() })
            }
          >
            Signs of Safety starten
          </Button>
        </ButtonGroup>
      ) : null}
    </section>
  );
}

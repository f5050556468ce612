import { Button, ButtonGroup, Heading2, Paragraph } from "@utrecht/component-library-react";
import { foutmelding } from "../../lib/api";
import { CONTACT_THEMA_LABELS, CONTACT_THEMAS } from "../../lib/contract";
import { useTurf, useTurven } from "./api";

/** General questions are not registered: one click counts them per thema (no personal data). */
export function Turven() {
  const turven = useTurven();
  const turf = useTurf();
  const aantal = (thema: string) => turven.data?.items.find((i) => i.thema === thema)?.aantal ?? 0;
  return (
    <section aria-labelledby="turven-kop">
      <Heading2 id="turven-kop">Algemene vragen turven</Heading2>
      <Paragraph>
        Een algemene vraag (openingstijden, een folder) registreert u niet: turf hem met één klik. Vandaag
        geturfd: {turven.data?.totaal ?? 0}.
      </Paragraph>
      <ButtonGroup>
        {CONTACT_THEMAS.map((thema) => (
          <Button
            key={thema}
            appearance="secondary-action-button"
            disabled={turf.isPending}
            onClick={() => turf.mutate(thema)}
          >
            Turf {CONTACT_THEMA_LABELS[thema]} ({aantal(thema)})
          </Button>
        ))}
      </ButtonGroup>
      <p className="utrecht-paragraph" role="status">
        {turf.isSuccess
          ? `Geturfd: ${CONTACT_THEMA_LABELS[turf.data.thema as keyof typeof CONTACT_THEMA_LABELS] ?? turf.data.thema} (${turf.data.aantal} vandaag).`
          : ""}
        {turf.isError ? foutmelding(turf.error) : ""}
      </p>
    </section>
  );
}

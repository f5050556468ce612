import { Button, ButtonGroup, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useNavigate } from "react-router";
import { foutmelding } from "../../lib/api";
import type { AanmeldingResultaat, IagPersoon } from "../../lib/contract";
import { werkvoorraadLabel } from "../aanmelden/weergave";
import { useStartMeldcodeOpGekozenZaak } from "./api";

/**
 * "Meldcode starten" on the IAG screen, for the chosen resident (a child or an adult victim alike). The Meldcode
 * runs on a zaak: the zaak this contact just created comes first (the signal came in at the front door and the
 * veiligheidscheck routed it), then the resident's other open zaken (the help already running, whose behandelaar
 * carries the Meldcode). Without an open zaak the professional registers the contact first. Whether they may start
 * it on a zaak is the policy's (rule 18: whoever may read the zaak); a refusal shows its reason.
 */
export function MeldcodeVanuitAanmelden({
  persoon,
  resultaat,
}: {
  persoon: IagPersoon;
  resultaat: AanmeldingResultaat | null;
}) {
  const start = useStartMeldcodeOpGekozenZaak();
  const navigeer = useNavigate();
  const nieuw = resultaat?.zaak ?? null;
  const zaken = [
    ...(nieuw
      ? [
          {
            id: nieuw.id,
            zaaknummer: nieuw.zaaknummer,
            werkvoorraad: nieuw.werkvoorraad,
            versie: nieuw.versie,
            nieuw: true,
          },
        ]
      : []),
    ...persoon.zaken.filter((z) => z.open && z.id !== nieuw?.id).map((z) => ({ ...z, nieuw: false })),
  ];
  return (
    <section aria-labelledby="meldcode-iag-kop">
      <Heading3 id="meldcode-iag-kop">Meldcode huiselijk geweld en kindermishandeling</Heading3>
      {zaken.length === 0 ? (
        <Paragraph>
          {persoon.naam} heeft geen open zaak. Registreer eerst het contact met de veiligheidscheck; daarna
          start u hier de Meldcode op de nieuwe zaak.
        </Paragraph>
      ) : (
        <>
          <Paragraph>
            Zorgen over huiselijk geweld of kindermishandeling, ook bij een volwassene? Start de Meldcode op
            de zaak waar de zorg bij hoort.
          </Paragraph>
          <ButtonGroup>
            {zaken.map((z) => (
              <Button
                key={z.id}
                appearance={z.nieuw ? "primary-action-button" : "secondary-action-button"}
                disabled={start.isPending}
                onClick={() =>
                  start.mutate(
                    { zaakId: z.id, versie: z.versie },
                    { onSuccess: (m) => void navigeer(`/meldcodes/${m.id}`) },
                  )
                }
              >
                Meldcode starten op zaak {z.zaaknummer} (
                {z.nieuw ? "zaak van dit contact" : `werkvoorraad ${werkvoorraadLabel(z.werkvoorraad)}`})
              </Button>
            ))}
          </ButtonGroup>
        </>
      )}
      {start.isError ? <Paragraph role="alert">{foutmelding(start.error)}</Paragraph> : null}
    </section>
  );
}

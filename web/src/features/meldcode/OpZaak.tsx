import { Button, ButtonGroup, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useNavigate } from "react-router";
import { foutmelding } from "../../lib/api";
import type { ZaakDetail } from "../../lib/contract";
import { AppLink } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import { useMeldcodesOpZaak, useStartMeldcode } from "./api";

/**
 * The Meldcode on the zaak page's action area: whoever may read the zaak sees that one runs ("Meldcode loopt",
 * no content, policy rule 18) and may start one; those who may see the content open the guided page.
 */
export function MeldcodeOpZaak({ zaak }: { zaak: ZaakDetail }) {
  const lijst = useMeldcodesOpZaak(zaak.id);
  const start = useStartMeldcode(zaak.id);
  const navigeer = useNavigate();
  if (!lijst.data) return null;
  const { meldcodes, kanStarten } = lijst.data;
  return (
    <section aria-labelledby="meldcode-kop">
      <Heading3 id="meldcode-kop">Meldcode huiselijk geweld en kindermishandeling</Heading3>
      {meldcodes.map((m) => (
        <Paragraph key={m.id}>
          {m.status === "loopt" ? "Meldcode loopt" : "Meldcode afgesloten"}, gestart op{" "}
          {kortDatum(m.gestartOp.slice(0, 10))}
          {m.inhoud ? (
            <>
              {" "}
              (door {m.inhoud.auteur}). <AppLink to={`/meldcodes/${m.id}`}>Meldcode openen</AppLink>
            </>
          ) : (
            ". De inhoud is alleen zichtbaar voor Veilig Opgroeien, de Regiegroep, de teamleider en wie hem startte."
          )}
        </Paragraph>
      ))}
      {start.isError ? <Paragraph>{foutmelding(start.error)}</Paragraph> : null}
      {kanStarten.mogelijk ? (
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            disabled={start.isPending}
            onClick={() =>
              start.mutate(zaak.versie, { onSuccess: (m) => void navigeer(`/meldcodes/${m.id}`) })
            }
          >
            Meldcode starten
          </Button>
        </ButtonGroup>
      ) : null}
    </section>
  );
}

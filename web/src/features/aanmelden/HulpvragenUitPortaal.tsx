import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Fragment, useState } from "react";
import type { z } from "zod";
import { foutmelding } from "../../lib/api";
import type { hulpvraagVoorIag } from "../../lib/contract";
import { datumTijd, LaadFout, Laden, Tabel } from "../../lib/ui";
import { useHulpvraagOppakken, useOpenHulpvragen } from "./api";
import { themaLabel } from "./weergave";

export type HulpvraagVoorIag = z.infer<typeof hulpvraagVoorIag>;

const CONTACT: Record<string, string> = {
  telefoon: "Bellen",
  email: "E-mail",
  portaal: "Bericht in Mijn Voordeur",
};

function hoeTeBereiken(h: HulpvraagVoorIag): string {
  const wijze = CONTACT[h.contactwijze] ?? h.contactwijze;
  return [wijze, h.telefoon, h.email].filter(Boolean).join(": ");
}

/**
 * Hulpvragen that residents sent through Mijn Voordeur (issue 16), unsafe and urgent first. "Oppakken" takes one on
 * (a colleague who was first gets a clear message) and fills the contact form with it; registering the contact
 * closes the hulpvraag.
 */
export function HulpvragenUitPortaal({ onOpgepakt }: { onOpgepakt: (h: HulpvraagVoorIag) => void }) {
  const [pagina, setPagina] = useState(1);
  const lijst = useOpenHulpvragen(pagina);
  const oppakken = useHulpvraagOppakken();
  if (lijst.isPending) return <Laden tekst="Hulpvragen laden…" />;
  if (lijst.isError) return <LaadFout fout={lijst.error} opnieuw={() => void lijst.refetch()} />;
  const { items, totaal, perPagina } = lijst.data;
  return (
    <section aria-labelledby="hulpvragen-kop" className="voordeur-hulpvragen">
      <Heading2 id="hulpvragen-kop">Hulpvragen via Mijn Voordeur ({totaal})</Heading2>
      {oppakken.isError ? (
        <Alert type="error">
          <Paragraph>{foutmelding(oppakken.error)}</Paragraph>
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <Paragraph>Er zijn geen nieuwe hulpvragen.</Paragraph>
      ) : (
        <Tabel
          bijschrift="Open hulpvragen, onveilig en dringend eerst"
          koppen={["Inwoner", "Waarover", "Vraag", "Contact", "Ontvangen", "Actie"]}
          rijen={items.map((h) => ({
            sleutel: h.id,
            cellen: [
              <Fragment key="inwoner">
                {h.naam}
                {h.onveilig ? <strong> — onveilig</strong> : h.spoed ? <strong> — dringend</strong> : null}
                {h.namensIemandAnders ? <div>Ingediend door een ouder of vertegenwoordiger</div> : null}
              </Fragment>,
              themaLabel(h.thema),
              h.vraag,
              hoeTeBereiken(h),
              datumTijd(h.ingediendOp),
              h.opgepaktDoor ? (
                <Fragment key="actie">
                  Opgepakt door {h.opgepaktDoor}
                  <Button appearance="subtle-button" onClick={() => onOpgepakt(h)}>
                    Registreren <span className="utrecht-visually-hidden">voor {h.naam}</span>
                  </Button>
                </Fragment>
              ) : (
                <Button
                  key="actie"
                  appearance="secondary-action-button"
                  disabled={oppakken.isPending}
                  onClick={() => oppakken.mutate({ id: h.id, versie: h.versie }, { onSuccess: onOpgepakt })}
                >
                  Oppakken <span className="utrecht-visually-hidden">voor {h.naam}</span>
                </Button>
              ),
            ],
          }))}
        />
      )}
      {totaal > perPagina ? (
        <nav aria-label="Bladeren door hulpvragen" className="voordeur-paginering">
          <Button appearance="subtle-button" disabled={pagina === 1} onClick={() => setPagina(pagina - 1)}>
            Vorige
          </Button>
          <Paragraph>
            Pagina {pagina} van {Math.ceil(totaal / perPagina)}
          </Paragraph>
          <Button
            appearance="subtle-button"
            disabled={pagina * perPagina >= totaal}
            onClick={() => setPagina(pagina + 1)}
          >
            Volgende
          </Button>
        </nav>
      ) : null}
    </section>
  );
}

/** At the top of the IAG screen: how many hulpvragen wait, with a link to the list below. */
export function HulpvragenWachten() {
  const lijst = useOpenHulpvragen(1);
  const totaal = lijst.data?.totaal ?? 0;
  if (totaal === 0) return null;
  const onveilig = lijst.data?.items.some((h) => h.onveilig);
  return (
    <Alert type={onveilig ? "warning" : "info"}>
      <Paragraph>
        <a className="utrecht-link" href="#hulpvragen-kop">
          {totaal === 1 ? "1 hulpvraag" : `${totaal} hulpvragen`} via Mijn Voordeur
        </a>{" "}
        {totaal === 1 ? "wacht" : "wachten"} op een medewerker
        {onveilig ? ". Er is een onveilige situatie bij." : "."}
      </Paragraph>
    </Alert>
  );
}

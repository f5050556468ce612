import {
  Alert,
  Button,
  ButtonGroup,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { foutmelding, isApiFout } from "../../lib/api";
import { toestemmingWijzen, type WerkverdelingVanZaak, type Zaak } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import { Keuzeveld, Tekstvak, Tekstveld, veldfoutenUit } from "../../lib/formulier";
import { AppLink, Uitklapper } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import { useAgendapuntInbrengen, useOverleggen, useToestemmingVastleggen } from "./api";

function ToestemmingFormulier({ zaak }: { zaak: Zaak }) {
  const vastleggen = useToestemmingVastleggen(zaak.id);
  const [gegevenDoor, setGegevenDoor] = useState("");
  const [op, setOp] = useState(vandaagIso());
  const [wijze, setWijze] = useState("mondeling");
  const fouten = isApiFout(vastleggen.error) ? veldfoutenUit(vastleggen.error.errors) : {};
  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    vastleggen.mutate({ gegevenDoor, op, wijze: wijze as "mondeling" });
  }
  return (
    <form onSubmit={verstuur} className="voordeur-formulier" noValidate>
      {vastleggen.isError ? (
        <Alert type="error">
          <Paragraph>{foutmelding(vastleggen.error)}</Paragraph>
        </Alert>
      ) : null}
      <Tekstveld
        id="wv-toestemming-door"
        label="Toestemming gegeven door"
        beschrijving="De inwoner, of de ouder of vertegenwoordiger."
        verplicht
        value={gegevenDoor}
        fout={fouten.gegevenDoor}
        onChange={(e) => setGegevenDoor(e.currentTarget.value)}
      />
      <Tekstveld
        id="wv-toestemming-op"
        label="Datum van de toestemming"
        type="date"
        verplicht
        value={op}
        fout={fouten.op}
        onChange={(e) => setOp(e.currentTarget.value)}
      />
      <Keuzeveld
        id="wv-toestemming-wijze"
        label="Hoe is de toestemming gegeven?"
        waarde={wijze}
        onChange={setWijze}
        keuzes={toestemmingWijzen.map((w) => ({ waarde: w, label: w }))}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" disabled={vastleggen.isPending}>
          Toestemming vastleggen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function InbrengenFormulier({ zaak }: { zaak: Zaak }) {
  const overleggen = useOverleggen(1);
  const komend = (overleggen.data?.items ?? []).filter((o) => o.datum >= vandaagIso());
  const [overleg, setOverleg] = useState("");
  const [vraag, setVraag] = useState("");
  const gekozen = overleg || komend[0]?.id || "";
  const inbrengen = useAgendapuntInbrengen(gekozen);
  if (overleggen.data && komend.length === 0)
    return (
      <Paragraph>
        Er is geen gepland casuïstiekoverleg. <AppLink to="/casuistiek">Plan een overleg</AppLink>.
      </Paragraph>
    );
  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    inbrengen.mutate({ zaakId: zaak.id, ...(vraag.trim() ? { vraag } : {}) });
  }
  return (
    <form onSubmit={verstuur} className="voordeur-formulier" noValidate>
      {inbrengen.isError ? (
        <Alert type="error">
          <Paragraph>{foutmelding(inbrengen.error)}</Paragraph>
        </Alert>
      ) : null}
      {inbrengen.isSuccess ? (
        <p className="utrecht-paragraph" role="status">
          De zaak staat op de agenda.
        </p>
      ) : null}
      <Keuzeveld
        id="wv-overleg"
        label="Casuïstiekoverleg"
        waarde={gekozen}
        onChange={setOverleg}
        keuzes={komend.map((o) => ({ waarde: o.id, label: `${kortDatum(o.datum)}: ${o.titel}` }))}
      />
      <Tekstvak
        id="wv-overleg-vraag"
        label="Vraag aan het overleg"
        beschrijving="Namen en adressen worden in het overleg vervangen door rollen."
        waarde={vraag}
        onChange={setVraag}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" disabled={inbrengen.isPending || !gekozen}>
          Inbrengen in overleg
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** Casuïstiek on the zaak page: consent to discuss by name, bringing the zaak in, and the outcomes. */
export function CasuistiekOpZaak({
  zaak,
  data,
  open,
}: {
  zaak: Zaak;
  data: WerkverdelingVanZaak;
  open: boolean;
}) {
  const t = data.toestemming;
  const geldig = t !== null && t.ingetrokkenOp === null;
  return (
    <>
      <Heading3>Casuïstiekoverleg</Heading3>
      <Paragraph>
        {geldig
          ? `Toestemming om met naam te bespreken: gegeven door ${t.gegevenDoor} op ${kortDatum(t.op)} (${t.wijze}), vastgelegd door ${t.vastgelegdDoor}.`
          : "Geen toestemming om met naam te bespreken: de zaak wordt in het overleg geanonimiseerd besproken."}
      </Paragraph>
      {data.agendapunten.length > 0 ? (
        <UnorderedList>
          {data.agendapunten.map((a) => (
            <UnorderedListItem key={a.overlegId}>
              <AppLink to={`/casuistiek/${a.overlegId}`}>
                {kortDatum(a.datum)}: {a.titel}
              </AppLink>
              {a.uitkomst
                ? `. Advies: ${a.uitkomst.advies || "geen"}; besluiten: ${a.uitkomst.besluiten.join("; ") || "geen"}.`
                : ". Nog niet besproken."}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {open && !geldig ? (
        <Uitklapper titel="Toestemming vastleggen om met naam te bespreken">
          <ToestemmingFormulier zaak={zaak} />
        </Uitklapper>
      ) : null}
      {open ? (
        <Uitklapper titel="Inbrengen in een casuïstiekoverleg">
          <InbrengenFormulier zaak={zaak} />
        </Uitklapper>
      ) : null}
    </>
  );
}

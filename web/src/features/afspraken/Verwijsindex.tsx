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
import { vandaag } from "../../../../src/lib/klok";
import { foutmelding } from "../../lib/api";
import type { Zaak } from "../../lib/contract";
import { Keuzeveld, Tekstveld } from "../../lib/formulier";
import { LaadFout, Laden } from "../../lib/ui";
import { useVerwijsindex, useVerwijsindexRegistreren } from "./api";
import { datumMetWeekdag } from "./weergave";

/** For youth zaken: record that (and when) a jeugdige was registered in the Verwijsindex. */
export function Verwijsindex({ zaak }: { zaak: Zaak }) {
  const registraties = useVerwijsindex(zaak.id, true);
  const registreer = useVerwijsindexRegistreren(zaak.id);
  const jeugdigen = zaak.personen.filter((p) => p.rol === "hoofdpersoon" || p.rol === "gezinslid");
  const [persoonId, setPersoonId] = useState("");
  const [datum, setDatum] = useState(vandaag);
  const gekozen = persoonId || jeugdigen[0]?.persoonId || "";

  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    registreer.mutate({ persoonId: gekozen, geregistreerdOp: datum });
  }

  return (
    <>
      <Heading3>Verwijsindex</Heading3>
      {registraties.isPending ? <Laden /> : null}
      {registraties.isError ? <LaadFout fout={registraties.error} /> : null}
      {registraties.data && registraties.data.length === 0 ? (
        <Paragraph>Nog niet geregistreerd in de Verwijsindex.</Paragraph>
      ) : null}
      {registraties.data && registraties.data.length > 0 ? (
        <UnorderedList>
          {registraties.data.map((r) => (
            <UnorderedListItem key={r.id}>
              {r.naam}: geregistreerd op {datumMetWeekdag(r.geregistreerdOp)} door {r.door}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      <form
        onSubmit={verstuur}
        noValidate
        className="voordeur-formulier"
        aria-label="Registratie Verwijsindex"
      >
        {registreer.isError ? (
          <Alert type="error">
            <Paragraph>{foutmelding(registreer.error)}</Paragraph>
          </Alert>
        ) : null}
        {registreer.isSuccess ? (
          <Alert type="ok" role="status">
            <Paragraph>De registratie in de Verwijsindex is vastgelegd.</Paragraph>
          </Alert>
        ) : null}
        <Keuzeveld
          id="verwijsindex-persoon"
          label="Jeugdige"
          keuzes={jeugdigen.map((p) => ({ waarde: p.persoonId, label: p.naam }))}
          waarde={gekozen}
          onChange={setPersoonId}
        />
        <Tekstveld
          id="verwijsindex-datum"
          label="Geregistreerd op"
          type="date"
          verplicht
          value={datum}
          onChange={(e) => setDatum(e.currentTarget.value)}
        />
        <ButtonGroup>
          <Button
            type="submit"
            appearance="secondary-action-button"
            disabled={registreer.isPending || !gekozen}
          >
            Registratie vastleggen
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

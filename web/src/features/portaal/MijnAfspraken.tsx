/** "Uw afspraken" on a zaak in Mijn Voordeur: the coming appointments, each movable to a free time (issue 16). */
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { datumMetWeekdag } from "../../../../src/domain/afspraken/tijd";
import { isApiFout } from "../../lib/api";
import { Keuzeveld } from "../../lib/formulier";
import { Laden } from "../../lib/ui";
import { type MijnZaak, useVerzetAfspraak, useVrijeTijden } from "./api";

type Afspraak = MijnZaak["afspraken"][number];

function Verzetten({ zaakId, afspraak, klaar }: { zaakId: string; afspraak: Afspraak; klaar: () => void }) {
  const tijden = useVrijeTijden(zaakId, afspraak.id);
  const verzet = useVerzetAfspraak(zaakId);
  const [keuze, setKeuze] = useState("");
  const [fout, setFout] = useState<string>();
  const id = `verzet-${afspraak.id}`;

  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const [datum, begintijd] = keuze.split(" ");
    if (!datum || !begintijd) return setFout("Kies een nieuwe tijd.");
    setFout(undefined);
    verzet.mutate(
      { afspraakId: afspraak.id, versie: afspraak.versie, datum, begintijd },
      {
        onSuccess: klaar,
        onError: (e) => setFout(isApiFout(e) ? e.detail : "Verzetten is niet gelukt. Probeer het opnieuw."),
      },
    );
  }

  if (tijden.isPending) return <Laden tekst="Vrije tijden zoeken…" />;
  if (tijden.isError)
    return (
      <Paragraph>
        {isApiFout(tijden.error) ? tijden.error.detail : "De vrije tijden zijn niet te laden."}
      </Paragraph>
    );
  if (tijden.data.items.length === 0)
    return <Paragraph>Er is de komende drie weken geen andere tijd vrij. Bel uw contactpersoon.</Paragraph>;
  return (
    <form onSubmit={verstuur} noValidate className="voordeur-formulier">
      <Keuzeveld
        id={id}
        label="Nieuwe tijd"
        beschrijving={`Bij ${afspraak.met}, ${afspraak.waar}. U krijgt een nieuwe bevestiging.`}
        leeg="Kies een tijd"
        keuzes={tijden.data.items.map((t) => ({
          waarde: `${t.datum} ${t.begintijd}`,
          label: `${datumMetWeekdag(t.datum)}, ${t.begintijd}–${t.eindtijd}`,
        }))}
        waarde={keuze}
        onChange={setKeuze}
        fout={fout}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={verzet.isPending}>
          Afspraak verzetten
        </Button>
      </ButtonGroup>
    </form>
  );
}

export function MijnAfspraken({ zaak }: { zaak: MijnZaak }) {
  const [open, setOpen] = useState<string | null>(null);
  const [verzet, setVerzet] = useState(false);
  if (zaak.afspraken.length === 0 && !verzet) return null;
  return (
    <>
      <Heading2>Uw afspraken</Heading2>
      {verzet ? (
        <Alert type="ok">
          <Paragraph>Uw afspraak is verzet. U krijgt een nieuwe bevestiging.</Paragraph>
        </Alert>
      ) : null}
      <ul className="voordeur-mijn-documenten">
        {zaak.afspraken.map((a) => (
          <li key={a.id}>
            <Paragraph>
              <strong>
                {datumMetWeekdag(a.datum)}, {a.begintijd}–{a.eindtijd}
              </strong>{" "}
              met {a.met}, {a.waar}: {a.onderwerp}
            </Paragraph>
            {open === a.id ? (
              <Verzetten
                zaakId={zaak.id}
                afspraak={a}
                klaar={() => {
                  setOpen(null);
                  setVerzet(true);
                }}
              />
            ) : (
              <ButtonGroup>
                <Button appearance="secondary-action-button" onClick={() => setOpen(a.id)}>
                  Andere tijd kiezen
                </Button>
              </ButtonGroup>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

import { Alert, Button, ButtonGroup, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { isApiFout } from "../../lib/api";
import { Keuzerondjes, Tekstveld } from "../../lib/formulier";
import { LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useBeantwoord, useVragenlijst } from "./api";
import { StapFout } from "./weergave";

const WEET_NIET = "weet-niet";

/** Entering the code from a paper invitation. */
function CodeInvoeren() {
  const navigate = useNavigate();
  const [code, setCode] = useState("");
  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (code.trim()) navigate(`/enquete/${encodeURIComponent(code.trim())}`);
  }
  return (
    <form onSubmit={verstuur} className="voordeur-formulier" noValidate>
      <Tekstveld
        id="enquete-code"
        label="Code uit uw brief"
        verplicht
        beschrijving="Bijvoorbeeld 1699-K7QM-3XRT"
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          Naar de vragenlijst
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Vragenlijst({ code }: { code: string }) {
  const lijst = useVragenlijst(code);
  const versturen = useBeantwoord(code);
  const [antwoorden, setAntwoorden] = useState<Record<string, string>>({});
  const [ontbreekt, setOntbreekt] = useState<string[]>([]);
  if (lijst.isPending) return <Laden />;
  if (lijst.isError)
    return isApiFout(lijst.error) && lijst.error.status === 404 ? (
      <>
        <Alert type="error">
          <Paragraph>{lijst.error.detail}</Paragraph>
        </Alert>
        <CodeInvoeren />
      </>
    ) : (
      <LaadFout fout={lijst.error} opnieuw={() => void lijst.refetch()} />
    );
  if (versturen.isSuccess || lijst.data.beantwoord)
    return (
      <Alert type="ok">
        <Paragraph>
          {versturen.isSuccess
            ? "Hartelijk dank voor het invullen van de vragenlijst!"
            : "Met deze code is de vragenlijst al ingevuld. Hartelijk dank!"}
        </Paragraph>
      </Alert>
    );
  const keuzes = [
    ...lijst.data.schaal.map((s) => ({ waarde: String(s.waarde), label: s.label })),
    { waarde: WEET_NIET, label: "Weet ik niet / niet van toepassing" },
  ];
  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const leeg = lijst.data?.vragen.filter((v) => !antwoorden[v.code]).map((v) => v.code) ?? [];
    setOntbreekt(leeg);
    if (leeg.length > 0) {
      document.getElementById(`vraag-${leeg[0]}`)?.querySelector("input")?.focus();
      return;
    }
    versturen.mutate(
      Object.fromEntries(Object.entries(antwoorden).map(([k, w]) => [k, w === WEET_NIET ? null : Number(w)])),
    );
  }
  return (
    <form onSubmit={verstuur} className="voordeur-formulier" noValidate>
      <Paragraph>
        Gemeente {lijst.data.gemeente} wil graag weten hoe u de ondersteuning heeft ervaren. Uw antwoorden
        zijn anoniem: ze worden niet aan u of uw dossier gekoppeld.
      </Paragraph>
      {versturen.isError ? <StapFout fout={versturen.error} /> : null}
      {lijst.data.vragen.map((v) => (
        <Keuzerondjes
          key={v.code}
          id={`vraag-${v.code}`}
          legenda={v.tekst}
          keuzes={keuzes}
          waarde={antwoorden[v.code] ?? ""}
          onChange={(w) => setAntwoorden((a) => ({ ...a, [v.code]: w }))}
          fout={ontbreekt.includes(v.code) ? "Kies een antwoord" : undefined}
        />
      ))}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={versturen.isPending}>
          Antwoorden versturen
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The cliëntervaringsonderzoek for residents: public, without logging in; the code is in the invitation. */
export function EnquetePagina() {
  const { code } = useParams();
  return (
    <>
      <PaginaTitel>Hoe heeft u onze ondersteuning ervaren?</PaginaTitel>
      {code ? <Vragenlijst code={code} /> : <CodeInvoeren />}
    </>
  );
}

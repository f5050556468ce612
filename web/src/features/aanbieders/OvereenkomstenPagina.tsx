import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import { useSearchParams } from "react-router";
import type { Overeenkomst } from "../../lib/contract";
import { Foutoverzicht, Tekstvak } from "../../lib/formulier";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { beoordeelOvereenkomst, useOvereenkomstenWachtrij } from "./api";
import { type Uitkomst, uitkomstVan } from "./fouten";
import { OvereenkomstGegevens } from "./OvereenkomstGegevens";
import { productTekst } from "./weergave";

type Besluit = "goedgekeurd" | "afgewezen";

function Beoordeling({ io, klaar }: { io: Overeenkomst; klaar: (melding: string) => void }) {
  const queryClient = useQueryClient();
  const [toelichting, setToelichting] = useState("");
  const [uitkomst, setUitkomst] = useState<Uitkomst>();
  const [bezig, setBezig] = useState(false);
  const overzicht = useRef<HTMLDivElement>(null);
  const veldId = `beoordeling-${io.id}`;

  async function beoordeel(besluit: Besluit) {
    if (bezig) return;
    if (!toelichting.trim()) {
      setUitkomst({ veldfouten: { toelichting: "Motiveer het besluit" } });
      requestAnimationFrame(() => overzicht.current?.focus());
      return;
    }
    setBezig(true);
    try {
      await beoordeelOvereenkomst(io.id, io.versie, { besluit, toelichting });
      klaar(
        `De individuele overeenkomst voor zaak ${io.zaaknummer} (${io.aanbieder.naam}) is ${besluit === "goedgekeurd" ? "goedgekeurd" : "afgewezen"}.`,
      );
      await queryClient.invalidateQueries({ queryKey: ["overeenkomsten"] });
    } catch (fout) {
      setUitkomst(uitkomstVan(fout));
      await queryClient.invalidateQueries({ queryKey: ["overeenkomsten"] });
      requestAnimationFrame(() => overzicht.current?.focus());
    } finally {
      setBezig(false);
    }
  }

  return (
    <>
      <Foutoverzicht
        ref={overzicht}
        fouten={uitkomst?.veldfouten ?? {}}
        melding={uitkomst?.melding}
        velden={{ toelichting: { label: "Motivering van het besluit", id: veldId } }}
      />
      <form
        className="voordeur-formulier"
        aria-label={`Beoordeling zaak ${io.zaaknummer}`}
        noValidate
        onSubmit={(e) => e.preventDefault()}
      >
        <Tekstvak
          id={veldId}
          label="Motivering van het besluit"
          beschrijving="Verplicht, bij goedkeuren en bij afwijzen"
          waarde={toelichting}
          onChange={setToelichting}
          fout={uitkomst?.veldfouten.toelichting}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" busy={bezig} onClick={() => beoordeel("goedgekeurd")}>
            Goedkeuren
          </Button>
          <Button appearance="secondary-action-button" busy={bezig} onClick={() => beoordeel("afgewezen")}>
            Afwijzen
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

/** The teamleider's queue of requested individuele overeenkomsten, oldest first, each to approve or refuse. */
export function OvereenkomstenPagina() {
  const [params] = useSearchParams();
  const wachtrij = useOvereenkomstenWachtrij(paginaUit(params.get("pagina")));
  const [melding, setMelding] = useState<string>();
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Aanbieders", naar: "/aanbieders" },
          { label: "Individuele overeenkomsten" },
        ]}
      />
      <PaginaTitel>Individuele overeenkomsten beoordelen</PaginaTitel>
      <div role="status">
        {melding ? (
          <Alert type="ok" role="none">
            <Paragraph>{melding}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {wachtrij.isPending ? (
        <Laden />
      ) : wachtrij.isError ? (
        <LaadFout fout={wachtrij.error} opnieuw={() => wachtrij.refetch()} />
      ) : wachtrij.data.items.length === 0 ? (
        <Paragraph>Er wachten geen aanvragen op uw beoordeling.</Paragraph>
      ) : (
        <>
          <Paragraph>
            {wachtrij.data.totaal} aanvraag/aanvragen wachten op uw beoordeling, de oudste eerst.
          </Paragraph>
          {wachtrij.data.items.map((io) => (
            <article key={io.id} aria-labelledby={`wachtrij-${io.id}`}>
              <Heading2 id={`wachtrij-${io.id}`}>
                Zaak {io.zaaknummer}: {io.aanbieder.naam}, {productTekst(io)}
              </Heading2>
              <Paragraph>
                <AppLink to={`/zaken/${io.zaakId}`}>Open zaak {io.zaaknummer}</AppLink>
              </Paragraph>
              <OvereenkomstGegevens io={io} />
              <Beoordeling key={io.versie} io={io} klaar={setMelding} />
            </article>
          ))}
          <Paginering
            pagina={wachtrij.data.pagina}
            perPagina={wachtrij.data.perPagina}
            totaal={wachtrij.data.totaal}
          />
        </>
      )}
    </>
  );
}

import { useQueryClient } from "@tanstack/react-query";
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useRef, useState } from "react";
import type { AanbiederDetail, Contract } from "../../lib/contract";
import { Foutoverzicht, GeluktMelding, Tekstveld, Verzendknop } from "../../lib/formulier";
import { voegContractToe, wijzigContract } from "./api";
import { alsContractInvoer, ContractFormulier, LEEG_CONTRACT, veldenVan } from "./ContractFormulier";
import { type Uitkomst, uitkomstVan } from "./fouten";
import { periodeTekst } from "./weergave";

export function ContractToevoegen({ aanbieder }: { aanbieder: AanbiederDetail }) {
  const queryClient = useQueryClient();
  const [gelukt, setGelukt] = useState<string>();
  const [teller, setTeller] = useState(0);
  return (
    <section aria-labelledby="contract-toevoegen">
      <Heading2 id="contract-toevoegen">Contract toevoegen</Heading2>
      <GeluktMelding tekst={gelukt} />
      <ContractFormulier
        key={teller}
        id="contract-nieuw"
        titelId="contract-toevoegen"
        begin={LEEG_CONTRACT}
        knop="Contract opslaan"
        opslaan={async (invoer) => {
          setGelukt(undefined);
          await voegContractToe(aanbieder.id, invoer);
          setGelukt(`Het contract ${invoer.kenmerk} is vastgelegd.`);
          setTeller(teller + 1);
          await queryClient.invalidateQueries({ queryKey: ["aanbieders"] });
        }}
      />
    </section>
  );
}

/** Ends a contract on a chosen last day (contracts are ended, never deleted); its lines stay as they are. */
function ContractBeeindigen({ contract, klaar }: { contract: Contract; klaar: (tekst: string) => void }) {
  const queryClient = useQueryClient();
  const [datum, setDatum] = useState("");
  const [uitkomst, setUitkomst] = useState<Uitkomst>();
  const [bezig, setBezig] = useState(false);
  const overzicht = useRef<HTMLDivElement>(null);
  const id = `contract-${contract.id}-einde`;

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (bezig) return;
    if (!datum) {
      setUitkomst({ veldfouten: { einddatum: "Vul de laatste dag van het contract in" } });
      requestAnimationFrame(() => overzicht.current?.focus());
      return;
    }
    setBezig(true);
    try {
      await wijzigContract(
        contract.id,
        contract.versie,
        alsContractInvoer({ ...veldenVan(contract), einddatum: datum }),
      );
      klaar(`Het contract ${contract.kenmerk} loopt nu ${periodeTekst(contract.ingangsdatum, datum)}.`);
      await queryClient.invalidateQueries({ queryKey: ["aanbieders"] });
    } catch (fout) {
      setUitkomst(uitkomstVan(fout));
      await queryClient.invalidateQueries({ queryKey: ["aanbieders"] });
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
        velden={{ einddatum: { label: "Laatste dag van het contract", id } }}
      />
      <form
        onSubmit={verstuur}
        noValidate
        className="voordeur-formulier"
        aria-label={`Contract ${contract.kenmerk} beëindigen`}
      >
        <Tekstveld
          id={id}
          label="Laatste dag van het contract"
          beschrijving="Na deze dag worden toewijzingen op dit contract geweigerd"
          type="date"
          verplicht
          value={datum}
          onChange={(e) => setDatum(e.currentTarget.value)}
          fout={uitkomst?.veldfouten.einddatum}
        />
        <Verzendknop bezig={bezig}>Contract beëindigen</Verzendknop>
      </form>
    </>
  );
}

type Modus = "" | "wijzigen" | "beeindigen";

/** One contract on the beheer page: edit it (period and lines) or end it. */
function ContractBewerken({ contract }: { contract: Contract }) {
  const queryClient = useQueryClient();
  const [modus, setModus] = useState<Modus>("");
  const [gelukt, setGelukt] = useState<string>();
  const kopId = `contract-${contract.id}-kop`;
  const paneelId = `contract-${contract.id}-paneel`;
  const klaar = (tekst: string) => {
    setGelukt(tekst);
    setModus("");
  };
  const wissel = (naar: Modus) => {
    setGelukt(undefined);
    setModus(modus === naar ? "" : naar);
  };
  return (
    <section aria-labelledby={kopId}>
      <Heading3 id={kopId}>Contract {contract.kenmerk}</Heading3>
      <Paragraph>Looptijd: {periodeTekst(contract.ingangsdatum, contract.einddatum)}.</Paragraph>
      <GeluktMelding tekst={gelukt} />
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          aria-expanded={modus === "wijzigen"}
          aria-controls={paneelId}
          onClick={() => wissel("wijzigen")}
        >
          Contract {contract.kenmerk} wijzigen
        </Button>
        <Button
          appearance="secondary-action-button"
          aria-expanded={modus === "beeindigen"}
          aria-controls={paneelId}
          onClick={() => wissel("beeindigen")}
        >
          Contract {contract.kenmerk} beëindigen
        </Button>
      </ButtonGroup>
      <div id={paneelId}>
        {modus === "wijzigen" ? (
          <ContractFormulier
            id={`contract-${contract.id}`}
            titelId={kopId}
            begin={veldenVan(contract)}
            knop="Wijzigingen opslaan"
            opslaan={async (invoer) => {
              try {
                await wijzigContract(contract.id, contract.versie, invoer);
                klaar(`Het contract ${invoer.kenmerk} is gewijzigd.`);
              } finally {
                await queryClient.invalidateQueries({ queryKey: ["aanbieders"] });
              }
            }}
          />
        ) : null}
        {modus === "beeindigen" ? <ContractBeeindigen contract={contract} klaar={klaar} /> : null}
      </div>
    </section>
  );
}

export function ContractenBewerken({ aanbieder }: { aanbieder: AanbiederDetail }) {
  if (aanbieder.contracten.length === 0) return null;
  return (
    <section aria-labelledby="contracten-bewerken">
      <Heading2 id="contracten-bewerken">Contracten wijzigen of beëindigen</Heading2>
      {aanbieder.contracten.map((c) => (
        <ContractBewerken key={c.id} contract={c} />
      ))}
    </section>
  );
}

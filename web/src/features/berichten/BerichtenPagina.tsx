import { Button, ButtonGroup, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import { Keuzeveld, Tekstveld, Vinkje } from "../../lib/formulier";
import { Paginering, paginaUit } from "../../lib/paginering";
import { AppLink, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useBerichten } from "./api";
import { BerichtenTabel } from "./BerichtenTabel";

const RICHTINGEN = [
  { waarde: "", label: "Alle berichten" },
  { waarde: "uitgaand", label: "Verstuurd" },
  { waarde: "inkomend", label: "Ontvangen" },
];

/** /berichten: the message log of the gemeente, filtered by direction, provider or open tasks. */
export function BerichtenPagina() {
  const [params, setParams] = useSearchParams();
  const richting = params.get("richting") ?? "";
  const agb = params.get("aanbieder") ?? "";
  const aandacht = params.get("aandacht") === "ja";
  const [invoer, setInvoer] = useState({ richting, agb, aandacht });
  const pagina = paginaUit(params.get("pagina"));
  const lijst = useBerichten({
    pagina,
    richting: richting === "uitgaand" || richting === "inkomend" ? richting : undefined,
    aanbiederAgb: /^\d{8}$/.test(agb) ? agb : undefined,
    aandacht: aandacht ? "ja" : undefined,
  });

  const zoek = (e: FormEvent) => {
    e.preventDefault();
    const volgende = new URLSearchParams();
    if (invoer.richting) volgende.set("richting", invoer.richting);
    if (invoer.agb) volgende.set("aanbieder", invoer.agb.trim());
    if (invoer.aandacht) volgende.set("aandacht", "ja");
    setParams(volgende);
  };

  return (
    <>
      <PaginaTitel>Berichten met aanbieders</PaginaTitel>
      <Paragraph>
        Toewijzingen (301), antwoorden (319) en retourberichten die Voordeur verstuurt, en start- en
        stopberichten, verzoeken en retourberichten van aanbieders (iWmo/iJw 3.2).{" "}
        <AppLink to="/berichten/verzoeken">Openstaande verzoeken om toewijzing of wijziging</AppLink>
      </Paragraph>
      <form onSubmit={zoek} className="voordeur-filter" aria-label="Berichten filteren">
        <Keuzeveld
          id="richting"
          label="Richting"
          keuzes={RICHTINGEN}
          waarde={invoer.richting}
          onChange={(waarde) => setInvoer({ ...invoer, richting: waarde })}
        />
        <Tekstveld
          id="aanbieder"
          label="AGB-code van de aanbieder"
          beschrijving="8 cijfers; leeg voor alle aanbieders"
          value={invoer.agb}
          inputMode="numeric"
          onChange={(e) => setInvoer({ ...invoer, agb: e.currentTarget.value })}
          fout={invoer.agb && !/^\d{8}$/.test(invoer.agb.trim()) ? "Een AGB-code heeft 8 cijfers" : undefined}
        />
        <Vinkje
          id="aandacht"
          label="Alleen berichten met een taak voor A&O"
          aan={invoer.aandacht}
          onChange={(aan) => setInvoer({ ...invoer, aandacht: aan })}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            Toon berichten
          </Button>
        </ButtonGroup>
      </form>
      {lijst.isPending ? <Laden /> : null}
      {lijst.isError ? <LaadFout fout={lijst.error} opnieuw={() => lijst.refetch()} /> : null}
      {lijst.data ? (
        lijst.data.items.length === 0 ? (
          <Paragraph>Er zijn geen berichten die aan dit filter voldoen.</Paragraph>
        ) : (
          <>
            <BerichtenTabel berichten={lijst.data.items} bijschrift={`${lijst.data.totaal} berichten`} />
            <Paginering
              pagina={lijst.data.pagina}
              perPagina={lijst.data.perPagina}
              totaal={lijst.data.totaal}
            />
          </>
        )
      ) : null}
    </>
  );
}

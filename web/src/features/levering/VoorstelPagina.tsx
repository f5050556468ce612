import {
  Alert,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import type { z } from "zod";
import type { voorstelMetZaak } from "../../lib/contract";
import {
  Foutoverzicht,
  GeluktMelding,
  Keuzerondjes,
  Tekstvak,
  useVerzending,
  Verzendknop,
} from "../../lib/formulier";
import { datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { uitkomstVan } from "../aanbieders/fouten";
import { kortDatum } from "../zaken/weergave";
import { useBeoordeel, useVoorstel } from "./api";
import { LEVERINGSVORM_LABELS, SCHAAL_RICHTING_LABELS, VOORSTEL_STATUS_LABELS } from "./weergave";

const VELDEN = {
  beoordeling: { label: "Uw beoordeling", id: "beoordeling" },
  toelichting: { label: "Toelichting", id: "beoordeling-toelichting" },
};

function Beoordelen({ voorstel }: { voorstel: z.infer<typeof voorstelMetZaak> }) {
  const beoordeel = useBeoordeel(voorstel.id);
  const [beoordeling, setBeoordeling] = useState("");
  const [toelichting, setToelichting] = useState("");
  const { uitkomst, fouten, gelukt, bezig, overzicht, verstuur, weiger } = useVerzending(uitkomstVan);
  function verzend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!beoordeling) return weiger({ veldfouten: { beoordeling: "Kies bevestigen of weigeren" } });
    void verstuur(async () => {
      const na = await beoordeel.mutateAsync({
        body: { beoordeling: beoordeling as "bevestigen", toelichting },
        versie: voorstel.versie,
      });
      return na.status === "bevestigd"
        ? "U heeft het voorstel bevestigd."
        : "U heeft het voorstel niet bevestigd.";
    });
  }
  return (
    <>
      <GeluktMelding tekst={gelukt} />
      <Foutoverzicht ref={overzicht} fouten={fouten} melding={uitkomst?.melding} velden={VELDEN} />
      {voorstel.magBeoordelen ? (
        <form onSubmit={verzend} noValidate className="voordeur-formulier" aria-labelledby="beoordelen-kop">
          <Heading2 id="beoordelen-kop">Beoordelen</Heading2>
          <Keuzerondjes
            id={VELDEN.beoordeling.id}
            legenda={VELDEN.beoordeling.label}
            keuzes={[
              { waarde: "bevestigen", label: "Bevestigen: het buurtteam stemt in" },
              { waarde: "weigeren", label: "Weigeren: niet op- of afschalen" },
            ]}
            waarde={beoordeling}
            onChange={setBeoordeling}
            fout={fouten.beoordeling}
          />
          <Tekstvak
            id={VELDEN.toelichting.id}
            label={VELDEN.toelichting.label}
            beschrijving="Verplicht bij weigeren: waarom stemt het buurtteam niet in?"
            waarde={toelichting}
            onChange={setToelichting}
            fout={fouten.toelichting}
          />
          <Verzendknop bezig={bezig}>Beoordeling vastleggen</Verzendknop>
        </form>
      ) : null}
    </>
  );
}

/** /voorstellen/:id: one op- or afschaalvoorstel with what runs now, for the buurtteam to confirm or refuse. */
export function VoorstelPagina() {
  const { id = "" } = useParams();
  const voorstel = useVoorstel(id);
  const v = voorstel.data;
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Voorstellen om te bevestigen", naar: "/voorstellen" },
          { label: v ? `Zaak ${v.zaak.zaaknummer}` : "Voorstel" },
        ]}
      />
      <PaginaTitel titel="Voorstel tot op- of afschalen">
        {v
          ? `${SCHAAL_RICHTING_LABELS[v.richting]}: ${v.hoofdpersoon ?? v.zaak.zaaknummer}`
          : "Voorstel tot op- of afschalen"}
      </PaginaTitel>
      {voorstel.isPending ? <Laden /> : null}
      {voorstel.isError ? <LaadFout fout={voorstel.error} opnieuw={() => void voorstel.refetch()} /> : null}
      {v ? (
        <>
          <UnorderedList>
            <UnorderedListItem>
              Zaak {v.zaak.zaaknummer} ({v.zaak.zaaktype}), status {v.zaak.status}
            </UnorderedListItem>
            <UnorderedListItem>
              Voorgesteld door {v.voorgesteldDoor} op {datumTijd(v.voorgesteldOp)}
            </UnorderedListItem>
            <UnorderedListItem>Status: {VOORSTEL_STATUS_LABELS[v.status]}</UnorderedListItem>
            {v.beoordeeldDoor ? (
              <UnorderedListItem>
                Beoordeeld door {v.beoordeeldDoor} op {datumTijd(v.beoordeeldOp)}
                {v.toelichting ? `: ${v.toelichting}` : ""}
              </UnorderedListItem>
            ) : null}
          </UnorderedList>
          <Heading2>Motivering van de consulent</Heading2>
          <Paragraph>{v.motivering}</Paragraph>
          <Heading2>Ondersteuning die nu loopt</Heading2>
          {v.ondersteuning.length === 0 ? (
            <Paragraph>Er is geen besluit in kracht met producten.</Paragraph>
          ) : null}
          <UnorderedList>
            {v.ondersteuning.map((o) => (
              <UnorderedListItem key={`${o.omschrijving}-${o.ingangsdatum}`}>
                {o.omschrijving}
                {o.leveringsvorm ? `, ${LEVERINGSVORM_LABELS[o.leveringsvorm] ?? o.leveringsvorm}` : ""}
                {o.aanbieder ? ` bij ${o.aanbieder}` : ""}, {kortDatum(o.ingangsdatum)} tot{" "}
                {o.einddatum ? kortDatum(o.einddatum) : "nader bericht"}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          {v.status === "voorgesteld" && !v.magBeoordelen ? (
            <Alert type="info">
              <Paragraph>
                U kunt dit voorstel niet beoordelen: dat doet een collega van het buurtteam die het niet zelf
                voorstelde (vier ogen).
              </Paragraph>
            </Alert>
          ) : null}
          <Beoordelen voorstel={v} />
        </>
      ) : null}
    </>
  );
}

import { Alert, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import {
  MELDING_ONDERWERP,
  type MeldbaarProtocol,
  PROTOCOL_SOORTEN,
  type ProtocolSoort,
} from "../../../../src/domain/protocollen/protocollen";
import { Tekstvak, Tekstveld } from "../../lib/formulier";
import { datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { NietGevonden } from "../shell/Paginas";
import { alsMoment, lokaalNu, useMeld, useProtocol } from "./api";
import { ProtocolFormulier } from "./Formulier";
import { ProtocolTekst } from "./ProtocolTekst";

const MELD_VELDEN = {
  wat: { label: "Wat is er gebeurd of wat is de dreiging", id: "melding-wat" },
  waar: { label: "Waar", id: "melding-waar" },
  wanneer: { label: "Wanneer", id: "melding-wanneer" },
  zaaknummer: { label: "Zaaknummer", id: "melding-zaaknummer" },
};

/** Melden bij de teamleider, from the Calamiteiten- or PSHI-protocol (seed 004 §10.5.1, §10.5.3). */
function MeldBijTeamleider({ protocol }: { protocol: MeldbaarProtocol }) {
  const meld = useMeld();
  const navigate = useNavigate();
  const [wat, setWat] = useState("");
  const [waar, setWaar] = useState("");
  const [wanneer, setWanneer] = useState(lokaalNu);
  const [zaaknummer, setZaaknummer] = useState("");
  return (
    <ProtocolFormulier
      kop="Melden bij de teamleider"
      velden={MELD_VELDEN}
      knop="Melden bij de teamleider"
      opslaan={async () => {
        const melding = await meld.mutateAsync({
          protocol,
          wat,
          waar,
          wanneer: alsMoment(wanneer),
          ...(zaaknummer.trim() ? { zaaknummer: zaaknummer.trim() } : {}),
        });
        navigate(`/veiligheid/meldingen/${melding.id}`, {
          state: {
            melding: "Uw melding is bij de teamleider. De teamleider start zo nodig het protocol op.",
          },
        });
        return undefined;
      }}
    >
      {(fouten) => (
        <>
          <Paragraph>
            U meldt: {MELDING_ONDERWERP[protocol].toLowerCase()}. Alleen de teamleider en u zien wat u hier
            invult.
          </Paragraph>
          <Tekstvak
            id={MELD_VELDEN.wat.id}
            label={MELD_VELDEN.wat.label}
            waarde={wat}
            onChange={setWat}
            fout={fouten.wat}
            rows={4}
          />
          <Tekstveld
            id={MELD_VELDEN.waar.id}
            name="waar"
            label={MELD_VELDEN.waar.label}
            verplicht
            beschrijving="Bijvoorbeeld: balie gemeentehuis, huisbezoek in Roden, telefoon"
            autoComplete="off"
            value={waar}
            onChange={(e) => setWaar(e.currentTarget.value)}
            fout={fouten.waar}
          />
          <Tekstveld
            id={MELD_VELDEN.wanneer.id}
            name="wanneer"
            type="datetime-local"
            label={MELD_VELDEN.wanneer.label}
            verplicht
            beschrijving="Wanneer het gebeurde of wanneer u de dreiging opmerkte"
            value={wanneer}
            onChange={(e) => setWanneer(e.currentTarget.value)}
            fout={fouten.wanneer}
          />
          <Tekstveld
            id={MELD_VELDEN.zaaknummer.id}
            name="zaaknummer"
            label={MELD_VELDEN.zaaknummer.label}
            beschrijving="Als de melding over een zaak gaat die u kunt inzien"
            autoComplete="off"
            value={zaaknummer}
            onChange={(e) => setZaaknummer(e.currentTarget.value)}
            fout={fouten.zaaknummer}
          />
        </>
      )}
    </ProtocolFormulier>
  );
}

function Protocol({ soort }: { soort: ProtocolSoort }) {
  const protocol = useProtocol(soort);
  if (protocol.isPending) return <Laden />;
  if (protocol.isError) return <LaadFout fout={protocol.error} opnieuw={() => void protocol.refetch()} />;
  const p = protocol.data;
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Veiligheid", naar: "/veiligheid" },
          { label: p.titel },
        ]}
      />
      <PaginaTitel>{p.titel}</PaginaTitel>
      {p.voorbeeld ? (
        <Alert type="warning">
          <Paragraph>
            Dit is nog de voorbeeldtekst. Vraag de beheerder om het protocol van uw gemeente hier te zetten.
          </Paragraph>
        </Alert>
      ) : null}
      <ProtocolTekst tekst={p.tekst} />
      {p.gewijzigdOp && !p.voorbeeld ? (
        <Paragraph className="voordeur-bijschrift">
          Versie {p.versie}, bijgewerkt op {datumTijd(p.gewijzigdOp)}
          {p.gewijzigdDoor ? ` door ${p.gewijzigdDoor}` : ""}.
        </Paragraph>
      ) : null}
      {soort === "calamiteiten" || soort === "pshi" ? <MeldBijTeamleider protocol={soort} /> : null}
    </>
  );
}

/** One protocol's text, readable under stress; the Calamiteiten- and PSHI-protocol with the melding form. */
export function ProtocolPagina() {
  const { soort } = useParams();
  if (!(PROTOCOL_SOORTEN as readonly string[]).includes(soort ?? "")) return <NietGevonden />;
  return <Protocol key={soort} soort={soort as ProtocolSoort} />;
}

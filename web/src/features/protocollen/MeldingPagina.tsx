import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from "@utrecht/component-library-react";
import { type ReactNode, useState } from "react";
import { useParams } from "react-router";
import {
  MELDING_ONDERWERP,
  MELDING_STATUS_LABELS,
  PROTOCOL_LABELS,
} from "../../../../src/domain/protocollen/protocollen";
import { Foutoverzicht, Tekstvak, Tekstveld, useVerzending } from "../../lib/formulier";
import { AppLink, datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { Bevestiging } from "../beheer/BeheerPagina";
import { useIngelogd } from "../sessie/sessie";
import {
  alsMoment,
  lokaalNu,
  type Protocolmelding,
  protocolUitkomst,
  useMelding,
  useProtocolActie,
} from "./api";
import { ProtocolFormulier } from "./Formulier";

const STAP_VELDEN = {
  tijdstip: { label: "Wanneer", id: "stap-tijdstip" },
  wat: { label: "Wat is er gedaan", id: "stap-wat" },
  door: { label: "Door wie", id: "stap-door" },
};
const AFSLUIT_VELDEN = { evaluatie: { label: "Evaluatie", id: "afsluiten-evaluatie" } };

function Opstarten({ melding }: { melding: Protocolmelding }) {
  const actie = useProtocolActie(melding);
  const { uitkomst, fouten, bezig, overzicht, verstuur } = useVerzending(protocolUitkomst);
  return (
    <section aria-labelledby="opstarten-kop">
      <Heading2 id="opstarten-kop">Protocol opstarten</Heading2>
      <Foutoverzicht ref={overzicht} fouten={fouten} melding={uitkomst?.melding} velden={{}} />
      <Paragraph>
        Start het {PROTOCOL_LABELS[melding.protocol]} op. Daarna legt u de stappen vast en sluit u het af met
        een korte evaluatie.
      </Paragraph>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          busy={bezig}
          onClick={() =>
            void verstuur(async () => {
              await actie.mutateAsync({ wat: "opstarten" });
              return undefined;
            })
          }
        >
          Protocol opstarten
        </Button>
      </ButtonGroup>
    </section>
  );
}

function StapVastleggen({ melding }: { melding: Protocolmelding }) {
  const { naam } = useIngelogd();
  const actie = useProtocolActie(melding);
  const [tijdstip, setTijdstip] = useState(lokaalNu);
  const [wat, setWat] = useState("");
  const [door, setDoor] = useState(naam);
  return (
    <ProtocolFormulier
      kop="Stap vastleggen"
      velden={STAP_VELDEN}
      knop="Stap vastleggen"
      opslaan={async () => {
        await actie.mutateAsync({
          wat: "stappen",
          body: { tijdstip: alsMoment(tijdstip), wat, door },
        });
        setWat("");
        setTijdstip(lokaalNu());
        return "De stap is vastgelegd.";
      }}
    >
      {(fouten) => (
        <>
          <Tekstveld
            id={STAP_VELDEN.tijdstip.id}
            name="tijdstip"
            type="datetime-local"
            label={STAP_VELDEN.tijdstip.label}
            verplicht
            value={tijdstip}
            onChange={(e) => setTijdstip(e.currentTarget.value)}
            fout={fouten.tijdstip}
          />
          <Tekstvak
            id={STAP_VELDEN.wat.id}
            label={STAP_VELDEN.wat.label}
            waarde={wat}
            onChange={setWat}
            fout={fouten.wat}
          />
          <Tekstveld
            id={STAP_VELDEN.door.id}
            name="door"
            label={STAP_VELDEN.door.label}
            verplicht
            autoComplete="off"
            value={door}
            onChange={(e) => setDoor(e.currentTarget.value)}
            fout={fouten.door}
          />
        </>
      )}
    </ProtocolFormulier>
  );
}

function Afsluiten({ melding }: { melding: Protocolmelding }) {
  const actie = useProtocolActie(melding);
  const [evaluatie, setEvaluatie] = useState("");
  return (
    <ProtocolFormulier
      kop="Protocol afsluiten"
      velden={AFSLUIT_VELDEN}
      knop="Protocol afsluiten"
      opslaan={async () => {
        await actie.mutateAsync({ wat: "afsluiting", body: { evaluatie } });
        return "Het protocol is afgesloten.";
      }}
    >
      {(fouten) => (
        <Tekstvak
          id={AFSLUIT_VELDEN.evaluatie.id}
          label={AFSLUIT_VELDEN.evaluatie.label}
          beschrijving="Kort: hoe is het verlopen, wat is er nog nodig (bijvoorbeeld nazorg)?"
          waarde={evaluatie}
          onChange={setEvaluatie}
          fout={fouten.evaluatie}
        />
      )}
    </ProtocolFormulier>
  );
}

function Gegevens({ melding }: { melding: Protocolmelding }) {
  const rijen: (readonly [string, ReactNode])[] = [
    ["Stand van zaken", MELDING_STATUS_LABELS[melding.status]],
    ["Gemeld door", `${melding.melder}, ${datumTijd(melding.gemeldOp)}`],
    ["Wat is er gebeurd of wat is de dreiging", melding.wat],
    ["Waar", melding.waar],
    ["Wanneer", datumTijd(melding.wanneer)],
    [
      "Zaak",
      melding.zaak ? (
        <AppLink key="zaak" to={`/zaken/${melding.zaak.id}`}>
          {melding.zaak.zaaknummer}
        </AppLink>
      ) : (
        "Geen zaak genoemd"
      ),
    ],
    ...(melding.opgestartOp
      ? [["Opgestart op", `${datumTijd(melding.opgestartOp)} door ${melding.opgestartDoor}`] as const]
      : []),
    ...(melding.afgeslotenOp
      ? [
          ["Afgesloten op", `${datumTijd(melding.afgeslotenOp)} door ${melding.afgeslotenDoor}`] as const,
          ["Evaluatie", melding.evaluatie] as const,
        ]
      : []),
  ];
  return (
    <DataList className="voordeur-gegevens">
      {rijen.map(([sleutel, waarde]) => (
        <DataListItem key={sleutel}>
          <DataListKey>{sleutel}</DataListKey>
          <DataListValue>{waarde}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

function Stappen({ melding }: { melding: Protocolmelding }) {
  if (melding.status === "gemeld") return null;
  return (
    <section aria-labelledby="stappen-kop">
      <Heading2 id="stappen-kop">Stappen van het protocol</Heading2>
      {melding.stappen.length === 0 ? (
        <Paragraph>Er zijn nog geen stappen vastgelegd.</Paragraph>
      ) : (
        <OrderedList>
          {melding.stappen.map((s) => (
            <OrderedListItem key={`${s.tijdstip}-${s.vastgelegdOp}`}>
              {datumTijd(s.tijdstip)}: {s.wat} (door {s.door}; vastgelegd door {s.vastgelegdDoor})
            </OrderedListItem>
          ))}
        </OrderedList>
      )}
    </section>
  );
}

/** One melding bij de teamleider: what was reported, the steps, and the teamleider's actions. */
export function MeldingPagina() {
  const { id = "" } = useParams();
  const melding = useMelding(id);
  const titel = melding.data ? MELDING_ONDERWERP[melding.data.protocol] : "Melding bij de teamleider";
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Veiligheid", naar: "/veiligheid" },
          { label: titel },
        ]}
      />
      <PaginaTitel>{titel}</PaginaTitel>
      <Bevestiging />
      {melding.isPending ? <Laden /> : null}
      {melding.isError ? <LaadFout fout={melding.error} opnieuw={() => void melding.refetch()} /> : null}
      {melding.data ? (
        <>
          <Paragraph>
            <AppLink to={`/veiligheid/${melding.data.protocol}`}>
              Het {PROTOCOL_LABELS[melding.data.protocol]} lezen
            </AppLink>
          </Paragraph>
          <Gegevens melding={melding.data} />
          <Stappen melding={melding.data} />
          {melding.data.acties.opstarten ? <Opstarten melding={melding.data} /> : null}
          {melding.data.acties.stapVastleggen ? <StapVastleggen melding={melding.data} /> : null}
          {melding.data.acties.afsluiten ? <Afsluiten melding={melding.data} /> : null}
        </>
      ) : null}
    </>
  );
}

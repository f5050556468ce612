import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { createContext, type FormEvent, type ReactNode, useContext, useId, useState } from "react";
import { useParams } from "react-router";
import {
  AFWEGINGSVRAGEN,
  MELDCODE_STAPPEN,
  type MeldcodeStap,
  OVERLEG_MET_LABELS,
  STAP_LABELS,
} from "../../../../src/domain/meldcode/meldcode";
import { vandaagIso } from "../../lib/datum";
import {
  Foutoverzicht,
  GeluktMelding,
  Keuzerondjes,
  keuzesUit,
  Tekstvak,
  Tekstveld,
  useVerzending,
  Verzendknop,
} from "../../lib/formulier";
import { Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import {
  type MeldcodeWeergave,
  meldcodeUitkomst,
  useMeldcode,
  useWijzigMeldcode,
  type Wijziging,
} from "./api";

type Inhoud = NonNullable<MeldcodeWeergave["inhoud"]>;
type Velden = Record<string, { label: string; id: string }>;

const JA_NEE = [
  { waarde: "ja", label: "Ja" },
  { waarde: "nee", label: "Nee" },
];
const alsJaNee = (b: boolean | undefined) => (b === undefined ? "" : b ? "ja" : "nee");

/**
 * The page's success message: a saved step usually makes way for the next one, so the message lives on the page
 * (in a live region that stays) rather than in the form that disappears.
 */
const MeldGelukt = createContext<(tekst: string) => void>(() => {});

/** One step's form: error summary with links to the fields, success message, submit; answers after the commit. */
function Stapformulier({
  meldcode,
  wat,
  kop,
  velden,
  knop,
  gelukt: geluktTekst,
  body,
  naGelukt,
  children,
}: {
  meldcode: MeldcodeWeergave;
  wat: Wijziging;
  kop: string;
  velden: Velden;
  knop: string;
  gelukt: string;
  body: () => object;
  /** Runs after a successful save (e.g. to empty the form for the next question). */
  naGelukt?: () => void;
  children: (fouten: Record<string, string>) => ReactNode;
}) {
  const wijzig = useWijzigMeldcode(meldcode);
  const { uitkomst, fouten, bezig, overzicht, verstuur } = useVerzending(meldcodeUitkomst);
  const meldGelukt = useContext(MeldGelukt);
  const kopId = useId();
  function verzend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    meldGelukt("");
    void verstuur(async () => {
      await wijzig.mutateAsync({ wat, body: body() });
      naGelukt?.();
      meldGelukt(geluktTekst);
      return undefined;
    });
  }
  return (
    <>
      <Foutoverzicht ref={overzicht} fouten={fouten} melding={uitkomst?.melding} velden={velden} />
      <form onSubmit={verzend} noValidate className="voordeur-formulier" aria-labelledby={kopId}>
        <Heading2 id={kopId}>{kop}</Heading2>
        {children(fouten)}
        <Verzendknop bezig={bezig}>{knop}</Verzendknop>
      </form>
    </>
  );
}

interface SignaalInvoer {
  /** A stable key for React while signals are added. */
  sleutel: string;
  soort: string;
  datum: string;
  bron: string;
  wie: string;
  omschrijving: string;
}

let signaalTeller = 0;

function Signalen({ meldcode }: { meldcode: MeldcodeWeergave }) {
  const nieuw = (): SignaalInvoer => ({
    sleutel: String(++signaalTeller),
    soort: "waarneming",
    datum: vandaagIso(),
    bron: "",
    wie: "",
    omschrijving: "",
  });
  const [signalen, setSignalen] = useState<SignaalInvoer[]>([nieuw()]);
  const zet = (i: number, deel: Partial<SignaalInvoer>) =>
    setSignalen((lijst) => lijst.map((s, j) => (j === i ? { ...s, ...deel } : s)));
  const velden: Velden = Object.fromEntries(
    signalen.flatMap((_, i) =>
      (["datum", "bron", "wie", "omschrijving"] as const).map((v) => [
        `signalen.${i}.${v}`,
        { label: `Signaal ${i + 1}, ${v === "wie" ? "wie zegt dit" : v}`, id: `signaal-${i}-${v}` },
      ]),
    ),
  );
  return (
    <Stapformulier
      meldcode={meldcode}
      wat="stappen"
      kop={STAP_LABELS.signalen}
      velden={velden}
      knop="Signalen vastleggen"
      gelukt="De signalen zijn vastgelegd."
      body={() => ({
        stap: "signalen",
        signalen: signalen.map((s) => ({
          soort: s.soort,
          datum: s.datum,
          bron: s.bron,
          omschrijving: s.omschrijving,
          ...(s.soort === "standpunt-ander" ? { wie: s.wie } : {}),
        })),
      })}
    >
      {(fouten) => (
        <>
          <Paragraph>
            Beschrijf zo feitelijk mogelijk wat u zag of hoorde. Houd uw eigen waarneming apart van wat
            anderen zeggen: leg een standpunt vast als standpunt ("de juf zegt dat …").
          </Paragraph>
          {signalen.map((s, i) => (
            <section key={s.sleutel} aria-labelledby={`signaal-${i}-kop`} className="voordeur-formulier">
              <Heading3 id={`signaal-${i}-kop`}>Signaal {i + 1}</Heading3>
              <Keuzerondjes
                id={`signaal-${i}-soort`}
                legenda="Soort signaal"
                keuzes={[
                  { waarde: "waarneming", label: "Eigen waarneming" },
                  { waarde: "standpunt-ander", label: "Standpunt van een ander" },
                ]}
                waarde={s.soort}
                onChange={(soort) => zet(i, { soort })}
              />
              <Tekstveld
                id={`signaal-${i}-datum`}
                label="Datum"
                type="date"
                verplicht
                value={s.datum}
                onChange={(e) => zet(i, { datum: e.currentTarget.value })}
                fout={fouten[`signalen.${i}.datum`]}
              />
              <Tekstveld
                id={`signaal-${i}-bron`}
                label="Bron"
                beschrijving="Bijvoorbeeld: huisbezoek, telefoontje van school"
                verplicht
                value={s.bron}
                onChange={(e) => zet(i, { bron: e.currentTarget.value })}
                fout={fouten[`signalen.${i}.bron`]}
              />
              {s.soort === "standpunt-ander" ? (
                <Tekstveld
                  id={`signaal-${i}-wie`}
                  label="Wie zegt dit"
                  verplicht
                  value={s.wie}
                  onChange={(e) => zet(i, { wie: e.currentTarget.value })}
                  fout={fouten[`signalen.${i}.wie`]}
                />
              ) : null}
              <Tekstvak
                id={`signaal-${i}-omschrijving`}
                label="Wat is gezien of gehoord"
                waarde={s.omschrijving}
                onChange={(omschrijving) => zet(i, { omschrijving })}
                fout={fouten[`signalen.${i}.omschrijving`]}
              />
            </section>
          ))}
          <ButtonGroup>
            <Button appearance="subtle-button" onClick={() => setSignalen((l) => [...l, nieuw()])}>
              Nog een signaal toevoegen
            </Button>
          </ButtonGroup>
        </>
      )}
    </Stapformulier>
  );
}

function Overleg({ meldcode }: { meldcode: MeldcodeWeergave }) {
  const [met, setMet] = useState("casemanager-veiligheid");
  const [naam, setNaam] = useState("");
  const [datum, setDatum] = useState(vandaagIso());
  const [advies, setAdvies] = useState("");
  const velden: Velden = {
    "overleg.0.naam": { label: "Met wie", id: "overleg-naam" },
    "overleg.0.datum": { label: "Datum", id: "overleg-datum" },
    "overleg.0.advies": { label: "Advies", id: "overleg-advies" },
  };
  return (
    <Stapformulier
      meldcode={meldcode}
      wat="stappen"
      kop={STAP_LABELS.overleg}
      velden={velden}
      knop="Overleg vastleggen"
      gelukt="Het overleg is vastgelegd."
      body={() => ({ stap: "overleg", overleg: [{ met, naam, datum, advies }] })}
    >
      {(fouten) => (
        <>
          <Keuzerondjes
            id="overleg-met"
            legenda="Overleg met"
            keuzes={keuzesUit(OVERLEG_MET_LABELS)}
            waarde={met}
            onChange={setMet}
          />
          <Tekstveld
            id="overleg-naam"
            label="Met wie (naam)"
            verplicht
            value={naam}
            onChange={(e) => setNaam(e.currentTarget.value)}
            fout={fouten["overleg.0.naam"]}
          />
          <Tekstveld
            id="overleg-datum"
            label="Datum"
            type="date"
            verplicht
            value={datum}
            onChange={(e) => setDatum(e.currentTarget.value)}
            fout={fouten["overleg.0.datum"]}
          />
          <Tekstvak
            id="overleg-advies"
            label="Advies"
            waarde={advies}
            onChange={setAdvies}
            fout={fouten["overleg.0.advies"]}
          />
        </>
      )}
    </Stapformulier>
  );
}

function Gesprek({ meldcode }: { meldcode: MeldcodeWeergave }) {
  const [gevoerd, setGevoerd] = useState("");
  const [datum, setDatum] = useState(vandaagIso());
  const [metWie, setMetWie] = useState("");
  const [verslag, setVerslag] = useState("");
  const [reden, setReden] = useState("");
  const velden: Velden = {
    gevoerd: { label: "Is het gesprek gevoerd", id: "gesprek-gevoerd" },
    datum: { label: "Datum van het gesprek", id: "gesprek-datum" },
    metWie: { label: "Met wie", id: "gesprek-met-wie" },
    verslag: { label: "Wat is besproken", id: "gesprek-verslag" },
    redenNietVeilig: { label: "Waarom was het niet veilig", id: "gesprek-reden" },
  };
  return (
    <Stapformulier
      meldcode={meldcode}
      wat="stappen"
      kop={STAP_LABELS.gesprek}
      velden={velden}
      knop="Gesprek vastleggen"
      gelukt="Het gesprek is vastgelegd."
      body={() =>
        gevoerd === "nee"
          ? { stap: "gesprek", gevoerd: false, redenNietVeilig: reden }
          : { stap: "gesprek", gevoerd: gevoerd === "ja" ? true : undefined, datum, metWie, verslag }
      }
    >
      {(fouten) => (
        <>
          <Keuzerondjes
            id="gesprek-gevoerd"
            legenda="Is het gesprek met de cliënt gevoerd?"
            keuzes={[
              { waarde: "ja", label: "Ja" },
              { waarde: "nee", label: "Nee, het was niet veilig om het gesprek te voeren" },
            ]}
            waarde={gevoerd}
            onChange={setGevoerd}
            fout={fouten.gevoerd}
          />
          {gevoerd === "nee" ? (
            <Tekstvak
              id="gesprek-reden"
              label="Waarom was het niet veilig"
              waarde={reden}
              onChange={setReden}
              fout={fouten.redenNietVeilig}
            />
          ) : (
            <>
              <Tekstveld
                id="gesprek-datum"
                label="Datum van het gesprek"
                type="date"
                verplicht
                value={datum}
                onChange={(e) => setDatum(e.currentTarget.value)}
                fout={fouten.datum}
              />
              <Tekstveld
                id="gesprek-met-wie"
                label="Met wie"
                verplicht
                value={metWie}
                onChange={(e) => setMetWie(e.currentTarget.value)}
                fout={fouten.metWie}
              />
              <Tekstvak
                id="gesprek-verslag"
                label="Wat is besproken"
                waarde={verslag}
                onChange={setVerslag}
                fout={fouten.verslag}
              />
            </>
          )}
        </>
      )}
    </Stapformulier>
  );
}

/** The afwegingskader: the questions one after the other; the answered ones above the current one. */
function Afweging({ meldcode, inhoud }: { meldcode: MeldcodeWeergave; inhoud: Inhoud }) {
  const eerder = inhoud.stappen.afweging ?? [];
  const vraag = eerder.length + 1;
  const [antwoord, setAntwoord] = useState("");
  const [motivering, setMotivering] = useState("");
  const i = eerder.length;
  const velden: Velden = {
    [`afweging.${i}.antwoord`]: { label: `Vraag ${vraag}`, id: "afweging-antwoord" },
    [`afweging.${i}.motivering`]: { label: "Motivering", id: "afweging-motivering" },
  };
  return (
    <Stapformulier
      meldcode={meldcode}
      wat="stappen"
      kop={`${STAP_LABELS.afweging}, vraag ${vraag} van ${AFWEGINGSVRAGEN.length}`}
      velden={velden}
      knop="Antwoord vastleggen"
      gelukt={`Het antwoord op vraag ${vraag} is vastgelegd.`}
      naGelukt={() => {
        setAntwoord("");
        setMotivering("");
      }}
      body={() => ({
        stap: "afweging",
        afweging: [
          ...eerder,
          { vraag, antwoord: antwoord === "" ? undefined : antwoord === "ja", motivering },
        ],
      })}
    >
      {(fouten) => (
        <>
          <Keuzerondjes
            id="afweging-antwoord"
            legenda={AFWEGINGSVRAGEN[vraag - 1]}
            keuzes={JA_NEE}
            waarde={antwoord}
            onChange={setAntwoord}
            fout={fouten[`afweging.${i}.antwoord`]}
          />
          <Tekstvak
            id="afweging-motivering"
            label="Motivering"
            waarde={motivering}
            onChange={setMotivering}
            fout={fouten[`afweging.${i}.motivering`]}
          />
        </>
      )}
    </Stapformulier>
  );
}

function Beslissingen({ meldcode, inhoud }: { meldcode: MeldcodeWeergave; inhoud: Inhoud }) {
  const melden = inhoud.uitkomst.soort === "melden";
  const [meldingNodig, setMeldingNodig] = useState(alsJaNee(melden ? true : undefined));
  const [meldingMotivering, setMeldingMotivering] = useState("");
  const [hulpMogelijk, setHulpMogelijk] = useState("");
  const [hulpMotivering, setHulpMotivering] = useState("");
  const velden: Velden = {
    meldingNodig: { label: "Is melden noodzakelijk", id: "beslissing-melden" },
    meldingMotivering: { label: "Motivering melden", id: "beslissing-melden-motivering" },
    hulpMogelijk: { label: "Is hulp mogelijk", id: "beslissing-hulp" },
    hulpMotivering: { label: "Motivering hulp", id: "beslissing-hulp-motivering" },
  };
  return (
    <Stapformulier
      meldcode={meldcode}
      wat="stappen"
      kop={STAP_LABELS.beslissingen}
      velden={velden}
      knop="Beslissingen vastleggen"
      gelukt="De beslissingen zijn vastgelegd."
      body={() => ({
        stap: "beslissingen",
        meldingNodig: meldingNodig === "" ? undefined : meldingNodig === "ja",
        meldingMotivering,
        hulpMogelijk: hulpMogelijk === "" ? undefined : hulpMogelijk === "ja",
        hulpMotivering,
      })}
    >
      {(fouten) => (
        <>
          {melden ? (
            <Alert type="warning">
              <Paragraph>
                Volgens het afwegingskader is melden bij Veilig Thuis noodzakelijk: {inhoud.uitkomst.reden}.
              </Paragraph>
            </Alert>
          ) : null}
          <Keuzerondjes
            id="beslissing-melden"
            legenda="Beslissing 1: is melden bij Veilig Thuis noodzakelijk (acute of structurele onveiligheid)?"
            keuzes={JA_NEE}
            waarde={meldingNodig}
            onChange={setMeldingNodig}
            fout={fouten.meldingNodig}
          />
          <Tekstvak
            id="beslissing-melden-motivering"
            label="Motivering melden"
            waarde={meldingMotivering}
            onChange={setMeldingMotivering}
            fout={fouten.meldingMotivering}
          />
          <Keuzerondjes
            id="beslissing-hulp"
            legenda="Beslissing 2: is hulp verlenen of organiseren (ook) mogelijk?"
            beschrijving="Alleen als u passende hulp kunt bieden of organiseren, de betrokkenen meewerken en de hulp leidt tot duurzame veiligheid. Anders is melden noodzakelijk."
            keuzes={JA_NEE}
            waarde={hulpMogelijk}
            onChange={setHulpMogelijk}
            fout={fouten.hulpMogelijk}
          />
          <Tekstvak
            id="beslissing-hulp-motivering"
            label="Motivering hulp"
            waarde={hulpMotivering}
            onChange={setHulpMotivering}
            fout={fouten.hulpMotivering}
          />
        </>
      )}
    </Stapformulier>
  );
}

function Melding({ meldcode }: { meldcode: MeldcodeWeergave }) {
  const [datum, setDatum] = useState(vandaagIso());
  const [contactpersoon, setContactpersoon] = useState("");
  const [inhoud, setInhoud] = useState("");
  const [ouders, setOuders] = useState("geinformeerd");
  const [oudersOp, setOudersOp] = useState(vandaagIso());
  const [reden, setReden] = useState("");
  const velden: Velden = {
    datum: { label: "Datum van de melding", id: "melding-datum" },
    contactpersoon: { label: "Contactpersoon bij Veilig Thuis", id: "melding-contact" },
    inhoud: { label: "Wat is gemeld", id: "melding-inhoud" },
    oudersGeinformeerdOp: { label: "Ouders geïnformeerd op", id: "melding-ouders-op" },
    oudersRedenNiet: { label: "Waarom zijn de ouders niet geïnformeerd", id: "melding-ouders-reden" },
  };
  return (
    <Stapformulier
      meldcode={meldcode}
      wat="melding"
      kop="Melding bij Veilig Thuis"
      velden={velden}
      knop="Melding vastleggen"
      gelukt="De melding bij Veilig Thuis is vastgelegd."
      body={() => ({
        datum,
        contactpersoon,
        inhoud,
        ...(ouders === "geinformeerd" ? { oudersGeinformeerdOp: oudersOp } : { oudersRedenNiet: reden }),
      })}
    >
      {(fouten) => (
        <>
          <Tekstveld
            id="melding-datum"
            label="Datum van de melding"
            type="date"
            verplicht
            value={datum}
            onChange={(e) => setDatum(e.currentTarget.value)}
            fout={fouten.datum}
          />
          <Tekstveld
            id="melding-contact"
            label="Contactpersoon bij Veilig Thuis"
            verplicht
            value={contactpersoon}
            onChange={(e) => setContactpersoon(e.currentTarget.value)}
            fout={fouten.contactpersoon}
          />
          <Tekstvak
            id="melding-inhoud"
            label="Wat is gemeld"
            waarde={inhoud}
            onChange={setInhoud}
            fout={fouten.inhoud}
          />
          <Keuzerondjes
            id="melding-ouders"
            legenda="Ouders schriftelijk geïnformeerd over de melding?"
            keuzes={[
              { waarde: "geinformeerd", label: "Ja, per brief" },
              { waarde: "niet", label: "Nee, met reden" },
            ]}
            waarde={ouders}
            onChange={setOuders}
          />
          {ouders === "geinformeerd" ? (
            <Tekstveld
              id="melding-ouders-op"
              label="Ouders geïnformeerd op"
              type="date"
              verplicht
              value={oudersOp}
              onChange={(e) => setOudersOp(e.currentTarget.value)}
              fout={fouten.oudersGeinformeerdOp}
            />
          ) : (
            <Tekstvak
              id="melding-ouders-reden"
              label="Waarom zijn de ouders niet geïnformeerd"
              waarde={reden}
              onChange={setReden}
              fout={fouten.oudersRedenNiet}
            />
          )}
        </>
      )}
    </Stapformulier>
  );
}

function Afsluiten({ meldcode, inhoud }: { meldcode: MeldcodeWeergave; inhoud: Inhoud }) {
  const [toelichting, setToelichting] = useState("");
  return (
    <Stapformulier
      meldcode={meldcode}
      wat="afsluiting"
      kop="Meldcode afsluiten"
      velden={{ toelichting: { label: "Afspraken of reden van afsluiten", id: "afsluiten-toelichting" } }}
      knop="Meldcode afsluiten"
      gelukt="De Meldcode is afgesloten."
      body={() => ({ toelichting })}
    >
      {(fouten) => (
        <>
          {inhoud.meldingVereist.vereist && !inhoud.melding ? (
            <Alert type="warning">
              <Paragraph>
                Let op: een melding bij Veilig Thuis is verplicht na {inhoud.meldingVereist.reden}. Zonder
                vastgelegde melding kan de Meldcode niet worden afgesloten.
              </Paragraph>
            </Alert>
          ) : null}
          <Tekstvak
            id="afsluiten-toelichting"
            label="Afspraken of reden van afsluiten"
            beschrijving="Bij hulp: de vervolgafspraken. Bij geen vermoeden: waarom."
            waarde={toelichting}
            onChange={setToelichting}
            fout={fouten.toelichting}
          />
        </>
      )}
    </Stapformulier>
  );
}

const STAP_STAAT = (inhoud: Inhoud, stap: MeldcodeStap) => {
  const volgende = inhoud.volgendeStap;
  if (volgende === null) return "vastgelegd";
  const i = MELDCODE_STAPPEN.indexOf(stap);
  const j = MELDCODE_STAPPEN.indexOf(volgende);
  return i < j ? "vastgelegd" : i === j ? "nu aan de beurt" : "nog niet";
};

/** What has been recorded so far, step by step, in words. */
function Vastgelegd({ inhoud }: { inhoud: Inhoud }) {
  const { signalen, overleg, gesprek, afweging, beslissingen } = inhoud.stappen;
  return (
    <section aria-labelledby="vastgelegd-kop">
      <Heading2 id="vastgelegd-kop">Vastgelegd</Heading2>
      {signalen ? null : <Paragraph>Er is nog niets vastgelegd.</Paragraph>}
      {signalen ? (
        <>
          <Heading3>{STAP_LABELS.signalen}</Heading3>
          <UnorderedList>
            {signalen.map((s) => (
              <UnorderedListItem key={`${s.datum}-${s.bron}-${s.omschrijving}`}>
                {kortDatum(s.datum)}, {s.bron}:{" "}
                {s.soort === "standpunt-ander" ? `standpunt van ${s.wie}: ` : "eigen waarneming: "}
                {s.omschrijving}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {overleg ? (
        <>
          <Heading3>{STAP_LABELS.overleg}</Heading3>
          <UnorderedList>
            {overleg.map((o) => (
              <UnorderedListItem key={`${o.datum}-${o.naam}`}>
                {kortDatum(o.datum)}, {OVERLEG_MET_LABELS[o.met].toLowerCase()} {o.naam}: {o.advies}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {gesprek ? (
        <>
          <Heading3>{STAP_LABELS.gesprek}</Heading3>
          <Paragraph>
            {gesprek.gevoerd
              ? `${kortDatum(gesprek.datum ?? "")}, met ${gesprek.metWie}: ${gesprek.verslag}`
              : `Niet gevoerd, want niet veilig: ${gesprek.redenNietVeilig}`}
          </Paragraph>
        </>
      ) : null}
      {afweging && afweging.length > 0 ? (
        <>
          <Heading3>{STAP_LABELS.afweging}</Heading3>
          <OrderedList>
            {afweging.map((a) => (
              <OrderedListItem key={a.vraag}>
                {AFWEGINGSVRAGEN[a.vraag - 1]} <strong>{a.antwoord ? "Ja" : "Nee"}</strong>. {a.motivering}
              </OrderedListItem>
            ))}
          </OrderedList>
        </>
      ) : null}
      {beslissingen ? (
        <>
          <Heading3>{STAP_LABELS.beslissingen}</Heading3>
          <UnorderedList>
            <UnorderedListItem>
              Melden noodzakelijk: {beslissingen.meldingNodig ? "ja" : "nee"}.{" "}
              {beslissingen.meldingMotivering}
            </UnorderedListItem>
            <UnorderedListItem>
              Hulp mogelijk: {beslissingen.hulpMogelijk ? "ja" : "nee"}. {beslissingen.hulpMotivering}
            </UnorderedListItem>
          </UnorderedList>
        </>
      ) : null}
      {inhoud.melding ? (
        <>
          <Heading3>Melding bij Veilig Thuis</Heading3>
          <Paragraph>
            Gemeld op {kortDatum(inhoud.melding.datum)} bij {inhoud.melding.contactpersoon}:{" "}
            {inhoud.melding.inhoud}.{" "}
            {inhoud.melding.oudersGeinformeerdOp
              ? `Ouders schriftelijk geïnformeerd op ${kortDatum(inhoud.melding.oudersGeinformeerdOp)}.`
              : `Ouders niet geïnformeerd: ${inhoud.melding.oudersRedenNiet}.`}
          </Paragraph>
        </>
      ) : null}
    </section>
  );
}

function Verloop({ meldcode, inhoud }: { meldcode: MeldcodeWeergave; inhoud: Inhoud }) {
  const stap = inhoud.volgendeStap;
  const geenVermoeden = inhoud.uitkomst.soort === "geen-vermoeden";
  const kanAfsluiten = stap === null || (stap === "beslissingen" && geenVermoeden);
  if (meldcode.status === "afgesloten")
    return (
      <Alert type="ok">
        <Paragraph>
          Afgesloten op {kortDatum((inhoud.afgeslotenOp ?? "").slice(0, 10))} door {inhoud.afgeslotenDoor}:{" "}
          {inhoud.afsluiting}
        </Paragraph>
      </Alert>
    );
  return (
    <>
      {stap === "signalen" ? <Signalen meldcode={meldcode} /> : null}
      {stap === "overleg" ? <Overleg meldcode={meldcode} /> : null}
      {stap === "gesprek" ? <Gesprek meldcode={meldcode} /> : null}
      {stap === "afweging" ? <Afweging meldcode={meldcode} inhoud={inhoud} /> : null}
      {stap === "beslissingen" ? (
        <>
          {geenVermoeden ? (
            <Alert type="info">
              <Paragraph>
                Er is geen vermoeden van huiselijk geweld of kindermishandeling: u kunt de Meldcode afsluiten.
              </Paragraph>
            </Alert>
          ) : null}
          <Beslissingen meldcode={meldcode} inhoud={inhoud} />
        </>
      ) : null}
      {stap === null && !inhoud.melding && inhoud.meldingVereist.vereist ? (
        <Melding meldcode={meldcode} />
      ) : null}
      {kanAfsluiten ? <Afsluiten meldcode={meldcode} inhoud={inhoud} /> : null}
    </>
  );
}

/** /meldcodes/:id: the Meldcode huiselijk geweld en kindermishandeling, its five steps in order. */
export function MeldcodePagina() {
  const { id = "" } = useParams();
  const query = useMeldcode(id);
  const [gelukt, setGelukt] = useState<string>();
  const m = query.data;
  return (
    <MeldGelukt.Provider value={setGelukt}>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          ...(m ? [{ label: `Zaak ${m.zaaknummer}`, naar: `/zaken/${m.zaakId}` }] : []),
          { label: "Meldcode" },
        ]}
      />
      <PaginaTitel titel="Meldcode huiselijk geweld en kindermishandeling">
        Meldcode huiselijk geweld en kindermishandeling
      </PaginaTitel>
      <GeluktMelding tekst={gelukt} />
      {query.isPending ? <Laden /> : null}
      {query.isError ? <LaadFout fout={query.error} opnieuw={() => void query.refetch()} /> : null}
      {m?.inhoud ? (
        <>
          <Paragraph>
            Zaak {m.zaaknummer}, gestart op {kortDatum(m.gestartOp.slice(0, 10))} door {m.inhoud.auteur}.
            Status: {m.status === "loopt" ? "loopt" : "afgesloten"}.
          </Paragraph>
          <section aria-labelledby="stappen-kop">
            <Heading2 id="stappen-kop">Stappen</Heading2>
            <OrderedList>
              {MELDCODE_STAPPEN.map((s) => (
                <OrderedListItem
                  key={s}
                  aria-current={STAP_STAAT(m.inhoud as Inhoud, s) === "nu aan de beurt" ? "step" : undefined}
                >
                  {STAP_LABELS[s]} ({STAP_STAAT(m.inhoud as Inhoud, s)})
                </OrderedListItem>
              ))}
            </OrderedList>
          </section>
          <Verloop meldcode={m} inhoud={m.inhoud} />
          <Vastgelegd inhoud={m.inhoud} />
        </>
      ) : null}
    </MeldGelukt.Provider>
  );
}

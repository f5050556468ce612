import { Alert, Button, ButtonGroup, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { AFWEGINGSVRAGEN, OVERLEG_MET_LABELS, STAP_LABELS } from "../../../../src/domain/meldcode/meldcode";
import { vandaagIso } from "../../lib/datum";
import { keuzesUit } from "../../lib/formulier";
import type { MeldcodeWeergave } from "./api";
import { JA_NEE, jaNee, Stapformulier, type Stapveld, type Waarden } from "./Stapformulier";

type Inhoud = NonNullable<MeldcodeWeergave["inhoud"]>;

const SIGNAAL_SOORTEN = [
  { waarde: "waarneming", label: "Eigen waarneming" },
  { waarde: "standpunt-ander", label: "Standpunt van een ander" },
];

/** The fields of signal i; "wie zegt dit" only for another's position. */
function signaalVelden(i: number, w: Waarden): Stapveld[] {
  const naam = (veld: string) => `signalen.${i}.${veld}`;
  const fout = (label: string) => `Signaal ${i + 1}, ${label}`;
  const ander = (w[naam("soort")] ?? "waarneming") === "standpunt-ander";
  return [
    {
      naam: naam("soort"),
      soort: "keuze",
      kop: `Signaal ${i + 1}`,
      label: "Soort signaal",
      foutlabel: fout("soort"),
      keuzes: SIGNAAL_SOORTEN,
      begin: "waarneming",
    },
    { naam: naam("datum"), soort: "datum", label: "Datum", foutlabel: fout("datum"), begin: vandaagIso() },
    {
      naam: naam("bron"),
      soort: "tekst",
      label: "Bron",
      foutlabel: fout("bron"),
      beschrijving: "Bijvoorbeeld: huisbezoek, telefoontje van school",
    },
    ...(ander
      ? [
          {
            naam: naam("wie"),
            soort: "tekst" as const,
            label: "Wie zegt dit",
            foutlabel: fout("wie zegt dit"),
          },
        ]
      : []),
    {
      naam: naam("omschrijving"),
      soort: "tekstvak",
      label: "Wat is gezien of gehoord",
      foutlabel: fout("omschrijving"),
    },
  ];
}

export function Signalen({ meldcode }: { meldcode: MeldcodeWeergave }) {
  const [aantal, setAantal] = useState(1);
  const nummers = [...Array(aantal).keys()];
  return (
    <Stapformulier
      meldcode={meldcode}
      wat="stappen"
      kop={STAP_LABELS.signalen}
      inleiding={
        <Paragraph>
          Beschrijf zo feitelijk mogelijk wat u zag of hoorde. Houd uw eigen waarneming apart van wat anderen
          zeggen: leg een standpunt vast als standpunt ("de juf zegt dat …").
        </Paragraph>
      }
      velden={(w) => nummers.flatMap((i) => signaalVelden(i, w))}
      na={
        <ButtonGroup>
          <Button appearance="subtle-button" onClick={() => setAantal((n) => n + 1)}>
            Nog een signaal toevoegen
          </Button>
        </ButtonGroup>
      }
      knop="Signalen vastleggen"
      gelukt="De signalen zijn vastgelegd."
      body={(a) => ({
        stap: "signalen",
        signalen: nummers.map((i) => {
          const v = (veld: string) => a[`signalen.${i}.${veld}`] ?? "";
          return {
            soort: v("soort"),
            datum: v("datum"),
            bron: v("bron"),
            omschrijving: v("omschrijving"),
            ...(v("soort") === "standpunt-ander" ? { wie: v("wie") } : {}),
          };
        }),
      })}
    />
  );
}

const OVERLEG_VELDEN: Stapveld[] = [
  {
    naam: "overleg.0.met",
    soort: "keuze",
    label: "Overleg met",
    keuzes: keuzesUit(OVERLEG_MET_LABELS),
    begin: "casemanager-veiligheid",
  },
  { naam: "overleg.0.naam", soort: "tekst", label: "Met wie (naam)" },
  { naam: "overleg.0.datum", soort: "datum", label: "Datum", begin: vandaagIso() },
  { naam: "overleg.0.advies", soort: "tekstvak", label: "Advies" },
];

function gesprekVelden(w: Waarden): Stapveld[] {
  const keuze: Stapveld = {
    naam: "gevoerd",
    soort: "keuze",
    label: "Is het gesprek met de cliënt gevoerd?",
    keuzes: [
      { waarde: "ja", label: "Ja" },
      { waarde: "nee", label: "Nee, het was niet veilig om het gesprek te voeren" },
    ],
  };
  if (w.gevoerd === "nee")
    return [keuze, { naam: "redenNietVeilig", soort: "tekstvak", label: "Waarom was het niet veilig" }];
  return [
    keuze,
    { naam: "datum", soort: "datum", label: "Datum van het gesprek", begin: vandaagIso() },
    { naam: "metWie", soort: "tekst", label: "Met wie" },
    { naam: "verslag", soort: "tekstvak", label: "Wat is besproken" },
  ];
}

/** The steps that are one form of fields and a request body: overleg (step 2) and gesprek (step 3). */
const EENVOUDIGE_STAPPEN = {
  overleg: {
    velden: OVERLEG_VELDEN,
    knop: "Overleg vastleggen",
    gelukt: "Het overleg is vastgelegd.",
    body: (a: Waarden) => ({
      stap: "overleg",
      overleg: [
        {
          met: a["overleg.0.met"],
          naam: a["overleg.0.naam"],
          datum: a["overleg.0.datum"],
          advies: a["overleg.0.advies"],
        },
      ],
    }),
  },
  gesprek: {
    velden: gesprekVelden,
    knop: "Gesprek vastleggen",
    gelukt: "Het gesprek is vastgelegd.",
    body: (a: Waarden) =>
      a.gevoerd === "nee"
        ? { stap: "gesprek", gevoerd: false, redenNietVeilig: a.redenNietVeilig }
        : {
            stap: "gesprek",
            gevoerd: jaNee(a.gevoerd),
            datum: a.datum,
            metWie: a.metWie,
            verslag: a.verslag,
          },
  },
} as const;

export function EenvoudigeStap({
  meldcode,
  stap,
}: {
  meldcode: MeldcodeWeergave;
  stap: keyof typeof EENVOUDIGE_STAPPEN;
}) {
  return (
    <Stapformulier meldcode={meldcode} wat="stappen" kop={STAP_LABELS[stap]} {...EENVOUDIGE_STAPPEN[stap]} />
  );
}

/** The afwegingskader: the questions one after the other; the answered ones are listed under "Vastgelegd". */
export function Afweging({ meldcode, inhoud }: { meldcode: MeldcodeWeergave; inhoud: Inhoud }) {
  const eerder = inhoud.stappen.afweging ?? [];
  const i = eerder.length;
  const vraag = i + 1;
  return (
    <Stapformulier
      // A new form per question: the answers of the previous one do not carry over.
      key={vraag}
      meldcode={meldcode}
      wat="stappen"
      kop={`${STAP_LABELS.afweging}, vraag ${vraag} van ${AFWEGINGSVRAGEN.length}`}
      velden={[
        {
          naam: `afweging.${i}.antwoord`,
          soort: "keuze",
          label: AFWEGINGSVRAGEN[vraag - 1] ?? "",
          foutlabel: `Vraag ${vraag}`,
          keuzes: JA_NEE,
        },
        { naam: `afweging.${i}.motivering`, soort: "tekstvak", label: "Motivering" },
      ]}
      knop="Antwoord vastleggen"
      gelukt={`Het antwoord op vraag ${vraag} is vastgelegd.`}
      body={(a) => ({
        stap: "afweging",
        afweging: [
          ...eerder,
          { vraag, antwoord: jaNee(a[`afweging.${i}.antwoord`]), motivering: a[`afweging.${i}.motivering`] },
        ],
      })}
    />
  );
}

export function Beslissingen({ meldcode, inhoud }: { meldcode: MeldcodeWeergave; inhoud: Inhoud }) {
  const melden = inhoud.uitkomst.soort === "melden";
  return (
    <Stapformulier
      meldcode={meldcode}
      wat="stappen"
      kop={STAP_LABELS.beslissingen}
      inleiding={
        melden ? (
          <Alert type="warning">
            <Paragraph>
              Volgens het afwegingskader is melden bij Veilig Thuis noodzakelijk: {inhoud.uitkomst.reden}.
            </Paragraph>
          </Alert>
        ) : null
      }
      velden={[
        {
          naam: "meldingNodig",
          soort: "keuze",
          label: "Beslissing 1: is melden bij Veilig Thuis noodzakelijk (acute of structurele onveiligheid)?",
          foutlabel: "Is melden noodzakelijk",
          keuzes: JA_NEE,
          ...(melden ? { begin: "ja" } : {}),
        },
        { naam: "meldingMotivering", soort: "tekstvak", label: "Motivering melden" },
        {
          naam: "hulpMogelijk",
          soort: "keuze",
          label: "Beslissing 2: is hulp verlenen of organiseren (ook) mogelijk?",
          foutlabel: "Is hulp mogelijk",
          beschrijving:
            "Alleen als u passende hulp kunt bieden of organiseren, de betrokkenen meewerken en de hulp leidt tot duurzame veiligheid. Anders is melden noodzakelijk.",
          keuzes: JA_NEE,
        },
        { naam: "hulpMotivering", soort: "tekstvak", label: "Motivering hulp" },
      ]}
      knop="Beslissingen vastleggen"
      gelukt="De beslissingen zijn vastgelegd."
      body={(a) => ({
        stap: "beslissingen",
        meldingNodig: jaNee(a.meldingNodig),
        meldingMotivering: a.meldingMotivering,
        hulpMogelijk: jaNee(a.hulpMogelijk),
        hulpMotivering: a.hulpMotivering,
      })}
    />
  );
}

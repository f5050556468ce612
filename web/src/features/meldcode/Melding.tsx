import { Alert, Paragraph } from "@utrecht/component-library-react";
import { useContext, useState } from "react";
import { vandaagIso } from "../../lib/datum";
import type { Veldfouten } from "../../lib/formulier";
import { Tekstvak } from "../../lib/formulier";
import { haalVoorbeelden } from "../brieven/api";
import { Briefvoorbeeld } from "../brieven/BriefFormulier";
import { kortDatum } from "../zaken/weergave";
import { type MeldcodeWeergave, meldcodeUitkomst, useWijzigMeldcode } from "./api";
import { MeldGelukt, Stapformulier, type Stapveld, type Waarden } from "./Stapformulier";

type Inhoud = NonNullable<MeldcodeWeergave["inhoud"]>;

function meldingVelden(w: Waarden): Stapveld[] {
  return [
    { naam: "datum", soort: "datum", label: "Datum van de melding", begin: vandaagIso() },
    { naam: "contactpersoon", soort: "tekst", label: "Contactpersoon bij Veilig Thuis" },
    { naam: "inhoud", soort: "tekstvak", label: "Wat is gemeld" },
    {
      naam: "oudersInformeren",
      soort: "keuze",
      label: "Krijgen de ouders een brief over de melding?",
      foutlabel: "Ouders informeren",
      beschrijving: "Bij een volwassen cliënt: krijgt de cliënt zelf een brief?",
      keuzes: [
        { waarde: "per-brief", label: "Ja, zij krijgen een brief (die bekijkt en verstuurt u hierna)" },
        { waarde: "niet", label: "Nee, met reden" },
      ],
      begin: "per-brief",
    },
    ...(w.oudersInformeren === "niet"
      ? [
          {
            naam: "oudersRedenNiet",
            soort: "tekstvak" as const,
            label: "Waarom worden de ouders niet geïnformeerd",
          },
        ]
      : []),
  ];
}

export function Melding({ meldcode }: { meldcode: MeldcodeWeergave }) {
  return (
    <Stapformulier
      meldcode={meldcode}
      wat="melding"
      kop="Melding bij Veilig Thuis"
      velden={meldingVelden}
      knop="Melding vastleggen"
      gelukt="De melding bij Veilig Thuis is vastgelegd."
      body={(a) => ({
        datum: a.datum,
        contactpersoon: a.contactpersoon,
        inhoud: a.inhoud,
        oudersInformeren: a.oudersInformeren,
        ...(a.oudersInformeren === "niet" ? { oudersRedenNiet: a.oudersRedenNiet } : {}),
      })}
    />
  );
}

/**
 * The parents' letter about the melding: the professional writes why, in general terms (nothing else of the
 * Meldcode goes in it), previews the letter(s) and sends them; they are stored with the zaak's Documenten.
 */
export function Kennisgeving({ meldcode, inhoud }: { meldcode: MeldcodeWeergave; inhoud: Inhoud }) {
  const [reden, setReden] = useState("");
  const wijzig = useWijzigMeldcode(meldcode);
  const meldGelukt = useContext(MeldGelukt);
  const pad = `/meldcodes/${encodeURIComponent(meldcode.id)}/kennisgeving`;
  return (
    <Briefvoorbeeld
      zaakId={meldcode.zaakId}
      id="kennisgeving"
      titel="Brief aan de ouders over de melding"
      uitleg={
        <Paragraph>
          De ouders krijgen schriftelijk bericht van de melding van {kortDatum(inhoud.melding?.datum ?? "")}:
          de ouders met gezag of de wettelijk vertegenwoordiger (de brief noemt het kind), bij een volwassene
          de persoon zelf. De brief zegt dat er is gemeld en wanneer, wat Veilig Thuis gaat doen en wie zij
          kunnen bellen; over het waarom alleen wat u hieronder schrijft.
        </Paragraph>
      }
      sleutel={reden}
      haal={() => haalVoorbeelden(`${pad}/voorbeeld`, { reden })}
      stuur={async () => {
        meldGelukt("");
        await wijzig.mutateAsync({ wat: "kennisgeving", body: { reden } });
        // The form makes way for the closing step: the page shows the message.
        meldGelukt("De brief aan de ouders is verstuurd en staat bij de Documenten van de zaak.");
        return "";
      }}
      velden={{ reden: { label: "Waarom is de melding gedaan", id: "kennisgeving-reden" } }}
      knop="Brief versturen"
      uitkomstVan={meldcodeUitkomst}
    >
      {(fouten: Veldfouten) => (
        <Tekstvak
          id="kennisgeving-reden"
          label="Waarom is de melding gedaan (voor de brief)"
          beschrijving="In algemene woorden, zoals u het de ouders zou zeggen; dit komt letterlijk in de brief."
          waarde={reden}
          onChange={setReden}
          fout={fouten.reden}
        />
      )}
    </Briefvoorbeeld>
  );
}

export function Afsluiten({ meldcode, inhoud }: { meldcode: MeldcodeWeergave; inhoud: Inhoud }) {
  const melding = inhoud.melding;
  const waarschuwing =
    inhoud.meldingVereist.vereist && !melding
      ? `Let op: een melding bij Veilig Thuis is verplicht na ${inhoud.meldingVereist.reden}. Zonder vastgelegde melding kan de Meldcode niet worden afgesloten.`
      : melding?.oudersBriefVolgt
        ? "Let op: de ouders hebben de brief over de melding nog niet gekregen. Verstuur eerst de brief; daarna kunt u de Meldcode afsluiten."
        : null;
  return (
    <Stapformulier
      meldcode={meldcode}
      wat="afsluiting"
      kop="Meldcode afsluiten"
      inleiding={
        waarschuwing ? (
          <Alert type="warning">
            <Paragraph>{waarschuwing}</Paragraph>
          </Alert>
        ) : null
      }
      velden={[
        {
          naam: "toelichting",
          soort: "tekstvak",
          label: "Afspraken of reden van afsluiten",
          beschrijving: "Bij hulp: de vervolgafspraken. Bij geen vermoeden: waarom.",
        },
      ]}
      knop="Meldcode afsluiten"
      gelukt="De Meldcode is afgesloten."
      body={(a) => ({ toelichting: a.toelichting })}
    />
  );
}

import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
} from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import {
  JEUGDWET_LEEFTIJD_BRON,
  JEUGDWET_MAXIMUM_JAREN,
  valtOnderJeugdwet,
} from "../../../../src/domain/aanmelden/jeugdleeftijd";
import { foutmelding, isApiFout } from "../../lib/api";
import {
  AANMELDKANAAL_LABELS,
  type AanmeldingResultaat,
  CONTACT_THEMA_LABELS,
  type IagPersoon,
  LEEFGEBIED_LABELS,
  VERBLIJF_LABELS,
  VERWIJZER_LABELS,
  WET_DOMEIN_LABELS,
} from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import {
  Foutoverzicht,
  Keuzelijst,
  Keuzerondjes,
  Keuzeveld,
  keuzesUit,
  Tekstvak,
  Tekstveld,
  type Veldfouten,
  veldfoutenUit,
} from "../../lib/formulier";
import { KnopLink } from "../../lib/ui";
import { type AanmeldingInvoer, type RouteringInvoer, useAanmelden, useRouteringsvoorstel } from "./api";
import { WoonplaatsUitBrp } from "./WoonplaatsUitBrp";
import { VEILIGHEID_LABELS, werkvoorraadLabel, zaaktypeLabel } from "./weergave";

interface Invoer {
  kanaal: string;
  verwijzerSoort: string;
  verwijzerNaam: string;
  naamZonderRegistratie: string;
  thema: string;
  vraag: string;
  direct: string;
  antwoord: string;
  signalen: string;
  signalenTekst: string;
  veiligheid: string;
  gesprek: string;
  acties: string;
  leefgebieden: string[];
  wetDomein: string;
  /** Further wetsdomeinen that play a part besides the main one (meervoudigheid). */
  extraWetten: string[];
  brpEigen: string;
  brpGemeente: string;
  verblijf: string;
  brpVoorVerblijf: string;
  uitkomst: string;
  werkvoorraad: string;
  reden: string;
  koppelZaak: string;
  overdrachtGemeente: string;
  notitie: string;
}

const LEEG: Invoer = {
  kanaal: "telefoon",
  verwijzerSoort: "",
  verwijzerNaam: "",
  naamZonderRegistratie: "",
  thema: "",
  vraag: "",
  direct: "",
  antwoord: "",
  signalen: "",
  signalenTekst: "",
  veiligheid: "",
  gesprek: "",
  acties: "",
  leefgebieden: [],
  wetDomein: "",
  extraWetten: [],
  brpEigen: "ja",
  brpGemeente: "",
  verblijf: "",
  brpVoorVerblijf: "",
  uitkomst: "zaak",
  werkvoorraad: "",
  reden: "",
  koppelZaak: "",
  overdrachtGemeente: "",
  notitie: "",
};

const JA_NEE = [
  { waarde: "ja", label: "Ja" },
  { waarde: "nee", label: "Nee" },
];

const VELDEN: Record<string, { label: string; id: string }> = {
  kanaal: { label: "Kanaal", id: "contact-kanaal" },
  verwijzer: { label: "Verwijzer", id: "contact-verwijzer" },
  thema: { label: "Thema", id: "contact-thema" },
  vraag: { label: "Vraag van de inwoner", id: "contact-vraag" },
  directBeantwoord: { label: "Direct beantwoord", id: "contact-direct" },
  antwoord: { label: "Antwoord", id: "contact-antwoord" },
  triage: { label: "Triage", id: "triage-signalen" },
  uitkomst: { label: "Uitkomst", id: "contact-uitkomst" },
  gezinsleden: { label: "Gezin", id: "inwoner-kop" },
  persoonId: { label: "Inwoner", id: "zoek-inwoner" },
};

const isJeugdwet = (w: string) => w === "jeugd" || w === "veilig-opgroeien";
const metJeugdwet = (v: Invoer) => isJeugdwet(v.wetDomein) || v.extraWetten.some(isJeugdwet);
const leegNaarUndefined = (s: string) => (s.trim() === "" ? undefined : s.trim());

function woonplaats(v: Invoer) {
  if (!metJeugdwet(v)) return undefined;
  return {
    ...(v.brpEigen === "nee" ? { brpGemeente: leegNaarUndefined(v.brpGemeente) ?? null } : {}),
    ...(v.verblijf
      ? {
          verblijf: {
            soort: v.verblijf as keyof typeof VERBLIJF_LABELS,
            brpGemeenteVoorVerblijf: leegNaarUndefined(v.brpVoorVerblijf) ?? null,
          },
        }
      : {}),
  };
}

/** The further wetsdomeinen, without the main one. */
const andereWetten = (v: Invoer) => v.extraWetten.filter((w) => w !== v.wetDomein) as "wmo"[];

/**
 * The Jeugdwet age rule (domain/aanmelden/jeugdleeftijd, Jeugdwet art. 1.1), explained before saving: a
 * jeugdige is under 18, or 18 to 23 when the help continues or is needed after 18; the right choice is offered.
 */
function Jeugdleeftijd({
  persoon,
  wetDomein,
  kies,
}: {
  persoon: IagPersoon | null;
  wetDomein: string;
  kies: (wetDomein: string) => void;
}) {
  if (!persoon?.geboortedatum || !wetDomein) return null;
  const jaren = persoon.leeftijd;
  if (isJeugdwet(wetDomein)) {
    const oordeel = valtOnderJeugdwet(persoon.geboortedatum, vandaagIso());
    if (!oordeel.past)
      return (
        <Alert type="warning">
          <Paragraph>
            <span aria-hidden="true">⚠ </span>
            {oordeel.melding}
          </Paragraph>
          <Button appearance="secondary-action-button" onClick={() => kies("wmo")}>
            Wetsdomein Wmo kiezen
          </Button>
        </Alert>
      );
    if (jaren >= 18)
      return (
        <Alert type="info">
          <Paragraph>
            {JEUGDWET_LEEFTIJD_BRON}: {persoon.naam} is {jaren} jaar. Jeugdhulp na het 18e jaar kan tot{" "}
            {JEUGDWET_MAXIMUM_JAREN} jaar als lopende jeugdhulp doorloopt of als die na het 18e nodig is om
            eerder gestarte hulp af te ronden (verlengde jeugdhulp). Is dat niet zo, dan hoort de vraag onder
            de Wmo.
          </Paragraph>
          <Button appearance="secondary-action-button" onClick={() => kies("wmo")}>
            Toch de Wmo kiezen
          </Button>
        </Alert>
      );
    return null;
  }
  if (wetDomein === "wmo" && jaren < 18)
    return (
      <Alert type="info">
        <Paragraph>
          {persoon.naam} is {jaren} jaar. Voor een kind onder 18 is de Jeugdwet de weg (
          {JEUGDWET_LEEFTIJD_BRON}); de Wmo is voor volwassenen.
        </Paragraph>
        <Button appearance="secondary-action-button" onClick={() => kies("jeugd")}>
          Wetsdomein Jeugdwet kiezen
        </Button>
      </Alert>
    );
  return null;
}

/** The routing-relevant part of the triage, for the live proposal (free text is left out). */
function routeringInvoer(v: Invoer): RouteringInvoer | null {
  if (v.direct !== "nee" || !v.veiligheid || !v.wetDomein) return null;
  return {
    triage: {
      veiligheidssignalen: false,
      veiligheid: v.veiligheid as "veilig",
      leefgebieden: v.leefgebieden as "wonen"[],
      wetDomein: v.wetDomein as "wmo",
      extraWetten: andereWetten(v),
      ...(v.thema ? { thema: v.thema } : {}),
      woonplaats: woonplaats(v),
    },
  };
}

function verzoek(
  v: Invoer,
  persoon: IagPersoon | null,
  gezinsleden: string[],
  voorstel: string | undefined,
  hulpvraagId: string | undefined,
): AanmeldingInvoer {
  const direct = v.direct === "ja";
  const triage = direct
    ? undefined
    : {
        veiligheidssignalen: v.signalen === "ja",
        signalen: leegNaarUndefined(v.signalenTekst),
        veiligheid: v.veiligheid as "veilig",
        leefgebieden: v.leefgebieden as "wonen"[],
        wetDomein: (v.wetDomein || "onbekend") as "wmo",
        extraWetten: andereWetten(v),
        ...(v.veiligheid === "onveilig" || v.veiligheid === "crisis"
          ? { regiegroepOverleg: { gesprek: v.gesprek, acties: v.acties } }
          : {}),
        woonplaats: woonplaats(v),
      };
  const uitkomst: AanmeldingInvoer["uitkomst"] = direct
    ? { soort: "beantwoord" }
    : v.uitkomst === "koppel"
      ? { soort: "koppel", zaakId: v.koppelZaak }
      : v.uitkomst === "overdracht"
        ? { soort: "overdracht", gemeente: leegNaarUndefined(v.overdrachtGemeente), notitie: v.notitie }
        : {
            soort: "zaak",
            ...(v.werkvoorraad && v.werkvoorraad !== voorstel
              ? { werkvoorraad: { code: v.werkvoorraad, reden: leegNaarUndefined(v.reden) } }
              : {}),
          };
  return {
    kanaal: v.kanaal as "telefoon",
    ...(v.kanaal === "verwijzer" && v.verwijzerSoort
      ? { verwijzer: { soort: v.verwijzerSoort as "huisarts", naam: leegNaarUndefined(v.verwijzerNaam) } }
      : {}),
    persoonId: persoon?.id,
    naamZonderRegistratie: persoon ? undefined : leegNaarUndefined(v.naamZonderRegistratie),
    gezinsleden: persoon ? gezinsleden : [],
    thema: v.thema as "overig",
    vraag: v.vraag,
    directBeantwoord: direct,
    antwoord: direct ? leegNaarUndefined(v.antwoord) : undefined,
    triage,
    uitkomst,
    hulpvraagId,
  };
}

/** A hulpvraag from Mijn Voordeur the IAG took on: its answers fill the form, and the contact registers it. */
export interface OpgepakteHulpvraag {
  id: string;
  thema: string;
  vraag: string;
  leefgebieden: string[];
}

type Zet = <K extends keyof Invoer>(veld: K) => (waarde: Invoer[K]) => void;
type Voorstel = ReturnType<typeof useRouteringsvoorstel>["data"];

/** The woonplaatsbeginsel (Jeugdwet art. 2.3): BRP-gemeente and a stay elsewhere decide who is responsible. */
function Woonplaats({ v, zet, persoon }: { v: Invoer; zet: Zet; persoon: IagPersoon | null }) {
  return (
    <Fieldset>
      <FieldsetLegend>Woonplaatsbeginsel (Jeugdwet)</FieldsetLegend>
      {persoon ? (
        <WoonplaatsUitBrp
          persoonId={persoon.id}
          naam={persoon.naam}
          onGemeente={(eigen, gemeente) => {
            zet("brpEigen")(eigen ? "ja" : "nee");
            zet("brpGemeente")(gemeente);
          }}
        />
      ) : null}
      <Keuzerondjes
        id="woonplaats-brp"
        className="voordeur-keuzerondjes--naast-elkaar"
        legenda="Staat het kind in de BRP ingeschreven in onze gemeente?"
        keuzes={JA_NEE}
        waarde={v.brpEigen}
        onChange={zet("brpEigen")}
      />
      {v.brpEigen === "nee" ? (
        <Tekstveld
          id="woonplaats-brp-gemeente"
          label="CBS-code van de BRP-gemeente"
          beschrijving="Bijvoorbeeld 0106 voor Assen. Leeg: geen BRP-adres."
          value={v.brpGemeente}
          onChange={(e) => zet("brpGemeente")(e.currentTarget.value)}
        />
      ) : null}
      <Keuzeveld
        id="woonplaats-verblijf"
        label="Verblijft het kind ergens anders?"
        leeg="Nee, het kind woont thuis"
        keuzes={keuzesUit(VERBLIJF_LABELS)}
        waarde={v.verblijf}
        onChange={zet("verblijf")}
      />
      {v.verblijf ? (
        <Tekstveld
          id="woonplaats-voor-verblijf"
          label="CBS-code van de BRP-gemeente direct vóór het verblijf"
          value={v.brpVoorVerblijf}
          onChange={(e) => zet("brpVoorVerblijf")(e.currentTarget.value)}
        />
      ) : null}
    </Fieldset>
  );
}

/** The live routing proposal (announced politely when it changes). */
function Routering({ triage }: { triage: Voorstel }) {
  return (
    <section aria-labelledby="voorstel-kop" aria-live="polite" className="voordeur-contact__voorstel">
      <Heading2 id="voorstel-kop">Routering</Heading2>
      {triage ? (
        <>
          <Paragraph>
            Voorstel: werkvoorraad <strong>{triage.voorstel.werkvoorraadNaam}</strong>
            {triage.voorstel.spoed ? " (direct oppakken)" : ""}. {triage.voorstel.uitleg}
          </Paragraph>
          <Paragraph>
            {triage.meervoudigheid.soort === "meervoudig" ? "Meervoudig" : "Enkelvoudig"}:{" "}
            {triage.meervoudigheid.reden}.
          </Paragraph>
          {triage.woonplaats ? <Paragraph>Woonplaatsbeginsel: {triage.woonplaats.grond}</Paragraph> : null}
        </>
      ) : (
        <Paragraph>Vul de veiligheidscheck en het wetsdomein in voor een voorstel.</Paragraph>
      )}
    </section>
  );
}

/** What happens with the contact: a new zaak (in the proposed or another werkvoorraad), a lopende zaak, a handover. */
function Uitkomst({
  v,
  zet,
  triage,
  openZaken,
  fout,
}: {
  v: Invoer;
  zet: Zet;
  triage: Voorstel;
  openZaken: IagPersoon["zaken"];
  fout: string | undefined;
}) {
  return (
    <>
      <Keuzerondjes
        id="contact-uitkomst"
        legenda="Wat gebeurt er met het contact?"
        keuzes={[
          { waarde: "zaak", label: "Nieuwe zaak aanmaken" },
          ...(openZaken.length > 0 ? [{ waarde: "koppel", label: "Toevoegen aan een lopende zaak" }] : []),
          { waarde: "overdracht", label: "Warme overdracht aan een andere gemeente" },
        ]}
        waarde={v.uitkomst}
        onChange={zet("uitkomst")}
        fout={fout}
      />
      {v.uitkomst === "zaak" && triage ? (
        <>
          <Keuzeveld
            id="contact-werkvoorraad"
            label="Werkvoorraad"
            keuzes={triage.keuzes.map((k) => ({
              waarde: k.code,
              label: k.code === triage.voorstel.werkvoorraad ? `${k.naam} (voorstel)` : k.naam,
            }))}
            waarde={v.werkvoorraad || triage.voorstel.werkvoorraad}
            onChange={zet("werkvoorraad")}
          />
          {v.werkvoorraad && v.werkvoorraad !== triage.voorstel.werkvoorraad ? (
            <Tekstvak
              id="contact-reden"
              label={`Reden om af te wijken van ${werkvoorraadLabel(triage.voorstel.werkvoorraad)}`}
              waarde={v.reden}
              onChange={zet("reden")}
            />
          ) : null}
        </>
      ) : null}
      {v.uitkomst === "koppel" ? (
        <Keuzeveld
          id="contact-koppel"
          label="Lopende zaak"
          leeg="Kies de zaak"
          keuzes={openZaken.map((z) => ({
            waarde: z.id,
            label: `${z.zaaknummer} (${zaaktypeLabel(z.zaaktype)})`,
          }))}
          waarde={v.koppelZaak}
          onChange={zet("koppelZaak")}
        />
      ) : null}
      {v.uitkomst === "overdracht" ? (
        <>
          <Tekstveld
            id="contact-overdracht-gemeente"
            label="CBS-code van de gemeente die overneemt"
            beschrijving="Bij jeugd volgt de gemeente uit het woonplaatsbeginsel."
            value={v.overdrachtGemeente || triage?.woonplaats?.verantwoordelijk || ""}
            onChange={(e) => zet("overdrachtGemeente")(e.currentTarget.value)}
          />
          <Tekstvak
            id="contact-overdracht-notitie"
            label="Overdrachtsnotitie"
            waarde={v.notitie}
            onChange={zet("notitie")}
          />
        </>
      ) : null}
    </>
  );
}

/** Register a contact: the question, direct answer or triage + veiligheidscheck, and the outcome. */
export function ContactFormulier({
  persoon,
  gezinsleden,
  hulpvraag,
  onGeregistreerd,
}: {
  persoon: IagPersoon | null;
  gezinsleden: string[];
  hulpvraag?: OpgepakteHulpvraag | null;
  onGeregistreerd: (resultaat: AanmeldingResultaat) => void;
}) {
  const [v, setV] = useState<Invoer>(LEEG);
  useEffect(() => {
    if (!hulpvraag) return;
    const { thema, vraag, leefgebieden } = hulpvraag;
    setV((oud) => ({ ...oud, kanaal: "portaal", thema, vraag, leefgebieden }));
  }, [hulpvraag]);
  const zet: Zet =
    <K extends keyof Invoer>(veld: K) =>
    (waarde: Invoer[K]) =>
      setV((oud) => ({ ...oud, [veld]: waarde }));
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [melding, setMelding] = useState<string | undefined>();
  const overzicht = useRef<HTMLDivElement>(null);
  const aanmelden = useAanmelden();
  const voorstel = useRouteringsvoorstel(routeringInvoer(v));
  const triage = voorstel.data;
  const openZaken = persoon?.zaken.filter((z) => z.open) ?? [];
  // Another main person keeps everything typed; only a chosen zaak of the previous person no longer applies.
  const persoonId = persoon?.id ?? null;
  useEffect(() => {
    void persoonId;
    setV((oud) =>
      oud.koppelZaak || oud.uitkomst === "koppel"
        ? { ...oud, koppelZaak: "", uitkomst: oud.uitkomst === "koppel" ? "zaak" : oud.uitkomst }
        : oud,
    );
  }, [persoonId]);

  function versturen(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const lokaal: Veldfouten = {};
    if (!v.thema) lokaal.thema = "Kies een thema";
    if (!v.vraag.trim()) lokaal.vraag = "Beschrijf de vraag kort";
    if (!v.direct) lokaal.directBeantwoord = "Kies ja of nee";
    if (v.direct === "nee" && (!v.signalen || !v.veiligheid)) lokaal.triage = "Doe de veiligheidscheck";
    if (Object.keys(lokaal).length > 0) {
      setFouten(lokaal);
      setMelding(undefined);
      requestAnimationFrame(() => overzicht.current?.focus());
      return;
    }
    aanmelden.mutate(verzoek(v, persoon, gezinsleden, triage?.voorstel.werkvoorraad, hulpvraag?.id), {
      onSuccess: (resultaat) => {
        setFouten({});
        setMelding(undefined);
        setV(LEEG);
        onGeregistreerd(resultaat);
      },
      onError: (fout) => {
        setFouten(isApiFout(fout) && fout.status === 400 ? veldfoutenUit(fout.errors) : {});
        setMelding(isApiFout(fout) && fout.status === 400 ? undefined : foutmelding(fout));
        requestAnimationFrame(() => overzicht.current?.focus());
      },
    });
  }

  const onveilig = v.veiligheid === "onveilig" || v.veiligheid === "crisis";
  const opslaan = (
    <ButtonGroup>
      <Button type="submit" appearance="primary-action-button" disabled={aanmelden.isPending}>
        Contact registreren
      </Button>
    </ButtonGroup>
  );
  // Two columns on a desktop once triage is needed: the contact with the wetsdomeinen, then life areas and outcome.
  return (
    <form
      onSubmit={versturen}
      noValidate
      aria-labelledby="contact-kop"
      className={v.direct === "nee" ? "voordeur-contact voordeur-contact--triage" : "voordeur-contact"}
    >
      <div className="voordeur-contact__kolom">
        <div className="voordeur-contact__kop">
          <Heading2 id="contact-kop" tabIndex={-1}>
            Contact registreren
          </Heading2>
          {persoon ? <Paragraph>Contact over {persoon.naam}.</Paragraph> : null}
        </div>
        <Foutoverzicht ref={overzicht} fouten={fouten} velden={VELDEN} melding={melding} />
        {persoon ? null : (
          <Tekstveld
            id="contact-naam"
            label="Naam (als de inwoner niet gevonden is)"
            beschrijving="Laat leeg als het contact over niemand in het bijzonder gaat."
            value={v.naamZonderRegistratie}
            onChange={(e) => zet("naamZonderRegistratie")(e.currentTarget.value)}
          />
        )}
        <div className="voordeur-iag__rij">
          <Keuzeveld
            id="contact-kanaal"
            label="Kanaal"
            keuzes={keuzesUit(AANMELDKANAAL_LABELS)}
            waarde={v.kanaal}
            onChange={zet("kanaal")}
            fout={fouten.kanaal}
          />
          {v.kanaal === "verwijzer" ? (
            <>
              <Keuzeveld
                id="contact-verwijzer"
                label="Verwijzer"
                leeg="Kies wie verwijst"
                keuzes={keuzesUit(VERWIJZER_LABELS)}
                waarde={v.verwijzerSoort}
                onChange={zet("verwijzerSoort")}
                fout={fouten.verwijzer}
              />
              <Tekstveld
                id="contact-verwijzer-naam"
                label="Naam van de verwijzer"
                value={v.verwijzerNaam}
                onChange={(e) => zet("verwijzerNaam")(e.currentTarget.value)}
              />
            </>
          ) : null}
          <Keuzeveld
            id="contact-thema"
            label="Thema"
            leeg="Kies een thema"
            keuzes={keuzesUit(CONTACT_THEMA_LABELS)}
            waarde={v.thema}
            onChange={zet("thema")}
            fout={fouten.thema}
          />
        </div>
        <Tekstvak
          id="contact-vraag"
          label="Vraag van de inwoner"
          rows={2}
          waarde={v.vraag}
          onChange={zet("vraag")}
          fout={fouten.vraag}
        />
        <Keuzerondjes
          id="contact-direct"
          className="voordeur-keuzerondjes--op-een-regel"
          legenda="Is de vraag direct beantwoord?"
          keuzes={JA_NEE}
          waarde={v.direct}
          onChange={zet("direct")}
          fout={fouten.directBeantwoord}
        />
        {v.direct === "ja" ? (
          <Tekstvak
            id="contact-antwoord"
            label="Gegeven antwoord"
            waarde={v.antwoord}
            onChange={zet("antwoord")}
            fout={fouten.antwoord}
          />
        ) : null}

        {v.direct === "nee" ? (
          <>
            <Fieldset aria-describedby={fouten.triage ? "triage-fout" : undefined}>
              <FieldsetLegend>Triage en veiligheidscheck</FieldsetLegend>
              {fouten.triage ? (
                <Paragraph id="triage-fout" className="utrecht-form-field-error-message">
                  {fouten.triage}
                </Paragraph>
              ) : null}
              <Keuzerondjes
                id="triage-signalen"
                className="voordeur-keuzerondjes--op-een-regel"
                legenda="Zijn er veiligheidssignalen?"
                keuzes={JA_NEE}
                waarde={v.signalen}
                onChange={zet("signalen")}
              />
              {v.signalen === "ja" ? (
                <Tekstvak
                  id="triage-signalen-tekst"
                  label="Welke signalen?"
                  rows={2}
                  waarde={v.signalenTekst}
                  onChange={zet("signalenTekst")}
                />
              ) : null}
              <Keuzerondjes
                id="triage-veiligheid"
                className="voordeur-keuzerondjes--naast-elkaar"
                legenda="Uitkomst veiligheidscheck"
                keuzes={keuzesUit(VEILIGHEID_LABELS)}
                waarde={v.veiligheid}
                onChange={zet("veiligheid")}
              />
              {onveilig ? (
                <>
                  <Alert type="warning">
                    <Paragraph>
                      Bespreek dit nu direct met de Regiegroep en leg het gesprek en de acties vast.
                    </Paragraph>
                  </Alert>
                  <Tekstvak
                    id="triage-gesprek"
                    label="Gesprek met de Regiegroep"
                    waarde={v.gesprek}
                    onChange={zet("gesprek")}
                  />
                  <Tekstvak
                    id="triage-acties"
                    label="Afgesproken acties"
                    waarde={v.acties}
                    onChange={zet("acties")}
                  />
                </>
              ) : null}
            </Fieldset>
            <Keuzeveld
              id="triage-wetdomein"
              label="Wetsdomein"
              leeg="Kies het wetsdomein"
              keuzes={keuzesUit(WET_DOMEIN_LABELS)}
              waarde={v.wetDomein}
              onChange={zet("wetDomein")}
            />
            <Jeugdleeftijd persoon={persoon} wetDomein={v.wetDomein} kies={zet("wetDomein")} />
            <div className="voordeur-contact__wetten">
              <Keuzelijst
                id="triage-extra-wetten"
                legenda="Spelen er ook andere wetsdomeinen? (niet verplicht)"
                keuzes={keuzesUit(WET_DOMEIN_LABELS).filter(
                  (k) => k.waarde !== v.wetDomein && k.waarde !== "onbekend",
                )}
                gekozen={v.extraWetten.filter((w) => w !== v.wetDomein)}
                onChange={zet("extraWetten")}
              />
            </div>
            {metJeugdwet(v) ? <Woonplaats v={v} zet={zet} persoon={persoon} /> : null}
          </>
        ) : (
          opslaan
        )}
      </div>

      {v.direct === "nee" ? (
        <div className="voordeur-contact__kolom">
          <Keuzelijst
            id="triage-leefgebieden"
            legenda="Leefgebieden waarop de vraag speelt"
            keuzes={keuzesUit(LEEFGEBIED_LABELS)}
            gekozen={v.leefgebieden}
            onChange={zet("leefgebieden")}
          />
          <Routering triage={triage} />
          <Uitkomst v={v} zet={zet} triage={triage} openZaken={openZaken} fout={fouten.uitkomst} />
          {opslaan}
        </div>
      ) : null}
    </form>
  );
}

/**
 * What happened after registering: the zaaknummer, the werkvoorraad it landed in and why. A link to the zaak
 * only when the API says the medewerker may read it (content only of the own vakgroep).
 */
export function Geregistreerd({ resultaat }: { resultaat: AanmeldingResultaat }) {
  const zaak = resultaat.zaak;
  const geinformeerd =
    resultaat.geinformeerd > 0
      ? ` ${resultaat.geinformeerd === 1 ? "De betrokken medewerker is" : `${resultaat.geinformeerd} betrokken medewerkers zijn`} geïnformeerd.`
      : "";
  if (!zaak) {
    return (
      <Alert type="ok" role="status">
        <Paragraph>
          {resultaat.contact.uitkomst === "overdracht"
            ? "Het contact is geregistreerd met een warme overdracht; er is geen zaak aangemaakt."
            : "Het contact is geregistreerd."}
          {geinformeerd}
        </Paragraph>
      </Alert>
    );
  }
  const werkvoorraad = werkvoorraadLabel(zaak.werkvoorraad);
  return (
    <Alert type="ok" role="status">
      <Paragraph>
        Zaak {zaak.zaaknummer} is aangemaakt in de werkvoorraad {werkvoorraad}
        {zaak.spoed ? " en wordt direct opgepakt" : ""}.{geinformeerd}
      </Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>Zaaknummer</DataListKey>
          <DataListValue value={zaak.zaaknummer}>{zaak.zaaknummer}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Werkvoorraad</DataListKey>
          <DataListValue value={werkvoorraad}>{werkvoorraad}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Reden van de routering</DataListKey>
          <DataListValue value={zaak.routering.uitleg}>{zaak.routering.uitleg}</DataListValue>
        </DataListItem>
      </DataList>
      {zaak.magOpenen ? (
        <ButtonGroup>
          <KnopLink to={`/zaken/${zaak.id}`}>Zaak {zaak.zaaknummer} openen</KnopLink>
        </ButtonGroup>
      ) : (
        <Paragraph>
          De inhoud van deze zaak is alleen zichtbaar voor de werkvoorraad {werkvoorraad}; zij pakken de zaak
          op.
        </Paragraph>
      )}
    </Alert>
  );
}

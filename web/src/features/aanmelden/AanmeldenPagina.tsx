import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import type { AanmeldingResultaat } from "../../lib/contract";
import { Tekstveld } from "../../lib/formulier";
import { LaadFout, Laden, PaginaTitel, Uitklapper } from "../../lib/ui";
import { MeldcodeVanuitAanmelden } from "../meldcode/VanuitAanmelden";
import { usePersonen } from "../personen/api";
import { NieuweInwoner } from "../personen/NieuweInwoner";
import { datum } from "../personen/weergave";
import { useIagPersoon } from "./api";
import { ContactFormulier, Geregistreerd, type OpgepakteHulpvraag } from "./ContactFormulier";
import { HulpvragenUitPortaal, HulpvragenWachten } from "./HulpvragenUitPortaal";
import { IntakeAfspraak } from "./IntakeAfspraak";
import { InwonerPaneel } from "./InwonerPaneel";
import { Turven } from "./Turven";
import "./iag.css";

/** The IAG screen: search a resident, see who is involved and earlier contacts, register the contact. */
export function AanmeldenPagina() {
  const [invoer, setInvoer] = useState("");
  const [zoek, setZoek] = useState("");
  const [gekozen, setGekozen] = useState<string | null>(null);
  const [gezinsleden, setGezinsleden] = useState<string[]>([]);
  const [resultaat, setResultaat] = useState<AanmeldingResultaat | null>(null);
  const [hulpvraag, setHulpvraag] = useState<OpgepakteHulpvraag | null>(null);
  const personen = usePersonen(zoek, 1);
  const persoon = useIagPersoon(gekozen);

  function zoeken(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setZoek(invoer.trim());
    setGekozen(null);
    setGezinsleden([]);
    setResultaat(null);
  }

  function kies(id: string | null) {
    setGekozen(id);
    setGezinsleden([]);
    setResultaat(null);
    requestAnimationFrame(() => document.getElementById(id ? "inwoner-kop" : "contact-kop")?.focus());
  }

  return (
    <>
      {/*
       * On a desktop (≥ 1200px) three columns: the search and the resident, the contact, the triage and outcome; a
       * common phone call fits on one 1366×768 screen. Narrower, everything stacks in this (tab) order.
       */}
      <div className="voordeur-iag">
        <div className="voordeur-iag__inwoner">
          <PaginaTitel>Aanmelden</PaginaTitel>
          <HulpvragenWachten />
          <search>
            <form onSubmit={zoeken} noValidate className="voordeur-iag-zoek">
              <Tekstveld
                id="zoek-inwoner"
                type="search"
                autoComplete="off"
                verplicht
                label="Zoek een inwoner"
                beschrijving="Op BSN, achternaam (beginletters), geboortedatum (5-3-1950) of postcode met huisnummer (9301 AB 12)."
                value={invoer}
                onChange={(e) => setInvoer(e.currentTarget.value)}
              />
              <ButtonGroup>
                <Button type="submit" appearance="primary-action-button">
                  Zoeken
                </Button>
                <Button type="button" appearance="secondary-action-button" onClick={() => kies(null)}>
                  Contact zonder geregistreerde inwoner
                </Button>
              </ButtonGroup>
            </form>
          </search>
          {gekozen ? null : (
            <Uitklapper titel="Inwoner niet gevonden? Nieuwe inwoner registreren (ook zonder BSN)">
              <NieuweInwoner onGeregistreerd={(p) => kies(p.id)} />
            </Uitklapper>
          )}

          {zoek.length >= 2 && !gekozen ? (
            <section aria-labelledby="gevonden-kop">
              <Heading2 id="gevonden-kop">Gevonden inwoners</Heading2>
              {personen.isPending ? <Laden tekst="Bezig met zoeken…" /> : null}
              {personen.isError ? <LaadFout fout={personen.error} /> : null}
              {personen.data?.items.length === 0 ? (
                <Paragraph>Geen inwoners gevonden voor "{zoek}".</Paragraph>
              ) : null}
              {personen.data && personen.data.items.length > 0 ? (
                <UnorderedList>
                  {personen.data.items.map((p) => (
                    <UnorderedListItem key={p.id}>
                      <Button appearance="subtle-button" onClick={() => kies(p.id)}>
                        Kies {p.naam}
                      </Button>{" "}
                      geboren {datum(p.geboortedatum)}, {p.adres}, BSN {p.bsnGemaskeerd ?? "onbekend"}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              ) : null}
            </section>
          ) : null}

          {gekozen && persoon.isPending ? <Laden /> : null}
          {gekozen && persoon.isError ? (
            <LaadFout fout={persoon.error} opnieuw={() => void persoon.refetch()} />
          ) : null}
          {gekozen && persoon.data ? (
            <InwonerPaneel persoon={persoon.data} gezinsleden={gezinsleden} onGezinsleden={setGezinsleden} />
          ) : null}
          {gekozen && persoon.data ? (
            <MeldcodeVanuitAanmelden persoon={persoon.data} resultaat={resultaat} />
          ) : null}
        </div>
        <div className="voordeur-iag__contact">
          {resultaat ? <Geregistreerd resultaat={resultaat} /> : null}
          {resultaat?.zaak?.werkvoorraad === "buurtteam" ? (
            <IntakeAfspraak key={resultaat.zaak.id} zaakId={resultaat.zaak.id} />
          ) : null}
          {/* No key on the person: choosing another main person keeps what was typed. */}
          <ContactFormulier
            persoon={gekozen ? (persoon.data ?? null) : null}
            gezinsleden={gezinsleden}
            hulpvraag={hulpvraag}
            onGeregistreerd={(r) => {
              setHulpvraag(null);
              setResultaat(r);
              window.scrollTo({ top: 0 });
            }}
          />
        </div>
      </div>

      <HulpvragenUitPortaal
        onOpgepakt={(h) => {
          setHulpvraag(h);
          kies(h.persoonId);
        }}
      />
      <Turven />
    </>
  );
}

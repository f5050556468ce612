import { Alert, Button, ButtonGroup, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useRef, useState } from "react";
import { isApiFout } from "../../lib/api";
import type { Gebruiker, Vakgroep } from "../../lib/contract";
import {
  Foutoverzicht,
  type Keuze,
  Keuzelijst,
  Tekstveld,
  type Veldfouten,
  Vinkje,
} from "../../lib/formulier";
import { KnopLink } from "../../lib/ui";

export interface MedewerkerWaarden {
  gebruikersnaam: string;
  naam: string;
  email: string;
  rollen: string[];
  vakgroepen: string[];
  actief: boolean;
  wachtwoord: string;
}

export const LEGE_MEDEWERKER: MedewerkerWaarden = {
  gebruikersnaam: "",
  naam: "",
  email: "",
  rollen: [],
  vakgroepen: [],
  actief: true,
  wachtwoord: "",
};

export function waardenVan(g: Gebruiker): MedewerkerWaarden {
  return {
    gebruikersnaam: g.gebruikersnaam,
    naam: g.naam,
    email: g.email ?? "",
    rollen: g.rollen,
    vakgroepen: g.vakgroepen,
    actief: g.actief,
    wachtwoord: "",
  };
}

/** What the form reports back: either field errors to show or nothing (then the submit succeeded). */
export type Verstuurd = { veldfouten?: Veldfouten; melding?: string; conflict?: boolean } | undefined;

/**
 * The medewerker form, for adding (with gebruikersnaam) and editing (with actief). Validation runs
 * in `verstuur`, which returns field errors from the contract schema or the server.
 */
export function MedewerkerFormulier({
  soort,
  begin,
  rollen,
  vakgroepen,
  verstuur,
  opnieuwLaden,
}: {
  soort: "nieuw" | "wijzig";
  begin: MedewerkerWaarden;
  rollen: Keuze[];
  vakgroepen: Vakgroep[];
  verstuur: (waarden: MedewerkerWaarden) => Promise<Verstuurd>;
  opnieuwLaden?: () => void;
}) {
  const [waarden, setWaarden] = useState<MedewerkerWaarden>(begin);
  const [uitkomst, setUitkomst] = useState<Verstuurd>(undefined);
  const [bezig, setBezig] = useState(false);
  const overzichtRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  const zet = <K extends keyof MedewerkerWaarden>(veld: K, waarde: MedewerkerWaarden[K]) =>
    setWaarden((huidig) => ({ ...huidig, [veld]: waarde }));

  async function opslaan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (bezig) return;
    setBezig(true);
    try {
      const resultaat = await verstuur(waarden);
      setUitkomst(resultaat);
      if (resultaat) {
        // Let React render the messages, then move focus to them.
        requestAnimationFrame(() => (resultaat.conflict ? conflictRef : overzichtRef).current?.focus());
      }
    } catch (fout) {
      const melding = isApiFout(fout) ? fout.detail : "Opslaan is niet gelukt. Probeer het opnieuw.";
      setUitkomst({ melding });
      requestAnimationFrame(() => overzichtRef.current?.focus());
    } finally {
      setBezig(false);
    }
  }

  const fouten = uitkomst?.veldfouten ?? {};
  const velden = {
    gebruikersnaam: { label: "Gebruikersnaam", id: "gebruikersnaam" },
    naam: { label: "Naam", id: "naam" },
    email: { label: "E-mailadres", id: "email" },
    rollen: { label: "Rollen", id: "rollen" },
    vakgroepen: { label: "Vakgroepen", id: "vakgroepen" },
    actief: { label: "Actief", id: "actief" },
    wachtwoord: { label: soort === "nieuw" ? "Wachtwoord" : "Nieuw wachtwoord", id: "wachtwoord" },
  };

  // Active vakgroepen, plus inactive ones the medewerker still belongs to (so they can be removed).
  const vakgroepKeuzes: Keuze[] = vakgroepen
    .filter((groep) => groep.actief || waarden.vakgroepen.includes(groep.code))
    .map((groep) => ({
      waarde: groep.code,
      label: groep.actief ? groep.naam : `${groep.naam} (niet actief)`,
    }));

  return (
    <>
      {uitkomst?.conflict ? (
        <div ref={conflictRef} tabIndex={-1} className="voordeur-focusdoel">
          <Alert type="error">
            <Heading2>Iemand anders heeft deze medewerker intussen gewijzigd</Heading2>
            <Paragraph>
              Uw wijzigingen zijn niet opgeslagen, zodat de wijziging van de ander niet verloren gaat. Laad de
              nieuwste gegevens en voer uw wijziging opnieuw in.
            </Paragraph>
            {opnieuwLaden ? (
              <ButtonGroup>
                <Button appearance="primary-action-button" onClick={opnieuwLaden}>
                  Nieuwste gegevens laden
                </Button>
              </ButtonGroup>
            ) : null}
          </Alert>
        </div>
      ) : (
        <Foutoverzicht ref={overzichtRef} fouten={fouten} velden={velden} melding={uitkomst?.melding} />
      )}

      <form
        onSubmit={opslaan}
        noValidate
        className="voordeur-formulier"
        aria-label={soort === "nieuw" ? "Medewerker toevoegen" : "Medewerker wijzigen"}
      >
        {soort === "nieuw" ? (
          <Tekstveld
            id="gebruikersnaam"
            name="gebruikersnaam"
            label="Gebruikersnaam"
            verplicht
            beschrijving="Letters, cijfers, punt, streepje en liggend streepje. Kan later niet worden gewijzigd."
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={waarden.gebruikersnaam}
            onChange={(event) => zet("gebruikersnaam", event.currentTarget.value)}
            fout={fouten.gebruikersnaam}
          />
        ) : null}
        <Tekstveld
          id="naam"
          name="naam"
          label="Naam"
          verplicht
          autoComplete="off"
          value={waarden.naam}
          onChange={(event) => zet("naam", event.currentTarget.value)}
          fout={fouten.naam}
        />
        <Tekstveld
          id="email"
          name="email"
          type="email"
          label="E-mailadres"
          autoComplete="off"
          value={waarden.email}
          onChange={(event) => zet("email", event.currentTarget.value)}
          fout={fouten.email}
        />
        <Keuzelijst
          id="rollen"
          legenda="Rollen"
          beschrijving={
            soort === "nieuw"
              ? "Kies minstens één rol. De rol bepaalt wat de medewerker mag zien en doen. Een rol geldt pas als een teamleider of een andere beheerder hem goedkeurt."
              : "De rol bepaalt wat de medewerker mag zien en doen. Een nieuwe rol geldt pas als een teamleider of een andere beheerder hem goedkeurt; een rol afnemen gaat direct."
          }
          keuzes={rollen}
          gekozen={waarden.rollen}
          onChange={(gekozen) => zet("rollen", gekozen)}
          fout={fouten.rollen}
        />
        <Keuzelijst
          id="vakgroepen"
          legenda="Vakgroepen"
          beschrijving="De vakgroepen waarin de medewerker werkt. Een nieuwe vakgroep geeft inzage in zaken en geldt pas na goedkeuring door een teamleider of een andere beheerder."
          keuzes={vakgroepKeuzes}
          gekozen={waarden.vakgroepen}
          onChange={(gekozen) => zet("vakgroepen", gekozen)}
          fout={fouten.vakgroepen}
        />
        {soort === "wijzig" ? (
          <Vinkje
            id="actief"
            label="Actief: de medewerker kan inloggen"
            beschrijving="Zet uit om de medewerker te blokkeren. Lopende sessies worden dan beëindigd."
            aan={waarden.actief}
            onChange={(aan) => zet("actief", aan)}
            fout={fouten.actief}
          />
        ) : null}
        <Tekstveld
          id="wachtwoord"
          name="wachtwoord"
          type="password"
          label={soort === "nieuw" ? "Wachtwoord" : "Nieuw wachtwoord"}
          beschrijving={
            soort === "nieuw"
              ? "Laat leeg als de medewerker alleen met het organisatie-account (SSO) inlogt."
              : "Alleen invullen om het wachtwoord te vervangen. Lopende sessies van de medewerker worden dan beëindigd."
          }
          autoComplete="new-password"
          value={waarden.wachtwoord}
          onChange={(event) => zet("wachtwoord", event.currentTarget.value)}
          fout={fouten.wachtwoord}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={bezig}>
            {soort === "nieuw" ? "Medewerker toevoegen" : "Wijzigingen opslaan"}
          </Button>
          <KnopLink to="/beheer/medewerkers" appearance="secondary-action-button">
            Annuleren
          </KnopLink>
        </ButtonGroup>
      </form>
    </>
  );
}

import { useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
} from "@utrecht/component-library-react";
import { useNavigate, useParams } from "react-router";
import { isApiFout } from "../../lib/api";
import { type Gebruiker, nieuweGebruiker, wijzigGebruiker } from "../../lib/contract";
import { veldfoutenUit, veldfoutenUitZod } from "../../lib/formulier";
import {
  AppLink,
  datumTijd,
  GeenToegangMelding,
  Kruimelpad,
  LaadFout,
  Laden,
  PaginaTitel,
} from "../../lib/ui";
import { SESSIE_SLEUTEL, useIngelogd } from "../sessie/sessie";
import { useRollen, useVakgroepen } from "../shell/Paginas";
import { useGebruiker, voegGebruikerToe, wijzigGebruikerVersie } from "./api";
import {
  LEGE_MEDEWERKER,
  MedewerkerFormulier,
  type MedewerkerWaarden,
  type Verstuurd,
  waardenVan,
} from "./MedewerkerFormulier";
import { useToegangTekst } from "./Toegang";

/** " De nieuwe toegang wacht op goedkeuring …" when part of the change waits for a second person. */
function wachtZin(g: Gebruiker): string {
  return g.wachtOpGoedkeuring
    ? " De nieuwe rollen en vakgroepen wachten op goedkeuring door een teamleider of een andere beheerder."
    : "";
}

/** Turns a failed save into what the form shows; rethrows what it cannot place. */
function alsUitkomst(fout: unknown): Verstuurd {
  if (isApiFout(fout)) {
    if (fout.errors.length > 0) return { veldfouten: veldfoutenUit(fout.errors), melding: fout.detail };
    if (fout.status === 409) return { conflict: true };
    return { melding: fout.detail };
  }
  throw fout;
}

function useKeuzes() {
  const rollen = useRollen();
  const vakgroepen = useVakgroepen();
  return {
    rollen,
    vakgroepen,
    rolKeuzes: (rollen.data ?? []).map((rol) => ({ waarde: rol.code, label: rol.label })),
  };
}

export function MedewerkerToevoegenPagina() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { rollen, vakgroepen, rolKeuzes } = useKeuzes();

  async function verstuur(waarden: MedewerkerWaarden): Promise<Verstuurd> {
    const invoer = {
      gebruikersnaam: waarden.gebruikersnaam.trim(),
      naam: waarden.naam.trim(),
      ...(waarden.email.trim() ? { email: waarden.email.trim() } : {}),
      rollen: waarden.rollen,
      vakgroepen: waarden.vakgroepen,
      ...(waarden.wachtwoord ? { wachtwoord: waarden.wachtwoord } : {}),
    };
    const controle = nieuweGebruiker.safeParse(invoer);
    if (!controle.success) return { veldfouten: veldfoutenUitZod(controle.error) };
    try {
      const nieuw = await voegGebruikerToe(invoer);
      await queryClient.invalidateQueries({ queryKey: ["gebruikers"] });
      await queryClient.invalidateQueries({ queryKey: ["vakgroepen"] });
      navigate("/beheer/medewerkers", {
        state: { melding: `Medewerker ${nieuw.naam} is toegevoegd.${wachtZin(nieuw)}` },
      });
      return undefined;
    } catch (fout) {
      return alsUitkomst(fout);
    }
  }

  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Beheer", naar: "/beheer" },
          { label: "Medewerkers", naar: "/beheer/medewerkers" },
          { label: "Medewerker toevoegen" },
        ]}
      />
      <PaginaTitel>Medewerker toevoegen</PaginaTitel>
      {rollen.isPending || vakgroepen.isPending ? <Laden /> : null}
      {rollen.isError ? <LaadFout fout={rollen.error} opnieuw={() => void rollen.refetch()} /> : null}
      {vakgroepen.isError ? (
        <LaadFout fout={vakgroepen.error} opnieuw={() => void vakgroepen.refetch()} />
      ) : null}
      {rollen.data && vakgroepen.data ? (
        <MedewerkerFormulier
          soort="nieuw"
          begin={LEGE_MEDEWERKER}
          rollen={rolKeuzes}
          vakgroepen={vakgroepen.data}
          verstuur={verstuur}
        />
      ) : null}
    </>
  );
}

export function MedewerkerBewerkenPagina() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const ik = useIngelogd();
  const gebruiker = useGebruiker(id);
  const { rollen, vakgroepen, rolKeuzes } = useKeuzes();
  const toegangTekst = useToegangTekst();

  const huidig = gebruiker.data;
  const kruimels = [
    { label: "Start", naar: "/" },
    { label: "Beheer", naar: "/beheer" },
    { label: "Medewerkers", naar: "/beheer/medewerkers" },
    { label: huidig ? huidig.naam : "Medewerker" },
  ];

  if (gebruiker.isPending) {
    return (
      <>
        <Kruimelpad kruimels={kruimels} />
        <PaginaTitel>Medewerker wijzigen</PaginaTitel>
        <Laden />
      </>
    );
  }
  if (gebruiker.isError || !huidig) {
    const fout = gebruiker.error;
    if (isApiFout(fout) && fout.status === 403) return <GeenToegangMelding />;
    return (
      <>
        <Kruimelpad kruimels={kruimels} />
        <PaginaTitel>
          {isApiFout(fout) && fout.status === 404 ? "Medewerker niet gevonden" : "Medewerker wijzigen"}
        </PaginaTitel>
        <LaadFout fout={fout} opnieuw={() => void gebruiker.refetch()} />
      </>
    );
  }

  const bestaand = huidig;

  async function verstuur(waarden: MedewerkerWaarden): Promise<Verstuurd> {
    const wijziging = {
      naam: waarden.naam.trim(),
      email: waarden.email.trim() ? waarden.email.trim() : null,
      rollen: waarden.rollen,
      vakgroepen: waarden.vakgroepen,
      actief: waarden.actief,
      ...(waarden.wachtwoord ? { wachtwoord: waarden.wachtwoord } : {}),
    };
    const controle = wijzigGebruiker.safeParse(wijziging);
    if (!controle.success) return { veldfouten: veldfoutenUitZod(controle.error) };
    try {
      const opgeslagen = await wijzigGebruikerVersie(bestaand.id, bestaand.versie, wijziging);
      queryClient.setQueryData(["gebruiker", bestaand.id], opgeslagen);
      await queryClient.invalidateQueries({ queryKey: ["gebruikers"] });
      await queryClient.invalidateQueries({ queryKey: ["vakgroepen"] });
      if (bestaand.gebruikersnaam === ik.gebruikersnaam)
        await queryClient.invalidateQueries({ queryKey: SESSIE_SLEUTEL });
      navigate("/beheer/medewerkers", {
        state: {
          melding: `De wijzigingen van ${opgeslagen.naam} zijn opgeslagen.${
            opgeslagen.wachtOpGoedkeuring?.verzoekId !== bestaand.wachtOpGoedkeuring?.verzoekId
              ? wachtZin(opgeslagen)
              : ""
          }`,
        },
      });
      return undefined;
    } catch (fout) {
      return alsUitkomst(fout);
    }
  }

  return (
    <>
      <Kruimelpad kruimels={kruimels} />
      <PaginaTitel titel={`Medewerker ${bestaand.naam} wijzigen`}>Medewerker wijzigen</PaginaTitel>
      <DataList className="voordeur-gegevens">
        <DataListItem>
          <DataListKey>Naam</DataListKey>
          <DataListValue>{bestaand.naam}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Gebruikersnaam</DataListKey>
          <DataListValue>{bestaand.gebruikersnaam}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Laatst ingelogd</DataListKey>
          <DataListValue>
            {bestaand.laatstIngelogdOp ? datumTijd(bestaand.laatstIngelogdOp) : "Nog nooit"}
          </DataListValue>
        </DataListItem>
        {bestaand.sso ? (
          <DataListItem>
            <DataListKey>Inloggen</DataListKey>
            <DataListValue>Met het organisatie-account (SSO)</DataListValue>
          </DataListItem>
        ) : null}
      </DataList>
      {bestaand.wachtOpGoedkeuring ? (
        <Alert type="info">
          <Paragraph>
            Wacht op goedkeuring door een teamleider of een andere beheerder:{" "}
            {toegangTekst(bestaand.wachtOpGoedkeuring)} (gevraagd op{" "}
            {datumTijd(bestaand.wachtOpGoedkeuring.aangevraagdOp)}).{" "}
            <AppLink to="/beheer/verzoeken-om-toegang">Naar de verzoeken om toegang</AppLink>
          </Paragraph>
        </Alert>
      ) : null}
      {rollen.isError ? <LaadFout fout={rollen.error} opnieuw={() => void rollen.refetch()} /> : null}
      {vakgroepen.isError ? (
        <LaadFout fout={vakgroepen.error} opnieuw={() => void vakgroepen.refetch()} />
      ) : null}
      {rollen.data && vakgroepen.data ? (
        <MedewerkerFormulier
          key={bestaand.versie}
          soort="wijzig"
          begin={waardenVan(bestaand)}
          rollen={rolKeuzes}
          vakgroepen={vakgroepen.data}
          verstuur={verstuur}
          opnieuwLaden={() => void gebruiker.refetch()}
        />
      ) : rollen.isPending || vakgroepen.isPending ? (
        <Laden />
      ) : null}
    </>
  );
}

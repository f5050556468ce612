import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, ButtonGroup, Link, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { foutmelding, isApiFout } from "../../lib/api";
import { inloggen as inlogSchema } from "../../lib/contract";
import { Tekstveld, type Veldfouten, veldfoutenUitZod } from "../../lib/formulier";
import { Laden, PaginaTitel } from "../../lib/ui";
import {
  type InlogStatus,
  logIn,
  SESSIE_SLEUTEL,
  useSessie,
  useSessieConfiguratie,
  veiligTerugPad,
  zetEindeSessie,
} from "./sessie";

const ONJUIST = "De combinatie van gebruikersnaam en wachtwoord is onjuist.";

export function InloggenPagina() {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const status = (location.state ?? {}) as InlogStatus;
  const terug = veiligTerugPad(status.van);
  const sessie = useSessie();
  const configuratie = useSessieConfiguratie();

  const [gebruikersnaam, setGebruikersnaam] = useState("");
  const [wachtwoord, setWachtwoord] = useState("");
  const [veldfouten, setVeldfouten] = useState<Veldfouten>({});
  const gebruikersnaamRef = useRef<HTMLInputElement>(null);
  const wachtwoordRef = useRef<HTMLInputElement>(null);

  const inloggen = useMutation({
    mutationFn: () => logIn(gebruikersnaam.trim(), wachtwoord),
    onSuccess: (nieuw) => {
      queryClient.setQueryData(SESSIE_SLEUTEL, nieuw);
      navigate(terug, { replace: true });
    },
    onError: () => {
      setWachtwoord("");
      wachtwoordRef.current?.focus();
    },
  });

  // The reason for coming here has been passed on through the router state; forget it.
  useEffect(() => zetEindeSessie(undefined), []);

  // Start typing right away: focus the first field once the form is there.
  const formulierZichtbaar = !sessie.isPending && !sessie.data;
  useEffect(() => {
    if (formulierZichtbaar) gebruikersnaamRef.current?.focus();
  }, [formulierZichtbaar]);

  if (sessie.isPending) return <Laden />;
  if (sessie.data && !inloggen.isPending) return <Navigate to={terug} replace />;

  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const controle = inlogSchema.safeParse({ gebruikersnaam: gebruikersnaam.trim(), wachtwoord });
    if (!controle.success) {
      const fouten = veldfoutenUitZod(controle.error);
      setVeldfouten(fouten);
      (fouten.gebruikersnaam ? gebruikersnaamRef : wachtwoordRef).current?.focus();
      return;
    }
    setVeldfouten({});
    if (!inloggen.isPending) inloggen.mutate();
  }

  const fout = inloggen.error;
  const serverMelding = fout
    ? isApiFout(fout) && fout.status === 401
      ? ONJUIST
      : foutmelding(fout)
    : undefined;

  return (
    <div className="voordeur-inloggen">
      <PaginaTitel>Inloggen</PaginaTitel>
      {status.reden === "verlopen" ? (
        <Alert type="warning" role="status">
          <Paragraph>Uw sessie is verlopen. Log opnieuw in.</Paragraph>
        </Alert>
      ) : null}
      {status.reden === "uitgelogd" ? (
        <Alert type="ok" role="status">
          <Paragraph>U bent uitgelogd.</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>Log in met uw gebruikersnaam en wachtwoord van Voordeur.</Paragraph>

      <div aria-live="assertive" role="alert" className="voordeur-meldingplek">
        {serverMelding ? (
          <Alert type="error" role="none">
            <Paragraph>{serverMelding}</Paragraph>
          </Alert>
        ) : null}
      </div>

      <form onSubmit={verstuur} noValidate className="voordeur-formulier" aria-label="Inloggen">
        <Tekstveld
          ref={gebruikersnaamRef}
          id="gebruikersnaam"
          name="gebruikersnaam"
          label="Gebruikersnaam"
          verplicht
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={gebruikersnaam}
          onChange={(event) => setGebruikersnaam(event.currentTarget.value)}
          fout={veldfouten.gebruikersnaam}
        />
        <Tekstveld
          ref={wachtwoordRef}
          id="wachtwoord"
          name="wachtwoord"
          type="password"
          label="Wachtwoord"
          verplicht
          autoComplete="current-password"
          value={wachtwoord}
          onChange={(event) => setWachtwoord(event.currentTarget.value)}
          fout={veldfouten.wachtwoord}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={inloggen.isPending}>
            Inloggen
          </Button>
        </ButtonGroup>
      </form>

      {configuratie.data?.sso ? (
        <Paragraph>
          <Link href="/api/sessie/oidc/start">Inloggen met uw organisatie-account (SSO)</Link>
        </Paragraph>
      ) : null}
    </div>
  );
}

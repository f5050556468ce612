import { useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Button,
  ButtonGroup,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { isApiFout } from "../../lib/api";
import type { Rolverzoek } from "../../lib/contract";
import { Paginering, paginaUit } from "../../lib/paginering";
import { datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { beslisOverRolverzoek, useRolverzoeken } from "./api";
import { useToegangTekst } from "./Toegang";

type Melding = { soort: "ok" | "error"; tekst: string };

/** The buttons of one request: approve (second persons only) and refuse — or withdraw, for the one who asked. */
function Beslisknoppen({
  verzoek,
  ikVroeg,
  bezig,
  beslis,
}: {
  verzoek: Rolverzoek;
  ikVroeg: boolean;
  bezig: string | undefined;
  beslis: (verzoek: Rolverzoek, pad: "goedkeuring" | "weigering") => void;
}) {
  const wie = verzoek.gebruiker.naam;
  if (!verzoek.magGoedkeuren && !verzoek.magWeigeren)
    return <Paragraph>Een teamleider of een andere beheerder beslist hierover.</Paragraph>;
  return (
    <ButtonGroup>
      {verzoek.magGoedkeuren ? (
        <Button
          appearance="primary-action-button"
          busy={bezig === `${verzoek.id}-goedkeuring`}
          disabled={bezig !== undefined}
          aria-label={`Goedkeuren: toegang voor ${wie}`}
          onClick={() => beslis(verzoek, "goedkeuring")}
        >
          Goedkeuren
        </Button>
      ) : null}
      {verzoek.magWeigeren ? (
        <Button
          appearance="secondary-action-button"
          busy={bezig === `${verzoek.id}-weigering`}
          disabled={bezig !== undefined}
          aria-label={`${ikVroeg ? "Intrekken" : "Weigeren"}: toegang voor ${wie}`}
          onClick={() => beslis(verzoek, "weigering")}
        >
          {ikVroeg ? "Intrekken" : "Weigeren"}
        </Button>
      ) : null}
    </ButtonGroup>
  );
}

/**
 * Beheer: requests for roles and vakgroepen that give access to residents' data. A teamleider or another
 * beheerder approves or refuses them in their own session; who asked can only withdraw (vier-ogen.ts).
 */
export function RolverzoekenPagina() {
  const [params] = useSearchParams();
  const paginaNummer = paginaUit(params.get("pagina"));
  const verzoeken = useRolverzoeken("open", paginaNummer);
  const queryClient = useQueryClient();
  const toegangTekst = useToegangTekst();
  const [melding, setMelding] = useState<Melding | undefined>(undefined);
  const [bezig, setBezig] = useState<string | undefined>(undefined);

  async function beslis(verzoek: Rolverzoek, pad: "goedkeuring" | "weigering") {
    if (bezig) return;
    setBezig(`${verzoek.id}-${pad}`);
    setMelding(undefined);
    try {
      const besloten = await beslisOverRolverzoek(verzoek.id, verzoek.versie, pad);
      const wat = toegangTekst(besloten);
      const tekst = {
        goedgekeurd: `${besloten.gebruiker.naam} heeft nu ${wat}.`,
        geweigerd: `Het verzoek om ${wat} voor ${besloten.gebruiker.naam} is geweigerd.`,
        ingetrokken: `Het verzoek om ${wat} voor ${besloten.gebruiker.naam} is ingetrokken.`,
        open: "",
      }[besloten.status];
      setMelding({ soort: "ok", tekst });
    } catch (fout) {
      setMelding({
        soort: "error",
        tekst: isApiFout(fout) ? fout.detail : "Dat is niet gelukt. Probeer het opnieuw.",
      });
    } finally {
      setBezig(undefined);
      await queryClient.invalidateQueries({ queryKey: ["rolverzoeken"] });
      await queryClient.invalidateQueries({ queryKey: ["gebruikers"] });
    }
  }

  const data = verzoeken.data;
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Beheer", naar: "/beheer" },
          { label: "Verzoeken om toegang" },
        ]}
      />
      <PaginaTitel>Verzoeken om toegang</PaginaTitel>
      <Paragraph>
        Een rol of vakgroep geeft toegang tot gegevens van inwoners. Daarom krijgt een medewerker die pas als
        een tweede persoon het goedkeurt: een teamleider of een andere beheerder, niet wie het vroeg en niet
        wie de toegang krijgt. Toegang intrekken gaat direct.
      </Paragraph>
      <div role="status">
        {melding ? (
          <Alert type={melding.soort} role="none">
            <Paragraph>{melding.tekst}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {verzoeken.isPending ? <Laden /> : null}
      {verzoeken.isError ? (
        <LaadFout fout={verzoeken.error} opnieuw={() => void verzoeken.refetch()} />
      ) : null}
      {data ? (
        data.totaal === 0 ? (
          <Paragraph>Er wachten geen verzoeken om toegang.</Paragraph>
        ) : (
          <>
            <TableContainer>
              <Table busy={verzoeken.isFetching}>
                <TableCaption className="voordeur-visueel-verborgen">
                  Openstaande verzoeken om toegang
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
                    <TableHeaderCell scope="col">Gevraagde toegang</TableHeaderCell>
                    <TableHeaderCell scope="col">Gevraagd door</TableHeaderCell>
                    <TableHeaderCell scope="col">Gevraagd op</TableHeaderCell>
                    <TableHeaderCell scope="col">Beslissing</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.items.map((verzoek) => (
                    <TableRow key={verzoek.id}>
                      <TableCell>
                        {verzoek.gebruiker.naam} ({verzoek.gebruiker.gebruikersnaam})
                      </TableCell>
                      <TableCell>{toegangTekst(verzoek)}</TableCell>
                      <TableCell>{verzoek.aangevraagdDoor.naam}</TableCell>
                      <TableCell>{datumTijd(verzoek.aangevraagdOp)}</TableCell>
                      <TableCell>
                        <Beslisknoppen
                          verzoek={verzoek}
                          // Only the one who asked may refuse without being allowed to approve: it is a withdrawal.
                          ikVroeg={verzoek.magWeigeren && !verzoek.magGoedkeuren}
                          bezig={bezig}
                          beslis={(v, pad) => void beslis(v, pad)}
                        />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
            <Paginering pagina={data.pagina} perPagina={data.perPagina} totaal={data.totaal} />
          </>
        )
      ) : null}
    </>
  );
}

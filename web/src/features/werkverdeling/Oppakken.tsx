import { Alert, Button, ButtonGroup, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { foutmelding, isApiFout } from "../../lib/api";
import type { VeiligOpgroeienCheck } from "../../lib/contract";
import { Keuzeveld, Tekstvak, veldfoutenUit } from "../../lib/formulier";
import { LaadFout, Laden } from "../../lib/ui";
import { useZaak } from "../zaken/api";
import { useMedewerkers, useWerkverdelingStap } from "./api";

interface OppakkenProps {
  zaakId: string;
  werkvoorraad: string;
  versie: number;
  /** Prefix for the field ids (several forms can be on one page). */
  idPrefix: string;
  onKlaar?: (behandelaar: string, veiligOpgroeien: VeiligOpgroeienCheck) => void;
  onAnnuleer?: () => void;
  focusBijOpenen?: boolean;
}

/** Put the zaak on a name (default: myself) with the considerations recorded. */
export function OppakkenFormulier(props: OppakkenProps) {
  const { zaakId, werkvoorraad, versie, idPrefix } = props;
  const medewerkers = useMedewerkers(werkvoorraad);
  const stap = useWerkverdelingStap(zaakId);
  const [behandelaar, setBehandelaar] = useState("");
  const [overwegingen, setOverwegingen] = useState("");
  const eersteVeld = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (props.focusBijOpenen) eersteVeld.current?.focus();
  }, [props.focusBijOpenen]);
  const fouten = isApiFout(stap.error) ? veldfoutenUit(stap.error.errors) : {};
  const ik = medewerkers.data?.find((m) => m.ikZelf);
  const opties = [
    { waarde: "", label: ik ? `Mijzelf (${ik.naam})` : "Mijzelf" },
    ...(medewerkers.data ?? [])
      .filter((m) => !m.ikZelf)
      .map((m) => ({ waarde: m.id, label: `${m.naam} (${m.grond})` })),
  ];

  function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    stap.mutate(
      {
        stap: {
          soort: "oppakken",
          body: { overwegingen, ...(behandelaar ? { behandelaarId: behandelaar } : {}) },
        },
        versie,
      },
      { onSuccess: (zaak) => props.onKlaar?.(zaak.behandelaar?.naam ?? "", zaak.veiligOpgroeien) },
    );
  }

  return (
    <form onSubmit={verstuur} className="voordeur-formulier" noValidate>
      {stap.isError && Object.keys(fouten).length === 0 ? (
        <Alert type="error">
          <Paragraph>{foutmelding(stap.error)}</Paragraph>
        </Alert>
      ) : null}
      <Keuzeveld
        ref={eersteVeld}
        id={`${idPrefix}-behandelaar`}
        label="Behandelaar"
        beschrijving="Op wiens naam komt de zaak? Alleen medewerkers die deze zaken mogen behandelen staan erbij."
        waarde={behandelaar}
        onChange={setBehandelaar}
        keuzes={opties}
      />
      <Tekstvak
        id={`${idPrefix}-overwegingen`}
        label="Overwegingen"
        beschrijving="Waarom wordt de zaak opgepakt, en door wie?"
        fout={fouten.overwegingen}
        waarde={overwegingen}
        onChange={setOverwegingen}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={stap.isPending}>
          Oppakken
        </Button>
        {props.onAnnuleer ? (
          <Button type="button" appearance="secondary-action-button" onClick={props.onAnnuleer}>
            Annuleren
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}

/** The open Veilig Opgroeien check after picking up, in words (not colour alone). */
export function VeiligOpgroeienMelding({ check }: { check: VeiligOpgroeienCheck }) {
  if (!check.nodig || !check.open) return null;
  return (
    <Alert type="warning">
      <Paragraph>Let op: {check.uitleg}</Paragraph>
    </Alert>
  );
}

/** The form in a werkvoorraad row, once opened: loads the zaak for its versie and werkvoorraad. */
function OppakkenUitgeklapt({
  zaakId,
  onKlaar,
  onAnnuleer,
}: {
  zaakId: string;
  onKlaar: (naam: string, check: VeiligOpgroeienCheck) => void;
  onAnnuleer: () => void;
}) {
  const detail = useZaak(zaakId);
  if (detail.isError) return <LaadFout fout={detail.error} />;
  if (!detail.data) return <Laden />;
  return (
    <OppakkenFormulier
      zaakId={zaakId}
      werkvoorraad={detail.data.werkvoorraad}
      versie={detail.data.versie}
      idPrefix={`oppakken-${zaakId}`}
      focusBijOpenen
      onKlaar={onKlaar}
      onAnnuleer={onAnnuleer}
    />
  );
}

/** The "Oppakken" control in a werkvoorraad row: a button that opens the form in place. */
export function OppakkenInRij({
  zaak,
}: {
  zaak: { id: string; zaaknummer: string; behandelaar: string | null; status: string };
}) {
  const [open, setOpen] = useState(false);
  const [klaar, setKlaar] = useState<{ naam: string; check: VeiligOpgroeienCheck } | null>(null);
  const knop = useRef<HTMLButtonElement>(null);
  const beschrijvingId = `oppakken-${zaak.id}-zaak`;

  if (klaar) {
    return (
      <>
        <p className="utrecht-paragraph" role="status">
          Opgepakt: op naam van {klaar.naam}.
        </p>
        <VeiligOpgroeienMelding check={klaar.check} />
      </>
    );
  }
  if (zaak.behandelaar !== null || zaak.status === "niet-opgepakt" || zaak.status === "afgesloten")
    return null;
  if (!open) {
    return (
      <>
        <Button
          ref={knop}
          appearance="secondary-action-button"
          aria-describedby={beschrijvingId}
          onClick={() => setOpen(true)}
        >
          Oppakken
        </Button>
        <span id={beschrijvingId} className="voordeur-visueel-verborgen">
          zaak {zaak.zaaknummer}
        </span>
      </>
    );
  }
  return (
    <OppakkenUitgeklapt
      zaakId={zaak.id}
      onKlaar={(naam, check) => setKlaar({ naam, check })}
      onAnnuleer={() => {
        setOpen(false);
        requestAnimationFrame(() => knop.current?.focus());
      }}
    />
  );
}

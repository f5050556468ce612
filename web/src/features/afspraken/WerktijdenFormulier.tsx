import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useRef, useState } from "react";
import { isApiFout } from "../../lib/api";
import type { Agenda } from "../../lib/contract";
import { Foutoverzicht, Keuzeveld, Tekstveld, type Veldfouten } from "../../lib/formulier";
import { useLocaties, useWerktijdenOpslaan } from "./api";
import { WEEKDAGEN } from "./weergave";

interface Regel {
  sleutel: number;
  weekdag: string;
  van: string;
  tot: string;
  locatieId: string;
}

const DAGEN = Object.entries(WEEKDAGEN).map(([waarde, label]) => ({ waarde, label }));

/** Edit the weekly working pattern: one row per block (weekday, from, to, location). */
export function WerktijdenFormulier({
  agenda,
  klaar,
}: {
  agenda: Agenda;
  klaar: (opgeslagen: boolean) => void;
}) {
  const locaties = useLocaties();
  const opslaan = useWerktijdenOpslaan(agenda.medewerker.id);
  const volgende = useRef(agenda.werktijden.length);
  const [regels, setRegels] = useState<Regel[]>(() =>
    agenda.werktijden.map((w, i) => ({
      sleutel: i,
      weekdag: String(w.weekdag),
      van: w.van,
      tot: w.tot,
      locatieId: w.locatieId ?? "",
    })),
  );
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [melding, setMelding] = useState<string>();
  const overzicht = useRef<HTMLDivElement>(null);

  const zet = (sleutel: number, wijziging: Partial<Regel>) =>
    setRegels((huidig) => huidig.map((r) => (r.sleutel === sleutel ? { ...r, ...wijziging } : r)));

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await opslaan.mutateAsync({
        versie: agenda.versie,
        werktijden: regels.map((r) => ({
          weekdag: Number(r.weekdag),
          van: r.van,
          tot: r.tot,
          locatieId: r.locatieId || null,
        })),
      });
      klaar(true);
    } catch (fout) {
      // Field errors come as "werktijden.<i>.<veld>"; show them at the row's field.
      const perVeld: Veldfouten = {};
      for (const e of isApiFout(fout) ? fout.errors : []) {
        const [, index, veld] = e.veld.split(".");
        const regel = regels[Number(index)];
        perVeld[regel && veld ? `${veld}-${regel.sleutel}` : e.veld] = e.melding;
      }
      setFouten(perVeld);
      setMelding(isApiFout(fout) ? fout.detail : "Opslaan is niet gelukt.");
      requestAnimationFrame(() => overzicht.current?.focus());
    }
  }

  const velden = Object.fromEntries(
    regels.flatMap((r, i) =>
      (["van", "tot", "locatieId"] as const).map((veld) => [
        `${veld}-${r.sleutel}`,
        {
          label: `Regel ${i + 1}, ${veld === "locatieId" ? "locatie" : veld}`,
          id: `werktijd-${veld}-${r.sleutel}`,
        },
      ]),
    ),
  );
  const locatieKeuzes = (locaties.data?.items ?? []).map((l) => ({ waarde: l.id, label: l.naam }));

  return (
    <form onSubmit={verstuur} noValidate className="voordeur-formulier" aria-label="Werktijden wijzigen">
      <Foutoverzicht ref={overzicht} fouten={fouten} velden={velden} melding={melding} />
      {regels.length === 0 ? <Paragraph>Geen werktijden. Voeg een regel toe.</Paragraph> : null}
      {regels.map((r, i) => (
        <Fieldset key={r.sleutel}>
          <FieldsetLegend>Regel {i + 1}</FieldsetLegend>
          <Keuzeveld
            id={`werktijd-weekdag-${r.sleutel}`}
            label="Dag"
            keuzes={DAGEN}
            waarde={r.weekdag}
            onChange={(weekdag) => zet(r.sleutel, { weekdag })}
          />
          <Tekstveld
            id={`werktijd-van-${r.sleutel}`}
            label="Van"
            type="time"
            verplicht
            value={r.van}
            onChange={(e) => zet(r.sleutel, { van: e.currentTarget.value })}
            fout={fouten[`van-${r.sleutel}`]}
          />
          <Tekstveld
            id={`werktijd-tot-${r.sleutel}`}
            label="Tot"
            type="time"
            verplicht
            value={r.tot}
            onChange={(e) => zet(r.sleutel, { tot: e.currentTarget.value })}
            fout={fouten[`tot-${r.sleutel}`]}
          />
          <Keuzeveld
            id={`werktijd-locatieId-${r.sleutel}`}
            label="Locatie"
            leeg="Wisselend (geen vaste locatie)"
            keuzes={locatieKeuzes}
            waarde={r.locatieId}
            onChange={(locatieId) => zet(r.sleutel, { locatieId })}
            fout={fouten[`locatieId-${r.sleutel}`]}
          />
          <ButtonGroup>
            <Button
              appearance="subtle-button"
              onClick={() => setRegels((huidig) => huidig.filter((x) => x.sleutel !== r.sleutel))}
            >
              Regel {i + 1} verwijderen
            </Button>
          </ButtonGroup>
        </Fieldset>
      ))}
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            const sleutel = volgende.current++;
            setRegels((huidig) => [
              ...huidig,
              { sleutel, weekdag: "1", van: "08:30", tot: "17:00", locatieId: "" },
            ]);
          }}
        >
          Regel toevoegen
        </Button>
      </ButtonGroup>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={opslaan.isPending}>
          Werktijden opslaan
        </Button>
        <Button appearance="subtle-button" onClick={() => klaar(false)}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

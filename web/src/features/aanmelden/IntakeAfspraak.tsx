/**
 * Right after an aanmelding landed in the buurtteam werkvoorraad: the aanmeldteam books the intake in a buurtteam
 * professional's agenda, without leaving the IAG screen (issue 16; policy rule 13a). One list of the free hours of
 * the coming two weeks, per professional and place; booking sends the confirmation as any appointment does.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { datumMetWeekdag } from "../../../../src/domain/afspraken/tijd";
import { api, isApiFout } from "../../lib/api";
import { intakeTijden } from "../../lib/contract";
import { Keuzeveld, Verzendformulier } from "../../lib/formulier";
import { Laden } from "../../lib/ui";

export function IntakeAfspraak({ zaakId }: { zaakId: string }) {
  const tijden = useQuery({
    queryKey: ["aanmelden", "intake-tijden", zaakId],
    queryFn: ({ signal }) =>
      api(`/aanmelden/zaken/${encodeURIComponent(zaakId)}/intake-tijden`, { schema: intakeTijden, signal }),
    retry: false,
  });
  const boek = useMutation({
    mutationFn: (body: { medewerkerId: string; locatieId: string; datum: string; begintijd: string }) =>
      api(`/aanmelden/zaken/${encodeURIComponent(zaakId)}/intake-afspraak`, { method: "POST", body }),
  });
  const [keuze, setKeuze] = useState("");
  const [fout, setFout] = useState<string>();

  if (tijden.isPending) return <Laden tekst="Vrije uren van het buurtteam zoeken…" />;
  if (tijden.isError) return null;
  if (boek.isSuccess)
    return (
      <Alert type="ok" role="status">
        <Paragraph>
          De intakeafspraak met het buurtteam is gemaakt; de inwoner krijgt een bevestiging.
        </Paragraph>
      </Alert>
    );
  const keuzes = tijden.data.items.flatMap((m) =>
    m.tijden.map((t) => ({
      waarde: [m.medewerkerId, t.locatieId, t.datum, t.begintijd].join("|"),
      // Short enough for the field: the year and the end time (an hour, said above) are left out.
      label: `${m.naam}, ${datumMetWeekdag(t.datum).replace(/ \d{4}$/, "")} ${t.begintijd}, ${t.locatie}`,
    })),
  );
  return (
    <section aria-labelledby="intake-kop" className="voordeur-iag__intake">
      <Heading3 id="intake-kop">Intakeafspraak met het buurtteam</Heading3>
      {keuzes.length === 0 ? (
        <Paragraph>
          Het buurtteam heeft de komende twee weken geen vrij uur; het buurtteam belt de inwoner.
        </Paragraph>
      ) : (
        <Verzendformulier
          label="Intakeafspraak"
          knop="Intakeafspraak maken"
          bezig={boek.isPending}
          verstuur={() => {
            const [medewerkerId = "", locatieId = "", datum = "", begintijd = ""] = keuze.split("|");
            if (!keuze) return setFout("Kies een medewerker en een tijd.");
            setFout(undefined);
            boek.mutate(
              { medewerkerId, locatieId, datum, begintijd },
              {
                onError: (e) =>
                  setFout(isApiFout(e) ? e.detail : "De afspraak is niet gemaakt. Probeer het opnieuw."),
              },
            );
          }}
        >
          <Keuzeveld
            id="intake-tijd"
            label="Met wie en wanneer"
            beschrijving="Het eerste gesprek duurt een uur, op de plek waar de medewerker dan werkt."
            leeg="Kies een medewerker en een tijd"
            keuzes={keuzes}
            waarde={keuze}
            onChange={setKeuze}
            fout={fout}
          />
        </Verzendformulier>
      )}
    </section>
  );
}

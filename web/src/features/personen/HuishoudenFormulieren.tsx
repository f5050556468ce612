/**
 * Adding relations (ouder, gezag, partner, wettelijk vertegenwoordiger, mantelzorger) and network members on the
 * klantdossier (POST /api/personen/{id}/relaties and /netwerk). A relation can be entered from either side
 * ("is kind van" is stored as the other person being ouder of this one).
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { api, foutmelding, isApiFout } from "../../lib/api";
import { vandaagIso } from "../../lib/datum";
import { Keuzerondjes, Keuzeveld, Tekstveld, Verzendformulier, Vinkje } from "../../lib/formulier";
import { usePersonen } from "./api";
import { datum } from "./weergave";

/** The relation as the user reads it, and how it is stored: who is `soort` of whom. */
const RELATIE_KEUZES = [
  { waarde: "ouder:van", label: "is ouder van", soort: "ouder", omgekeerd: false },
  { waarde: "ouder:naar", label: "is kind van", soort: "ouder", omgekeerd: true },
  { waarde: "gezag:van", label: "heeft gezag over", soort: "gezag", omgekeerd: false },
  { waarde: "gezag:naar", label: "staat onder gezag van", soort: "gezag", omgekeerd: true },
  { waarde: "partner:van", label: "is partner van", soort: "partner", omgekeerd: false },
  {
    waarde: "wettelijk-vertegenwoordiger:van",
    label: "is wettelijk vertegenwoordiger van",
    soort: "wettelijk-vertegenwoordiger",
    omgekeerd: false,
  },
  {
    waarde: "wettelijk-vertegenwoordiger:naar",
    label: "wordt vertegenwoordigd door",
    soort: "wettelijk-vertegenwoordiger",
    omgekeerd: true,
  },
  { waarde: "mantelzorger:van", label: "is mantelzorger van", soort: "mantelzorger", omgekeerd: false },
] as const;

/** After a change the dossier (and the person lists) are read again. */
function useNaOpslaan() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ["personen"] });
}

/** The first message of a refusal per field, and the general message. */
function foutenUit(fout: unknown): { velden: Record<string, string>; melding?: string } {
  if (!isApiFout(fout) || fout.errors.length === 0) return { velden: {}, melding: foutmelding(fout) };
  const velden: Record<string, string> = {};
  for (const e of fout.errors) if (!(e.veld in velden)) velden[e.veld] = e.melding;
  return { velden };
}

export function RelatieToevoegen({ persoonId, naam }: { persoonId: string; naam: string }) {
  const [zoekInvoer, setZoekInvoer] = useState("");
  const [zoek, setZoek] = useState("");
  const [ander, setAnder] = useState("");
  const [relatie, setRelatie] = useState("");
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [gelukt, setGelukt] = useState<string>();
  const gevonden = usePersonen(zoek, 1);
  const naOpslaan = useNaOpslaan();
  const opslaan = useMutation({
    mutationFn: ({ van, naar, soort }: { van: string; naar: string; soort: string }) =>
      api(`/personen/${encodeURIComponent(van)}/relaties`, {
        method: "POST",
        body: { gerelateerdeId: naar, soort },
      }),
  });
  const kandidaten = (gevonden.data?.items ?? []).filter((p) => p.id !== persoonId);
  const anderNaam = kandidaten.find((p) => p.id === ander)?.naam;

  function verstuur() {
    setGelukt(undefined);
    const keuze = RELATIE_KEUZES.find((k) => k.waarde === relatie);
    const lokaal: Record<string, string> = {};
    if (!ander) lokaal.gerelateerdeId = "Zoek en kies de andere persoon";
    if (!keuze) lokaal.soort = "Kies de relatie";
    if (!keuze || !ander) {
      setFouten(lokaal);
      requestAnimationFrame(() => document.getElementById(ander ? "relatie-soort" : "relatie-zoek")?.focus());
      return;
    }
    opslaan.mutate(
      keuze.omgekeerd
        ? { van: ander, naar: persoonId, soort: keuze.soort }
        : { van: persoonId, naar: ander, soort: keuze.soort },
      {
        onSuccess: () => {
          setFouten({});
          setGelukt(`Vastgelegd: ${naam} ${keuze.label} ${anderNaam ?? "de gekozen persoon"}.`);
          setAnder("");
          setRelatie("");
          void naOpslaan();
        },
        onError: (fout) => {
          const { velden, melding } = foutenUit(fout);
          setFouten(melding ? { soort: melding, ...velden } : velden);
        },
      },
    );
  }

  return (
    <Verzendformulier
      label="Relatie toevoegen"
      knop="Relatie vastleggen"
      bezig={opslaan.isPending}
      verstuur={verstuur}
    >
      <div role="status">{gelukt ? <Paragraph>{gelukt}</Paragraph> : null}</div>
      <Tekstveld
        id="relatie-zoek"
        label="Zoek de andere persoon"
        type="search"
        verplicht
        beschrijving="Op BSN, achternaam, geboortedatum of postcode met huisnummer; druk op Enter om te zoeken."
        value={zoekInvoer}
        onChange={(e) => setZoekInvoer(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            setZoek(zoekInvoer.trim());
            setAnder("");
          }
        }}
        fout={fouten.gerelateerdeId}
      />
      {zoek.length >= 2 && gevonden.data ? (
        kandidaten.length === 0 ? (
          <Paragraph>Niemand gevonden voor "{zoek}". Registreer de persoon eerst via Zoeken.</Paragraph>
        ) : (
          <Keuzerondjes
            id="relatie-persoon"
            legenda="Andere persoon"
            keuzes={kandidaten.map((p) => ({
              waarde: p.id,
              label: `${p.naam}, geboren ${datum(p.geboortedatum)}`,
            }))}
            waarde={ander}
            onChange={setAnder}
          />
        )
      ) : null}
      <Keuzeveld
        id="relatie-soort"
        label="Relatie"
        leeg="Kies de relatie"
        keuzes={RELATIE_KEUZES.map((k) => ({
          waarde: k.waarde,
          label: `${naam} ${k.label} ${anderNaam ?? "de gekozen persoon"}`,
        }))}
        waarde={relatie}
        onChange={setRelatie}
        fout={fouten.soort}
      />
    </Verzendformulier>
  );
}

export function NetwerklidToevoegen({ persoonId }: { persoonId: string }) {
  const leeg = { naam: "", relatie: "", telefoon: "", email: "", mantelzorger: false };
  const [v, setV] = useState(leeg);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [gelukt, setGelukt] = useState<string>();
  const naOpslaan = useNaOpslaan();
  const opslaan = useMutation({
    mutationFn: (body: unknown) =>
      api(`/personen/${encodeURIComponent(persoonId)}/netwerk`, { method: "POST", body }),
  });
  const ofNiets = (s: string) => (s.trim() ? s.trim() : undefined);

  function verstuur() {
    setGelukt(undefined);
    const lokaal: Record<string, string> = {};
    if (!v.naam.trim()) lokaal.naam = "Vul een naam in";
    if (!v.relatie.trim()) lokaal.relatie = "Vul de relatie in (bijvoorbeeld buurvrouw)";
    if (Object.keys(lokaal).length > 0) {
      setFouten(lokaal);
      requestAnimationFrame(() =>
        document.getElementById(lokaal.naam ? "netwerk-naam" : "netwerk-relatie")?.focus(),
      );
      return;
    }
    opslaan.mutate(
      {
        naam: v.naam.trim(),
        relatie: v.relatie.trim(),
        telefoon: ofNiets(v.telefoon),
        email: ofNiets(v.email),
        mantelzorger: v.mantelzorger,
      },
      {
        onSuccess: () => {
          setFouten({});
          setGelukt(`${v.naam.trim()} is toegevoegd aan het netwerk.`);
          setV(leeg);
          void naOpslaan();
        },
        onError: (fout) => {
          const { velden, melding } = foutenUit(fout);
          setFouten(melding ? { naam: melding, ...velden } : velden);
          const eerste = Object.keys(velden)[0] ?? "naam";
          requestAnimationFrame(() => document.getElementById(`netwerk-${eerste}`)?.focus());
        },
      },
    );
  }

  return (
    <Verzendformulier
      label="Netwerklid toevoegen"
      knop="Netwerklid vastleggen"
      bezig={opslaan.isPending}
      verstuur={verstuur}
    >
      <div role="status">{gelukt ? <Paragraph>{gelukt}</Paragraph> : null}</div>
      <Tekstveld
        id="netwerk-naam"
        label="Naam netwerklid"
        verplicht
        value={v.naam}
        onChange={(e) => setV({ ...v, naam: e.currentTarget.value })}
        fout={fouten.naam}
      />
      <Tekstveld
        id="netwerk-relatie"
        label="Relatie tot de inwoner"
        verplicht
        beschrijving="Bijvoorbeeld buurvrouw, zus, vriend."
        value={v.relatie}
        onChange={(e) => setV({ ...v, relatie: e.currentTarget.value })}
        fout={fouten.relatie}
      />
      <Tekstveld
        id="netwerk-telefoon"
        label="Telefoonnummer"
        type="tel"
        value={v.telefoon}
        onChange={(e) => setV({ ...v, telefoon: e.currentTarget.value })}
        fout={fouten.telefoon}
      />
      <Tekstveld
        id="netwerk-email"
        label="E-mailadres"
        type="email"
        value={v.email}
        onChange={(e) => setV({ ...v, email: e.currentTarget.value })}
        fout={fouten.email}
      />
      <Vinkje
        id="netwerk-mantelzorger"
        label="Is mantelzorger"
        aan={v.mantelzorger}
        onChange={(mantelzorger) => setV({ ...v, mantelzorger })}
      />
    </Verzendformulier>
  );
}

/** Ending a relation (e.g. gezag ends when a voogd is appointed): date (not in the future) and reason; kept in the history. */
export function RelatieBeeindigen({
  persoonId,
  relatie,
}: {
  persoonId: string;
  relatie: { id: string; omschrijving: string };
}) {
  const [beeindigdOp, setBeeindigdOp] = useState(vandaagIso());
  const [reden, setReden] = useState("");
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const naOpslaan = useNaOpslaan();
  const id = (veld: string) => `beeindig-${relatie.id}-${veld}`;
  const opslaan = useMutation({
    mutationFn: (body: { beeindigdOp: string; reden: string }) =>
      api(
        `/personen/${encodeURIComponent(persoonId)}/relaties/${encodeURIComponent(relatie.id)}/beeindiging`,
        { method: "POST", body },
      ),
  });

  function verstuur() {
    const lokaal: Record<string, string> = {};
    if (!beeindigdOp) lokaal.beeindigdOp = "Vul de einddatum in";
    else if (beeindigdOp > vandaagIso())
      lokaal.beeindigdOp = "Einddatum: kies vandaag of een datum in het verleden";
    if (reden.trim().length < 5) lokaal.reden = "Geef de reden (minstens 5 tekens)";
    if (Object.keys(lokaal).length > 0) {
      setFouten(lokaal);
      requestAnimationFrame(() => document.getElementById(id(Object.keys(lokaal)[0] ?? "reden"))?.focus());
      return;
    }
    opslaan.mutate(
      { beeindigdOp, reden: reden.trim() },
      {
        onSuccess: () => void naOpslaan(),
        onError: (fout) => {
          const { velden, melding } = foutenUit(fout);
          setFouten(melding ? { reden: melding, ...velden } : velden);
          requestAnimationFrame(() =>
            document.getElementById(id(Object.keys(velden)[0] ?? "reden"))?.focus(),
          );
        },
      },
    );
  }

  return (
    <Verzendformulier
      label={`Relatie beëindigen: ${relatie.omschrijving}`}
      knop="Relatie beëindigen"
      bezig={opslaan.isPending}
      verstuur={verstuur}
    >
      <Tekstveld
        id={id("beeindigdOp")}
        label="Einddatum"
        type="date"
        verplicht
        value={beeindigdOp}
        onChange={(e) => setBeeindigdOp(e.currentTarget.value)}
        fout={fouten.beeindigdOp}
      />
      <Tekstveld
        id={id("reden")}
        label="Reden"
        verplicht
        beschrijving="Bijvoorbeeld: voogdij bij de gecertificeerde instelling, scheiding, einde mentorschap."
        value={reden}
        onChange={(e) => setReden(e.currentTarget.value)}
        fout={fouten.reden}
      />
    </Verzendformulier>
  );
}

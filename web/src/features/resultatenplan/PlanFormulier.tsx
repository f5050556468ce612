/** The resultatenplan editor: every part of "plan wat" as labelled fields, keyboard usable, saved as a new version. */
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading3,
  Paragraph,
} from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { foutmelding, isApiFout } from "../../lib/api";
import { type catalogusOverzicht, LEEFGEBIED_LABELS, type ResultatenplanDetail } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import {
  Foutoverzicht,
  Keuzelijst,
  Keuzeveld,
  keuzesUit,
  labelVanPad,
  Tekstvak,
  Tekstveld,
  useFocusBijFout,
  Vinkje,
} from "../../lib/formulier";
import { AanbiederKiezer } from "../aanbieders/AanbiederKiezer";
import { VoorzieningKiezer } from "../sociale-kaart/Kiezer";
import { usePlanActie } from "./api";
import { MaatwerkVelden, nieuweVoorziening } from "./Maatwerk";
import { Datumveld, Herhaling, PLAN_LABELS, PlanFouten, planVeldVan, usePlanVeld, veldId } from "./velden";
import { REGIEGROEP_ROL_TEKST } from "./weergave";

type Inhoud = ResultatenplanDetail["inhoud"];
type Catalogus = z.infer<typeof catalogusOverzicht>;
type Toets = NonNullable<Inhoud["omgekeerdeToets"]>;

const keuzes = (lijst: { code: string; omschrijving: string }[]) =>
  lijst.map((c) => ({ waarde: c.code, label: `${c.code} ${c.omschrijving}` }));

const legeToets = (): Toets => ({
  effect: "",
  grondwaarde: "",
  ethiek: "",
  randvoorwaarden: "",
  afwijking: null,
  juridischOverleg: null,
});

/** The Omgekeerde Toets: four steps, an optional deviation and the consultation with the jurist. */
function OmgekeerdeToetsVelden({
  toets,
  onChange,
  juristen,
}: {
  toets: Toets;
  onChange: (t: Toets) => void;
  juristen: { id: string; naam: string }[];
}) {
  const stappen = [
    ["effect", "1. Effect: wat willen inwoner en professional bereiken?"],
    ["grondwaarde", "2. Grondwaarde: past het bij het doel van de wet (zelfredzaamheid, participatie)?"],
    ["ethiek", "3. Ethiek: wat betekent het besluit op langere termijn voor persoon, gezin en omgeving?"],
    ["randvoorwaarden", "4. Randvoorwaarden: de juridische toets"],
  ] as const;
  const veld = usePlanVeld();
  return (
    <>
      {stappen.map(([sleutel, label]) => (
        <Tekstvak
          key={sleutel}
          {...veld(`omgekeerdeToets.${sleutel}`)}
          label={label}
          waarde={toets[sleutel]}
          onChange={(w) => onChange({ ...toets, [sleutel]: w })}
        />
      ))}
      <Vinkje
        {...veld("omgekeerdeToets.afwijking")}
        label="Het besluit wijkt af van een regel"
        aan={toets.afwijking !== null}
        onChange={(aan) => onChange({ ...toets, afwijking: aan ? { regel: "", motivering: "" } : null })}
      />
      {toets.afwijking ? (
        <>
          <Tekstveld
            {...veld("omgekeerdeToets.afwijking.regel")}
            label="Van welke regel wordt afgeweken?"
            verplicht
            value={toets.afwijking.regel}
            onChange={(e) =>
              toets.afwijking &&
              onChange({ ...toets, afwijking: { ...toets.afwijking, regel: e.currentTarget.value } })
            }
          />
          <Tekstvak
            {...veld("omgekeerdeToets.afwijking.motivering")}
            label="Schriftelijke motivering van de afwijking"
            waarde={toets.afwijking.motivering}
            onChange={(motivering) =>
              toets.afwijking && onChange({ ...toets, afwijking: { ...toets.afwijking, motivering } })
            }
          />
          <Fieldset>
            <FieldsetLegend>Overleg met de juridisch kwaliteitsmedewerker</FieldsetLegend>
            <Keuzeveld
              {...veld("omgekeerdeToets.juridischOverleg.juristId")}
              label="Juridisch kwaliteitsmedewerker"
              leeg="Nog geen overleg"
              keuzes={juristen.map((j) => ({ waarde: j.id, label: j.naam }))}
              waarde={toets.juridischOverleg?.juristId ?? ""}
              onChange={(juristId) =>
                onChange({
                  ...toets,
                  juridischOverleg: juristId
                    ? {
                        juristId,
                        datum: toets.juridischOverleg?.datum ?? vandaagIso(),
                        advies: toets.juridischOverleg?.advies ?? "",
                      }
                    : null,
                })
              }
            />
            {toets.juridischOverleg ? (
              <>
                <Datumveld
                  {...veld("omgekeerdeToets.juridischOverleg.datum")}
                  label="Datum overleg"
                  waarde={toets.juridischOverleg.datum}
                  onChange={(datum) =>
                    toets.juridischOverleg &&
                    onChange({ ...toets, juridischOverleg: { ...toets.juridischOverleg, datum } })
                  }
                />
                <Tekstvak
                  {...veld("omgekeerdeToets.juridischOverleg.advies")}
                  label="Advies van de juridisch kwaliteitsmedewerker"
                  waarde={toets.juridischOverleg.advies}
                  onChange={(advies) =>
                    toets.juridischOverleg &&
                    onChange({ ...toets, juridischOverleg: { ...toets.juridischOverleg, advies } })
                  }
                />
              </>
            ) : null}
          </Fieldset>
        </>
      ) : null}
    </>
  );
}

export function PlanFormulier({
  zaakId,
  plan,
  catalogus,
}: {
  zaakId: string;
  plan: ResultatenplanDetail;
  catalogus: Catalogus;
}) {
  const [inhoud, setInhoud] = useState<Inhoud>(plan.inhoud);
  const actie = usePlanActie(zaakId, plan);
  const foutRef = useRef<HTMLDivElement>(null);
  const [opgeslagen, setOpgeslagen] = useState<number | null>(null);
  useEffect(() => setInhoud(plan.inhoud), [plan.inhoud]);
  useFocusBijFout(foutRef, actie.error);
  const zet = <K extends keyof Inhoud>(sleutel: K, waarde: Inhoud[K]) => {
    setOpgeslagen(null);
    setInhoud((oud) => ({ ...oud, [sleutel]: waarde }));
  };
  const personen = plan.personen.map((p) => ({ waarde: p.persoonId, label: `${p.naam} (${p.rol})` }));
  const personenMetGezin = [{ waarde: "", label: "Het hele gezin" }, ...personen];
  const eerstePersoon = plan.personen[0]?.persoonId ?? "";
  const hoofdresultaten = catalogus.matrix?.matrix.hoofdresultaten ?? [];

  const fouten: Record<string, string> = {};
  const velden: Record<string, { label: string; id: string }> = {};
  if (isApiFout(actie.error)) {
    for (const f of actie.error.errors) {
      const pad = f.veld.replace(/^inhoud\./, "");
      if (!(pad in fouten)) {
        fouten[pad] = f.melding;
        velden[pad] = { label: labelVanPad(pad, PLAN_LABELS, "Plan"), id: veldId(pad) };
      }
    }
  }

  function opslaan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    actie.mutate(
      { soort: "opslaan", inhoud },
      {
        onSuccess: (nieuw) => setOpgeslagen(nieuw.versie),
      },
    );
  }

  const veld = planVeldVan(fouten);
  return (
    <PlanFouten.Provider value={fouten}>
      <form
        onSubmit={opslaan}
        className="voordeur-formulier voordeur-plan"
        noValidate
        aria-labelledby="plan-formulier-kop"
      >
        <Heading3 id="plan-formulier-kop">Inhoud van het plan</Heading3>
        {plan.status !== "concept" ? (
          <Paragraph>
            Dit plan is {plan.status === "ondertekend" ? "ondertekend" : "definitief"}. Opslaan maakt een
            nieuwe conceptversie die opnieuw definitief gemaakt en ondertekend moet worden.
          </Paragraph>
        ) : null}
        {actie.isError ? (
          <Foutoverzicht ref={foutRef} fouten={fouten} velden={velden} melding={foutmelding(actie.error)} />
        ) : null}

        <Tekstvak
          {...veld("hulpvraag")}
          label="Hulpvraag"
          waarde={inhoud.hulpvraag}
          onChange={(w) => zet("hulpvraag", w)}
        />
        <Keuzelijst
          {...veld("leefgebieden")}
          legenda="Leefgebieden"
          keuzes={keuzesUit(LEEFGEBIED_LABELS)}
          gekozen={inhoud.leefgebieden}
          onChange={(g) => zet("leefgebieden", g as Inhoud["leefgebieden"])}
        />

        <Herhaling
          naam="Vraagverheldering"
          meervoud="Vraagverheldering per leefgebied"
          rijen={inhoud.vraagverheldering}
          onChange={(r) => zet("vraagverheldering", r)}
          nieuw={() => ({
            leefgebied: inhoud.leefgebieden[0] ?? "wonen",
            score: null,
            beoordeling: "",
            eigenKracht: "",
            gewensteResultaten: "",
          })}
        >
          {(r, i, wijzig) => (
            <>
              <Keuzeveld
                {...veld(`vraagverheldering.${i}.leefgebied`)}
                label="Leefgebied"
                keuzes={keuzesUit(LEEFGEBIED_LABELS)}
                waarde={r.leefgebied}
                onChange={(w) => wijzig({ leefgebied: w as typeof r.leefgebied })}
              />
              <Keuzeveld
                {...veld(`vraagverheldering.${i}.score`)}
                label="Score (1 = grote zorgen, 5 = gaat goed)"
                leeg="Geen score"
                keuzes={["1", "2", "3", "4", "5"].map((s) => ({ waarde: s, label: s }))}
                waarde={r.score === null ? "" : String(r.score)}
                onChange={(w) => wijzig({ score: w ? Number(w) : null })}
              />
              <Tekstvak
                {...veld(`vraagverheldering.${i}.beoordeling`)}
                label="Korte beoordeling"
                waarde={r.beoordeling}
                onChange={(w) => wijzig({ beoordeling: w })}
              />
              <Tekstvak
                {...veld(`vraagverheldering.${i}.eigenKracht`)}
                label="Wat kunnen inwoner en netwerk zelf?"
                waarde={r.eigenKracht}
                onChange={(w) => wijzig({ eigenKracht: w })}
              />
              <Tekstvak
                {...veld(`vraagverheldering.${i}.gewensteResultaten`)}
                label="Gewenste resultaten"
                waarde={r.gewensteResultaten}
                onChange={(w) => wijzig({ gewensteResultaten: w })}
              />
            </>
          )}
        </Herhaling>

        <Tekstvak
          {...veld("systeem")}
          label="Beschrijving van het gezinssysteem"
          waarde={inhoud.systeem}
          onChange={(w) => zet("systeem", w)}
        />
        <Tekstvak
          {...veld("historie")}
          label="Historie van hulpverlening"
          waarde={inhoud.historie}
          onChange={(w) => zet("historie", w)}
        />
        <Tekstvak
          {...veld("watWerkt")}
          label="Wat werkt"
          waarde={inhoud.watWerkt}
          onChange={(w) => zet("watWerkt", w)}
        />
        <Tekstvak
          {...veld("watWerktNiet")}
          label="Wat werkt niet"
          waarde={inhoud.watWerktNiet}
          onChange={(w) => zet("watWerktNiet", w)}
        />
        <Tekstvak
          {...veld("netwerk")}
          label="Betrokken netwerk"
          waarde={inhoud.netwerk}
          onChange={(w) => zet("netwerk", w)}
        />

        <Herhaling
          naam="Resultaat"
          meervoud="Resultaten per gezinslid"
          rijen={inhoud.resultaten}
          onChange={(r) => zet("resultaten", r)}
          nieuw={() => ({
            persoonId: eerstePersoon,
            domein: hoofdresultaten[0]?.domein ?? "zelfredzaam",
            hoofdresultaat: hoofdresultaten[0]?.code ?? "",
            subresultaat: null,
            toelichting: "",
          })}
        >
          {(r, i, wijzig) => {
            const hoofd = hoofdresultaten.find((h) => h.code === r.hoofdresultaat);
            return (
              <>
                <Keuzeveld
                  {...veld(`resultaten.${i}.persoonId`)}
                  label="Voor"
                  keuzes={personen}
                  waarde={r.persoonId}
                  onChange={(w) => wijzig({ persoonId: w })}
                />
                <Keuzeveld
                  {...veld(`resultaten.${i}.domein`)}
                  label="Domein"
                  keuzes={catalogus.domeinen.map((d) => ({ waarde: d.code, label: d.omschrijving }))}
                  waarde={r.domein}
                  onChange={(w) => {
                    const eerste = hoofdresultaten.find((h) => h.domein === w);
                    wijzig({
                      domein: w as typeof r.domein,
                      hoofdresultaat: eerste?.code ?? "",
                      subresultaat: null,
                    });
                  }}
                />
                <Keuzeveld
                  {...veld(`resultaten.${i}.hoofdresultaat`)}
                  label="Hoofdresultaat"
                  keuzes={hoofdresultaten
                    .filter((h) => h.domein === r.domein)
                    .map((h) => ({ waarde: h.code, label: `${h.code} ${h.omschrijving}` }))}
                  waarde={r.hoofdresultaat}
                  onChange={(w) => wijzig({ hoofdresultaat: w, subresultaat: null })}
                />
                <Keuzeveld
                  {...veld(`resultaten.${i}.subresultaat`)}
                  label="Subresultaat (ontwikkelstap)"
                  leeg="Geen subresultaat"
                  keuzes={(hoofd?.subresultaten ?? []).map((s) => ({
                    waarde: s.code,
                    label: `Stap ${s.stap}: ${s.omschrijving}`,
                  }))}
                  waarde={r.subresultaat ?? ""}
                  onChange={(w) => wijzig({ subresultaat: w || null })}
                />
                <Tekstvak
                  {...veld(`resultaten.${i}.toelichting`)}
                  label="Toelichting resultaat"
                  waarde={r.toelichting}
                  onChange={(w) => wijzig({ toelichting: w })}
                />
              </>
            );
          }}
        </Herhaling>

        <Herhaling
          naam="Voorliggende oplossing"
          meervoud="Voorliggende oplossingen (netwerk, algemene voorzieningen)"
          rijen={inhoud.voorliggendeOplossingen}
          onChange={(r) => zet("voorliggendeOplossingen", r)}
          nieuw={() => ({ omschrijving: "", persoonId: null, voorzieningId: null })}
        >
          {(r, i, wijzig) => (
            <>
              <VoorzieningKiezer
                {...veld(`voorliggendeOplossingen.${i}.voorzieningId`)}
                gekozen={r.voorzieningId}
                onKies={(v) =>
                  wijzig(
                    v
                      ? {
                          voorzieningId: v.id,
                          omschrijving: r.voorzieningId || !r.omschrijving.trim() ? v.naam : r.omschrijving,
                        }
                      : { voorzieningId: null },
                  )
                }
              />
              <Tekstvak
                {...veld(`voorliggendeOplossingen.${i}.omschrijving`)}
                label="Omschrijving oplossing"
                waarde={r.omschrijving}
                onChange={(w) => wijzig({ omschrijving: w })}
              />
              <Keuzeveld
                {...veld(`voorliggendeOplossingen.${i}.persoonId`)}
                label="Voor wie"
                keuzes={personenMetGezin}
                waarde={r.persoonId ?? ""}
                onChange={(w) => wijzig({ persoonId: w || null })}
              />
            </>
          )}
        </Herhaling>

        <Herhaling
          naam="Kortdurende ondersteuning"
          meervoud="Kortdurende ondersteuning door de consulent (max. 6 maanden, laagfrequent max. 12)"
          rijen={inhoud.kortdurendeOndersteuning}
          onChange={(r) => zet("kortdurendeOndersteuning", r)}
          nieuw={() => ({
            omschrijving: "",
            persoonId: null,
            startdatum: vandaagIso(),
            einddatum: vandaagIso(),
            laagfrequent: false,
          })}
        >
          {(r, i, wijzig) => (
            <>
              <Tekstvak
                {...veld(`kortdurendeOndersteuning.${i}.omschrijving`)}
                label="Omschrijving ondersteuning"
                waarde={r.omschrijving}
                onChange={(w) => wijzig({ omschrijving: w })}
              />
              <Keuzeveld
                {...veld(`kortdurendeOndersteuning.${i}.persoonId`)}
                label="Voor wie"
                keuzes={personenMetGezin}
                waarde={r.persoonId ?? ""}
                onChange={(w) => wijzig({ persoonId: w || null })}
              />
              <Datumveld
                {...veld(`kortdurendeOndersteuning.${i}.startdatum`)}
                label="Startdatum"
                waarde={r.startdatum}
                onChange={(w) => wijzig({ startdatum: w })}
              />
              <Datumveld
                {...veld(`kortdurendeOndersteuning.${i}.einddatum`)}
                label="Einddatum"
                waarde={r.einddatum}
                onChange={(w) => wijzig({ einddatum: w })}
              />
              <Vinkje
                {...veld(`kortdurendeOndersteuning.${i}.laagfrequent`)}
                label="Langdurig laagfrequent (max. 12 maanden)"
                aan={r.laagfrequent}
                onChange={(aan) => wijzig({ laagfrequent: aan })}
              />
            </>
          )}
        </Herhaling>

        <Herhaling
          naam="Maatwerkvoorziening"
          meervoud="Maatwerkvoorzieningen"
          rijen={inhoud.maatwerkvoorzieningen}
          onChange={(r) => zet("maatwerkvoorzieningen", r)}
          nieuw={() => nieuweVoorziening(eerstePersoon)}
        >
          {(v, i, wijzig) => (
            <MaatwerkVelden
              pad={`maatwerkvoorzieningen.${i}`}
              v={v}
              wijzig={wijzig}
              personen={personen}
              eenheden={keuzes(catalogus.eenheden)}
              frequenties={keuzes(catalogus.frequenties)}
            />
          )}
        </Herhaling>

        <Herhaling
          naam="Evaluatiemoment"
          meervoud="Evaluatiemomenten"
          rijen={inhoud.evaluatiemomenten}
          onChange={(r) => zet("evaluatiemomenten", r)}
          nieuw={() => ({ datum: vandaagIso(), wijze: "" })}
        >
          {(r, i, wijzig) => (
            <>
              <Datumveld
                {...veld(`evaluatiemomenten.${i}.datum`)}
                label="Datum evaluatie"
                waarde={r.datum}
                onChange={(w) => wijzig({ datum: w })}
              />
              <Tekstveld
                {...veld(`evaluatiemomenten.${i}.wijze`)}
                label="Hoe wordt geëvalueerd"
                verplicht
                value={r.wijze}
                onChange={(e) => wijzig({ wijze: e.currentTarget.value })}
              />
            </>
          )}
        </Herhaling>

        <Fieldset>
          <FieldsetLegend>Regiegroep</FieldsetLegend>
          {plan.regiegroepVereist ? (
            <Paragraph>
              Dit plan heeft interventieniveau 6 of meerdere aanbieders: de Regiegroep moet betrokken zijn.
            </Paragraph>
          ) : null}
          <Keuzeveld
            {...veld("regiegroep")}
            label="Betrokkenheid van de Regiegroep"
            leeg="Niet betrokken"
            keuzes={keuzesUit(REGIEGROEP_ROL_TEKST)}
            waarde={inhoud.regiegroep?.rol ?? ""}
            onChange={(rol) =>
              zet(
                "regiegroep",
                rol
                  ? {
                      rol: rol as "adviseert",
                      datum: inhoud.regiegroep?.datum ?? vandaagIso(),
                      toelichting: inhoud.regiegroep?.toelichting ?? "",
                    }
                  : null,
              )
            }
          />
          {inhoud.regiegroep ? (
            <>
              <Datumveld
                {...veld("regiegroep.datum")}
                label="Datum afstemming Regiegroep"
                waarde={inhoud.regiegroep.datum}
                onChange={(datum) => inhoud.regiegroep && zet("regiegroep", { ...inhoud.regiegroep, datum })}
              />
              <Tekstvak
                {...veld("regiegroep.toelichting")}
                label="Toelichting Regiegroep"
                waarde={inhoud.regiegroep.toelichting}
                onChange={(toelichting) =>
                  inhoud.regiegroep && zet("regiegroep", { ...inhoud.regiegroep, toelichting })
                }
              />
            </>
          ) : null}
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>Omgekeerde Toets</FieldsetLegend>
          <Vinkje
            {...veld("omgekeerdeToets")}
            label="Omgekeerde Toets vastleggen"
            aan={inhoud.omgekeerdeToets !== null}
            onChange={(aan) => zet("omgekeerdeToets", aan ? legeToets() : null)}
          />
          {inhoud.omgekeerdeToets ? (
            <OmgekeerdeToetsVelden
              toets={inhoud.omgekeerdeToets}
              onChange={(t) => zet("omgekeerdeToets", t)}
              juristen={plan.juristen}
            />
          ) : null}
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>Individuele overeenkomst</FieldsetLegend>
          <Vinkje
            {...veld("individueleOvereenkomst")}
            label="Gecontracteerde zorg past niet en een pgb is niet mogelijk: individuele overeenkomst aanvragen"
            aan={inhoud.individueleOvereenkomst !== null}
            onChange={(aan) =>
              zet(
                "individueleOvereenkomst",
                aan ? { motivering: "", aanbiederAgb: "", productCode: "" } : null,
              )
            }
          />
          {inhoud.individueleOvereenkomst ? (
            <>
              <Tekstvak
                {...veld("individueleOvereenkomst.motivering")}
                label="Motivering individuele overeenkomst"
                waarde={inhoud.individueleOvereenkomst.motivering}
                onChange={(motivering) =>
                  inhoud.individueleOvereenkomst &&
                  zet("individueleOvereenkomst", { ...inhoud.individueleOvereenkomst, motivering })
                }
              />
              <AanbiederKiezer
                {...veld("individueleOvereenkomst.aanbiederAgb")}
                label="Aanbieder individuele overeenkomst"
                alle
                productCode={inhoud.individueleOvereenkomst.productCode}
                waarde={inhoud.individueleOvereenkomst.aanbiederAgb || null}
                onChange={(agb) =>
                  inhoud.individueleOvereenkomst &&
                  zet("individueleOvereenkomst", {
                    ...inhoud.individueleOvereenkomst,
                    aanbiederAgb: agb ?? "",
                  })
                }
              />
              <Tekstveld
                {...veld("individueleOvereenkomst.productCode")}
                label="Productcode individuele overeenkomst"
                verplicht
                value={inhoud.individueleOvereenkomst.productCode}
                onChange={(e) =>
                  inhoud.individueleOvereenkomst &&
                  zet("individueleOvereenkomst", {
                    ...inhoud.individueleOvereenkomst,
                    productCode: e.currentTarget.value.trim().toUpperCase(),
                  })
                }
              />
            </>
          ) : null}
        </Fieldset>

        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={actie.isPending}>
            Plan opslaan
          </Button>
        </ButtonGroup>
        {opgeslagen !== null && opgeslagen === plan.versie ? (
          <p className="utrecht-paragraph" role="status">
            Het plan is opgeslagen als versie {opgeslagen}.
          </p>
        ) : null}
      </form>
    </PlanFouten.Provider>
  );
}

import type { TermijnFeiten } from "./bereken";
import { kort, plusWeken } from "./kalender";

export type Aanvraagtoets = { toegestaan: true } | { toegestaan: false; reden: string };

/**
 * May an aanvraag be registered on `aanvraagdatum`?
 * - never before the melding;
 * - Wmo 2015 art. 2.3.2 lid 9: only after the onderzoek ended, or when 6 weeks after the melding passed
 *   without one;
 * - Participatiewet art. 41 lid 4: under 27 at the melding, only after the zoekperiode of 4 weeks.
 */
export function controleerAanvraag(feiten: TermijnFeiten, aanvraagdatum: string): Aanvraagtoets {
  if (aanvraagdatum < feiten.meldingsdatum) {
    return {
      toegestaan: false,
      reden: `De aanvraag (${kort(aanvraagdatum)}) kan niet vóór de melding (${kort(feiten.meldingsdatum)}) liggen.`,
    };
  }
  if (feiten.zaaktype === "wmo") {
    const zesWeken = plusWeken(feiten.meldingsdatum, 6);
    const onderzoekKlaar = feiten.onderzoekAfgerondOp && feiten.onderzoekAfgerondOp <= aanvraagdatum;
    if (!onderzoekKlaar && aanvraagdatum < zesWeken) {
      return {
        toegestaan: false,
        reden: `Een Wmo-aanvraag kan pas na het onderzoek, of als 6 weken na de melding zijn verstreken (vanaf ${kort(zesWeken)}); Wmo 2015 art. 2.3.2 lid 9.`,
      };
    }
  }
  if (feiten.zaaktype === "werk" && feiten.geboortedatum) {
    const [j, m, d] = feiten.meldingsdatum.split("-").map(Number) as [number, number, number];
    const zevenentwintig = `${j - 27}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    const jongerDan27 = feiten.geboortedatum > zevenentwintig;
    const eindeZoekperiode = plusWeken(feiten.meldingsdatum, 4);
    if (jongerDan27 && aanvraagdatum < eindeZoekperiode) {
      return {
        toegestaan: false,
        reden: `Jongeren onder 27 kunnen de aanvraag pas doen na de zoekperiode van 4 weken, vanaf ${kort(eindeZoekperiode)}; Participatiewet art. 41 lid 4.`,
      };
    }
  }
  return { toegestaan: true };
}

import { expect, test } from "@playwright/test";
import { utcTijd } from "../src/domain/afspraken/ics";
import { vanLokaal } from "../src/domain/afspraken/tijd";
import { expectNoSeriousA11yViolations, login } from "./helpers";
import { controleerRoutering, demoGezin, registreerTelefoontjeMetZorgen } from "./stappen/aanmelden";
import { maakAfspraak, werkdag } from "./stappen/afspraken";
import { mailAan, mailDelen } from "./stappen/mail";
import { naarTabblad } from "./stappen/werkblad";
import { pakOpUitRegiegroep } from "./stappen/werkverdeling";

/** The UTC time stamp of a local (Europe/Amsterdam) date and time as the .ics writes it. */
function icsTijd(datum: string, tijd: string): string {
  const moment = vanLokaal(datum, tijd);
  if (!moment) throw new Error(`${datum} ${tijd} bestaat niet`);
  return utcTijd(moment);
}

test.describe("Klaar: van telefoontje tot afspraak (issue 5)", () => {
  test("de IAG registreert een telefoontje met zorgen op drie leefgebieden; de regisseur pakt de zaak op en maakt een afspraak; de bevestiging met .ics komt aan", async ({
    page,
  }) => {
    // A known family whose parent has an e-mail address: the confirmation goes there.
    const gezin = demoGezin({ metEmail: true });
    const adres = gezin.ouder.email ?? "";
    expect(adres).toMatch(/@/);

    await login(page, "iag");
    const zaaknummer = await registreerTelefoontjeMetZorgen(page, gezin);

    await page.context().clearCookies();
    await login(page, "regie");
    const rij = await pakOpUitRegiegroep(page, zaaknummer, "Zorgen op drie leefgebieden: regie nodig");
    await rij.getByRole("link", { name: zaaknummer }).click();
    await controleerRoutering(page, zaaknummer);
    await naarTabblad(page, "Plan");
    await expect(page.getByRole("form", { name: "Afspraak maken" })).toContainText(
      `per e-mail naar ${adres}`,
    );
    await expectNoSeriousA11yViolations(page);

    const datum = werkdag(4);
    const { melding } = await maakAfspraak(page, {
      datum,
      begintijd: "14:00",
      eindtijd: "15:00",
      onderwerp: "Eerste gesprek over de zorgen",
    });
    await expect(melding).toContainText(`verzending aan ${adres}`);
    await expect(page.getByRole("row").filter({ hasText: "Eerste gesprek over de zorgen" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The app's mail sender delivers the queued confirmation to the e2e SMTP server.
    const mail = await mailAan(adres);
    expect(mail).toMatch(new RegExp(`^To: .*${adres.replaceAll(".", "\\.")}`, "m"));
    const delen = mailDelen(mail);
    const ics = delen.find((d) => d.kop["content-type"]?.toLowerCase().startsWith("text/calendar"));
    expect(ics, "een text/calendar-bijlage").toBeDefined();
    expect(ics?.bestandsnaam).toBe("afspraak.ics");
    const agenda = (ics?.inhoud.toString("utf8") ?? "").replace(/\r\n[ \t]/g, "");
    expect(agenda).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(agenda).toContain("METHOD:REQUEST");
    expect(agenda).toContain(`DTSTART:${icsTijd(datum, "14:00")}\r\n`);
    expect(agenda).toContain(`DTEND:${icsTijd(datum, "15:00")}\r\n`);
    expect(agenda).toContain(`mailto:${adres}`);
    expect(agenda).toMatch(/END:VCALENDAR\r\n$/);
    expect(delen.some((d) => d.bestandsnaam === "bevestiging-afspraak.pdf")).toBe(true);
  });
});

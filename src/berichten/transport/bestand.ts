/**
 * File adapter of the transport port: outgoing messages are written atomically (temporary file, fsync,
 * rename) into config.berichten.uitDir/<gemeente>/<ontvanger>/; incoming messages are read from
 * config.berichten.inDir and moved to verwerkt/ or geweigerd/ once processed.
 */
import { mkdir, open, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { BerichtBron, BerichtVerzender, TeVersturenBericht } from "./poort";

const veiligeNaam = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, "_");

export class BestandVerzender implements BerichtVerzender {
  readonly naam = "bestandsmap";
  constructor(private readonly uitDir: string) {}

  async verstuur(b: TeVersturenBericht): Promise<{ referentie: string }> {
    const map = join(this.uitDir, veiligeNaam(b.gemeenteCode), veiligeNaam(b.ontvanger));
    await mkdir(map, { recursive: true });
    const doel = join(map, veiligeNaam(b.bestandsnaam));
    const tijdelijk = `${doel}.${b.id}.tmp`;
    const bestand = await open(tijdelijk, "w");
    try {
      await bestand.writeFile(b.xml, "utf8");
      await bestand.sync();
    } finally {
      await bestand.close();
    }
    await rename(tijdelijk, doel);
    return { referentie: doel };
  }
}

export class BestandBron implements BerichtBron {
  readonly naam = "bestandsmap";
  constructor(private readonly inDir: string) {}

  async wachtend(maximaal: number): Promise<string[]> {
    await mkdir(this.inDir, { recursive: true });
    const namen = await readdir(this.inDir, { withFileTypes: true });
    return namen
      .filter((n) => n.isFile() && n.name.toLowerCase().endsWith(".xml"))
      .map((n) => n.name)
      .sort()
      .slice(0, maximaal);
  }

  lees(sleutel: string): Promise<string> {
    return readFile(join(this.inDir, basename(sleutel)), "utf8");
  }

  async bevestig(sleutel: string, uitkomst: "verwerkt" | "geweigerd", reden?: string): Promise<void> {
    const map = join(this.inDir, uitkomst);
    await mkdir(map, { recursive: true });
    const naam = basename(sleutel);
    if (reden) await writeFile(join(map, `${naam}.reden.txt`), reden, "utf8");
    await rename(join(this.inDir, naam), join(map, naam));
  }
}

import { describe, expect, it } from "vitest";
import { alleenGebruikt, blokVanComponent, GEBRUIKTE_BLOKKEN, gebruikteComponenten } from "./utrecht-css";

const blokken = new Set(GEBRUIKTE_BLOKKEN);

describe("Utrecht-CSS alleen voor wat de app gebruikt", () => {
  it.each([
    ["Button", "button"],
    ["ButtonGroup", "button-group"],
    ["Heading2", "heading-2"],
    ["TableHeaderCell", "table"],
    ["TableContainer", "table-container"],
    ["FormFieldCheckbox", "form-field"],
    ["FieldsetLegend", "form-fieldset"],
    ["AlertDialog", "alert-dialog"],
  ])("%s valt onder blok %s", (component, blok) => {
    expect(blokVanComponent(component, blokken)).toBe(blok);
  });

  it("een component zonder blok in de lijst wordt gevonden (de build faalt dan)", () => {
    expect(blokVanComponent("Accordion", blokken)).toBeUndefined();
    expect(blokVanComponent("Select", new Set(["button"]))).toBeUndefined();
  });

  it("leest de geïmporteerde componenten, ook over regels en met type-imports", () => {
    const bron = `import {\n  Button,\n  type ButtonProps,\n  Heading2,\n} from "@utrecht/component-library-react";\nimport { useState } from "react";`;
    expect([...gebruikteComponenten([bron])].sort()).toEqual(["Button", "ButtonProps", "Heading2"]);
  });

  it("houdt regels van gebruikte blokken, binnen hun @media, en laat de rest weg", () => {
    const css = `.utrecht-button{color:red}.utrecht-accordion{color:blue}@media (min-width:1px){.utrecht-button--x{a:b}.utrecht-drawer{c:d}}`;
    const uit = alleenGebruikt(css, blokken);
    expect(uit).toContain(".utrecht-button {color:red}");
    expect(uit).toContain("@media (min-width:1px)");
    expect(uit).toContain(".utrecht-button--x");
    expect(uit).not.toMatch(/accordion|drawer/);
  });
});

/**
 * Only the NL Design System CSS the app uses (issue 21, initial load). `@utrecht/component-library-css` ships
 * every component in one file (~400 kB); the per-component packages in node_modules are other versions than
 * the ones that file was built from (nav-bar, nav-list, headings, alert-dialog differ), so importing those would
 * change the look. This Vite plugin filters the bundle itself when web/src/main.tsx imports it: a rule stays when
 * every `utrecht-…` class in one of its selectors belongs to a used block (`.utrecht-nav-list__link` → nav-list),
 * in the bundle's own order, inside its @media/@supports; everything else is dropped. A component that starts to
 * be used adds its block to `GEBRUIKTE_BLOKKEN` (the e2e screenshots and axe show a missing one at once).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

/** The Utrecht blocks the app renders (components of @utrecht/component-library-react and classes in web/src). */
export const GEBRUIKTE_BLOKKEN: readonly string[] = [
  "alert",
  "alert-dialog",
  "badge-status",
  "body",
  "breadcrumb-nav",
  "button",
  "button-group",
  "button-link",
  "checkbox",
  "custom-checkbox",
  "data-list",
  "document",
  "form-field",
  "form-field-description",
  "form-field-error-message",
  "form-fieldset",
  "form-label",
  "heading-1",
  "heading-2",
  "heading-3",
  "heading-4",
  "link",
  "link-list",
  "nav-bar",
  "nav-list",
  "ordered-list",
  "page-content",
  "page-footer",
  "page-header",
  "paragraph",
  "radio-button",
  "root",
  "select",
  "skip-link",
  "status-badge",
  "table",
  "table-container",
  "textarea",
  "textbox",
  "unordered-list",
];

/** The top-level blocks of a stylesheet: `prelude { body }` or a statement like `@charset "UTF-8";`. */
interface Blok {
  prelude: string;
  /** Without the braces; undefined for a statement. */
  inhoud?: string;
}

/** Splits CSS into its top-level blocks (comments dropped, strings respected). */
export function blokken(css: string): Blok[] {
  const uit: Blok[] = [];
  let prelude = "";
  let i = 0;
  while (i < css.length) {
    const c = css[i] as string;
    if (c === "/" && css[i + 1] === "*") {
      const einde = css.indexOf("*/", i + 2);
      i = einde < 0 ? css.length : einde + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === "\\" ? 2 : 1;
      prelude += css.slice(i, j + 1);
      i = j + 1;
    } else if (c === ";") {
      if (prelude.trim()) uit.push({ prelude: prelude.trim() });
      prelude = "";
      i++;
    } else if (c === "{") {
      let diepte = 1;
      let j = i + 1;
      while (j < css.length && diepte > 0) {
        const d = css[j];
        if (d === "/" && css[j + 1] === "*") j = css.indexOf("*/", j + 2) + 1;
        else if (d === '"' || d === "'") {
          const q = d;
          j++;
          while (j < css.length && css[j] !== q) j += css[j] === "\\" ? 2 : 1;
        } else if (d === "{") diepte++;
        else if (d === "}") diepte--;
        j++;
      }
      uit.push({ prelude: prelude.trim(), inhoud: css.slice(i + 1, j - 1) });
      prelude = "";
      i = j;
    } else {
      prelude += c;
      i++;
    }
  }
  return uit;
}

/** The block of each `utrecht-` class in a selector: `.utrecht-button--primary-action:hover` → button. */
function blokkenIn(selector: string): string[] {
  return [...selector.matchAll(/\.utrecht-([a-z0-9]+(?:-[a-z0-9]+)*)/g)].map((m) => m[1] as string);
}

/** Could this selector list match anything the app renders? (One selector whose classes are all used.) */
function gebruikt(selectoren: string, blokSet: ReadonlySet<string>): boolean {
  return selectoren.split(",").some((s) => blokkenIn(s).every((b) => blokSet.has(b)));
}

/** The stylesheet with only the rules for `blokSet`; at-rules keep their used rules, keyframes stay. */
export function alleenGebruikt(css: string, blokSet: ReadonlySet<string>): string {
  const delen: string[] = [];
  for (const blok of blokken(css)) {
    if (blok.inhoud === undefined) delen.push(`${blok.prelude};`);
    else if (/^@(media|supports|container|layer)\b/.test(blok.prelude)) {
      const binnen = alleenGebruikt(blok.inhoud, blokSet);
      if (binnen.trim()) delen.push(`${blok.prelude} {\n${binnen}\n}`);
    } else if (blok.prelude.startsWith("@") || gebruikt(blok.prelude, blokSet))
      delen.push(`${blok.prelude} {${blok.inhoud}}`);
  }
  return delen.join("\n");
}

/** Components whose block is not their own name in kebab case. */
const BLOK_VAN_COMPONENT: Record<string, string> = {
  Fieldset: "form-fieldset",
  FieldsetLegend: "form-fieldset",
};

/**
 * The block a component of @utrecht/component-library-react renders: its name in kebab case, or the nearest block
 * above it (`TableHeaderCell` → table, `Heading2` → heading-2, `FormFieldCheckbox` → form-field).
 */
export function blokVanComponent(naam: string, blokSet: ReadonlySet<string>): string | undefined {
  const alias = BLOK_VAN_COMPONENT[naam];
  if (alias) return blokSet.has(alias) ? alias : undefined;
  const delen = naam
    .replace(/([a-z])([A-Z0-9])/g, "$1-$2")
    .toLowerCase()
    .split("-");
  for (let n = delen.length; n > 0; n--) {
    const blok = delen.slice(0, n).join("-");
    if (blokSet.has(blok)) return blok;
  }
  return undefined;
}

/** The components web/src imports from @utrecht/component-library-react. */
export function gebruikteComponenten(bronnen: Iterable<string>): Set<string> {
  const uit = new Set<string>();
  for (const bron of bronnen)
    for (const m of bron.matchAll(/import\s*\{([^}]*)\}\s*from\s*"@utrecht\/component-library-react"/g))
      for (const deel of (m[1] as string).split(",")) {
        const naam = deel.replace(/^\s*type\s+/, "").trim();
        if (/^[A-Z]/.test(naam)) uit.add(naam);
      }
  return uit;
}

function bestandenIn(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? bestandenIn(join(map, e.name)) : /\.tsx?$/.test(e.name) ? [join(map, e.name)] : [],
  );
}

/**
 * Vite plugin: `@utrecht/component-library-css/dist/index.css` arrives filtered to `GEBRUIKTE_BLOKKEN`, and the
 * build fails when web/src imports a Utrecht component whose block is not in the list (it would render unstyled).
 */
export function utrechtCssPlugin(
  blokSet: ReadonlySet<string> = new Set(GEBRUIKTE_BLOKKEN),
  bronmap = "web/src",
): Plugin {
  return {
    name: "voordeur-utrecht-css",
    enforce: "pre",
    buildStart() {
      const bronnen = bestandenIn(bronmap).map((b) => readFileSync(b, "utf8"));
      const zonder = [...gebruikteComponenten(bronnen)].filter((c) => !blokVanComponent(c, blokSet));
      if (zonder.length > 0)
        this.error(
          `Utrecht-componenten zonder CSS: ${zonder.sort().join(", ")}. Voeg hun blok toe aan GEBRUIKTE_BLOKKEN in scripts/utrecht-css.ts.`,
        );
    },
    transform(code, id) {
      if (!/@utrecht[\\/]component-library-css[\\/]dist[\\/]index\.css$/.test(id.split("?")[0] ?? "")) return;
      return { code: alleenGebruikt(code, blokSet), map: null };
    },
  };
}

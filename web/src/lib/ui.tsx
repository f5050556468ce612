import {
  Alert,
  Button,
  ButtonGroup,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { type ReactNode, useEffect, useState } from "react";
import { Link, type LinkProps } from "react-router";
import { foutmelding, isApiFout } from "./api";

/** A router link styled as an NL Design System link. */
export function AppLink({ className, ...props }: LinkProps) {
  return (
    <Link
      className={["utrecht-link", "utrecht-link--html-a", className].filter(Boolean).join(" ")}
      {...props}
    />
  );
}

/** A router link that looks like a button (for navigation that reads as an action). */
export function KnopLink({
  className,
  appearance = "primary-action-button",
  ...props
}: LinkProps & { appearance?: "primary-action-button" | "secondary-action-button" | "subtle-button" }) {
  const soort = {
    "primary-action-button": "utrecht-button-link--primary-action",
    "secondary-action-button": "utrecht-button-link--secondary-action",
    "subtle-button": "utrecht-button-link--subtle",
  }[appearance];
  return (
    <Link
      className={["utrecht-button-link", "utrecht-button-link--html-a", soort, className]
        .filter(Boolean)
        .join(" ")}
      {...props}
    />
  );
}

/** Sets the browser tab title: "<page> | Voordeur". */
export function useDocumentTitel(titel: string) {
  useEffect(() => {
    document.title = titel ? `${titel} | Voordeur` : "Voordeur";
  }, [titel]);
}

/** The page's one h1, which also sets the document title. */
export function PaginaTitel({ children, titel }: { children: ReactNode; titel?: string }) {
  useDocumentTitel(titel ?? (typeof children === "string" ? children : ""));
  return <Heading1>{children}</Heading1>;
}

export interface Kruimel {
  label: string;
  naar?: string;
}

/** Breadcrumb trail; the last crumb is the current page. */
export function Kruimelpad({ kruimels }: { kruimels: Kruimel[] }) {
  return (
    <nav aria-label="Kruimelpad" className="utrecht-breadcrumb-nav voordeur-kruimelpad">
      <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {kruimels.map((kruimel, index) => {
          const laatste = index === kruimels.length - 1;
          return (
            <li key={kruimel.naar ?? kruimel.label} className="utrecht-breadcrumb-nav__item">
              {kruimel.naar && !laatste ? (
                <Link
                  className="utrecht-link utrecht-link--html-a utrecht-breadcrumb-nav__link"
                  to={kruimel.naar}
                >
                  {kruimel.label}
                </Link>
              ) : (
                <span aria-current={laatste ? "page" : undefined}>{kruimel.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export function Laden({ tekst = "Bezig met laden…" }: { tekst?: string }) {
  return (
    <p className="utrecht-paragraph voordeur-laden" role="status">
      {tekst}
    </p>
  );
}

/** Shows why loading failed, with a retry button. */
export function LaadFout({ fout, opnieuw }: { fout: unknown; opnieuw?: () => void }) {
  if (isApiFout(fout) && fout.status === 403) {
    return (
      <Alert type="error">
        <Paragraph>U heeft geen toegang tot dit onderdeel. {fout.detail}</Paragraph>
      </Alert>
    );
  }
  return (
    <Alert type="error">
      <Paragraph>{foutmelding(fout)}</Paragraph>
      {opnieuw ? (
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={opnieuw}>
            Opnieuw proberen
          </Button>
        </ButtonGroup>
      ) : null}
    </Alert>
  );
}

export function GeenToegangMelding() {
  return (
    <>
      <PaginaTitel>Geen toegang</PaginaTitel>
      <Paragraph>
        U heeft geen toegang tot dit onderdeel. Neem contact op met de beheerder als u denkt dat dit niet
        klopt.
      </Paragraph>
      <Paragraph>
        <AppLink to="/">Naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}

/** Formats an ISO timestamp in Dutch, e.g. "5 januari 2026 om 14:03". */
export function datumTijd(iso: string | null | undefined): string {
  if (!iso) return "";
  const datum = new Date(iso);
  if (Number.isNaN(datum.getTime())) return "";
  const dag = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" }).format(
    datum,
  );
  const tijd = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit" }).format(datum);
  return `${dag} om ${tijd}`;
}

/**
 * A native disclosure (details/summary) for forms that are not needed on every visit, so the zaak page stays
 * readable. Keyboard (Enter/Space) and screen readers handle it without extra code. The content exists only while
 * it is open: a form opens on demand and asks for its data (choices, lists) only then.
 */
export function Uitklapper({ titel, children }: { titel: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="voordeur-uitklapper" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="voordeur-uitklapper__titel">{titel}</summary>
      {open ? <div className="voordeur-uitklapper__inhoud">{children}</div> : null}
    </details>
  );
}

/**
 * A plain table: caption, column headings, one row per item. `bijschriftVerborgen`: the caption only for screen
 * readers, where the heading above already says it.
 */
export function Tabel({
  bijschrift,
  bijschriftVerborgen = false,
  koppen,
  rijen,
}: {
  bijschrift: string;
  bijschriftVerborgen?: boolean;
  koppen: readonly string[];
  rijen: readonly { sleutel: string; cellen: readonly ReactNode[] }[];
}) {
  return (
    <TableContainer>
      <Table>
        <TableCaption className={bijschriftVerborgen ? "voordeur-visueel-verborgen" : undefined}>
          {bijschrift}
        </TableCaption>
        <TableHeader>
          <TableRow>
            {koppen.map((k) => (
              <TableHeaderCell key={k} scope="col">
                {k}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((r) => (
            <TableRow key={r.sleutel}>
              {r.cellen.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                <TableCell key={i}>{c}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

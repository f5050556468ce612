import { Button, Paragraph } from "@utrecht/component-library-react";
import { Link, useNavigate, useSearchParams } from "react-router";

export function paginaUit(waarde: string | null): number {
  const getal = Number(waarde);
  return Number.isInteger(getal) && getal >= 1 ? getal : 1;
}

/** Previous/next links for a paginated list; the page number lives in the URL (?pagina=). */
export function Paginering({
  pagina,
  perPagina,
  totaal,
}: {
  pagina: number;
  perPagina: number;
  totaal: number;
}) {
  const [params] = useSearchParams();
  const aantalPaginas = Math.max(1, Math.ceil(totaal / perPagina));
  if (aantalPaginas <= 1) return null;
  const naarPagina = (nummer: number) => {
    const volgende = new URLSearchParams(params);
    volgende.set("pagina", String(nummer));
    return `?${volgende.toString()}`;
  };
  return (
    <nav aria-label="Paginering" className="voordeur-paginering">
      {pagina > 1 ? (
        <Link className="utrecht-link utrecht-link--html-a" to={naarPagina(pagina - 1)} rel="prev">
          Vorige pagina
        </Link>
      ) : null}
      <Paragraph>
        Pagina {pagina} van {aantalPaginas}
      </Paragraph>
      {pagina < aantalPaginas ? (
        <Link className="utrecht-link utrecht-link--html-a" to={naarPagina(pagina + 1)} rel="next">
          Volgende pagina
        </Link>
      ) : null}
    </nav>
  );
}

/**
 * Previous/next for a list paged by key (werkvoorraden, issue 19): the next page is asked with the server's
 * `volgende` key (?na=), the page number in the URL is only what is shown. Back goes through the browser
 * history (where the previous key is), or to the first page when the list was opened on a later page.
 */
export function SleutelPaginering({
  pagina,
  perPagina,
  totaal,
  volgende,
}: {
  pagina: number;
  perPagina: number;
  totaal: number;
  volgende: string | null;
}) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const aantalPaginas = Math.max(1, Math.ceil(totaal / perPagina));
  if (pagina <= 1 && !volgende) return null;
  const met = (wijzig: (p: URLSearchParams) => void) => {
    const nieuw = new URLSearchParams(params);
    wijzig(nieuw);
    return `?${nieuw.toString()}`;
  };
  const eerste = met((p) => {
    p.delete("na");
    p.delete("pagina");
  });
  const terugInGeschiedenis = pagina > 1 && (window.history.state?.idx ?? 0) > 0;
  return (
    <nav aria-label="Paginering" className="voordeur-paginering">
      {pagina > 1 ? (
        terugInGeschiedenis ? (
          <Button appearance="subtle-button" onClick={() => navigate(-1)}>
            Vorige pagina
          </Button>
        ) : (
          <Link className="utrecht-link utrecht-link--html-a" to={eerste}>
            Eerste pagina
          </Link>
        )
      ) : null}
      <Paragraph>
        Pagina {pagina} van {aantalPaginas}
      </Paragraph>
      {volgende ? (
        <Link
          className="utrecht-link utrecht-link--html-a"
          to={met((p) => {
            p.set("na", volgende);
            p.set("pagina", String(pagina + 1));
          })}
          rel="next"
        >
          Volgende pagina
        </Link>
      ) : null}
    </nav>
  );
}

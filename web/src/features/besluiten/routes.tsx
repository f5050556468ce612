/**
 * Pages of the besluiten area, mounted inside the logged-in layout by app.tsx
 * (add <Route> elements to the fragment; paths are relative to "/").
 */
export function besluitenPaginas() {
  return <></>;
}

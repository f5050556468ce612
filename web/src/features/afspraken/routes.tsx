/**
 * Pages of the afspraken area, mounted inside the logged-in layout by app.tsx
 * (add <Route> elements to the fragment; paths are relative to "/").
 */
export function afsprakenPaginas() {
  return <></>;
}

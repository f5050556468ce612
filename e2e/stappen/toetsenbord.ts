/**
 * Keyboard-only steps (issue 21 "De werkplek"): move with Tab as a keyboard user does, check that the focus is
 * visible, that a part of the page is on screen without scrolling and that a narrow page does not scroll sideways.
 */
import { expect, type Locator, type Page } from "@playwright/test";

/** A short description of the focused element ("input#zoek-inwoner", "button Zoeken"), for the tab order. */
async function gefocust(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    const naam = el.id ? `#${el.id}` : ` ${(el.textContent ?? "").trim().slice(0, 40)}`;
    return `${el.tagName.toLowerCase()}${naam}`;
  });
}

/**
 * Presses Tab until `doel` has the focus, at most `maximaal` times, and returns the stops passed on the way. Fails
 * when the focus leaves the page or comes back to where it was (a keyboard trap), or `doel` is not reached.
 */
export async function tabTot(page: Page, doel: Locator, maximaal = 30): Promise<string[]> {
  const onderweg: string[] = [];
  for (let i = 0; i < maximaal; i++) {
    if (await doel.evaluate((el) => el === document.activeElement)) return onderweg;
    await page.keyboard.press("Tab");
    const stop = await gefocust(page);
    expect(stop, `de focus verlaat de pagina na ${onderweg.join(" → ")}`).not.toBe("body");
    expect(onderweg, `toetsenbordval: de focus komt terug op ${stop}`).not.toContain(stop);
    onderweg.push(stop);
  }
  await expect(doel, `niet bereikt met Tab, wel: ${onderweg.join(" → ")}`).toBeFocused();
  return onderweg;
}

/** The focused element shows where the focus is: an outline or a focus ring (box-shadow) of its own. */
export async function expectZichtbareFocus(doel: Locator) {
  await expect(doel).toBeFocused();
  const stijl = await doel.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle === "none" ? "" : s.outlineWidth, schaduw: s.boxShadow };
  });
  expect(
    (stijl.outline !== "" && stijl.outline !== "0px") || stijl.schaduw !== "none",
    `geen zichtbare focus: ${JSON.stringify(stijl)}`,
  ).toBe(true);
}

/** `deel` is entirely within the window while the page is not scrolled (a screen without scrolling). */
export async function expectZonderScrollenInBeeld(page: Page, deel: Locator) {
  const { hoogte, breedte, scrollTop } = await page.evaluate(() => ({
    hoogte: window.innerHeight,
    breedte: window.innerWidth,
    scrollTop: document.scrollingElement?.scrollTop ?? -1,
  }));
  expect(scrollTop, "de pagina is gescrold").toBe(0);
  const vak = await deel.boundingBox();
  expect(vak, "niet zichtbaar").not.toBeNull();
  if (!vak) return;
  expect(vak.y).toBeGreaterThanOrEqual(0);
  expect(vak.x).toBeGreaterThanOrEqual(0);
  expect(vak.y + vak.height, `onderkant ${vak.y + vak.height} valt buiten ${hoogte}`).toBeLessThanOrEqual(
    hoogte,
  );
  expect(vak.x + vak.width).toBeLessThanOrEqual(breedte);
}

/** WCAG 1.4.10 reflow: at this width nothing makes the page scroll sideways. */
export async function expectGeenHorizontaalScrollen(page: Page) {
  const { scrollBreedte, breedte } = await page.evaluate(() => ({
    scrollBreedte: document.scrollingElement?.scrollWidth ?? 0,
    breedte: window.innerWidth,
  }));
  expect(scrollBreedte, "de pagina scrolt zijwaarts").toBeLessThanOrEqual(breedte);
}

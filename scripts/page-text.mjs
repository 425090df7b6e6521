// Pointing at text the way a user does, shared by the e2e tests and `npm run screenshots`.

/**
 * The centre of the first occurrence of `text` inside `selector`, in viewport pixels.
 * @param {import('playwright-core').Page} page @param {string} selector @param {string} text
 * @returns {Promise<{ x: number, y: number }>}
 */
export function centreOfText(page, selector, text) {
  return page.evaluate(
    ({ selector, text }) => {
      const root = document.querySelector(selector);
      if (!root) throw new Error(`no ${selector}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = /** @type {Text | null} */ (walker.nextNode()); n; n = /** @type {Text | null} */ (walker.nextNode())) {
        const i = n.data.indexOf(text);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + text.length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`"${text}" not found in ${selector}`);
    },
    { selector, text },
  );
}

/**
 * Moves the pointer onto `text` from the left, in steps, so hover intent sees a real approach.
 * @param {import('playwright-core').Page} page @param {string} selector @param {string} text
 */
export async function hoverText(page, selector, text) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const { x, y } = await centreOfText(page, selector, text);
  await page.mouse.move(x - 30, y);
  await page.mouse.move(x, y, { steps: 3 });
}

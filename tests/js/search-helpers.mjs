// What the search browser tests share: a search's results as paths from
// the site root (anchors kept), resolved in the page.
export async function search(page, query, options) {
  return page.evaluate(async ([q, o]) => {
    const found = await window.sala.search(q, o);
    const root = new URL(document.querySelector("script[data-root]").dataset.root, location.href).href;
    return found.map((r) => ({ ...r, path: new URL(r.url, location.href).href.slice(root.length) }));
  }, [query, options]);
}
export const paths = (results) => results.map((r) => r.path);
export const pages = (results) => results.map((r) => r.path.split("#")[0]);

// Runs the browser's search code under Node against a built site: index
// files are read from disk and evaluated like the classic scripts they are.
const path = require("node:path");
const fs = require("node:fs");
const vm = require("node:vm");
const core = require(path.join(__dirname, "../../themes/default/static/search-core.js"));

function loader(site, counter) {
  // Each file is read once, as the browser's loader fetches it once.
  const seen = new Map();
  return (name) => {
    if (!seen.has(name)) seen.set(name, read(name));
    return seen.get(name);
  };
  function read(name) {
    return new Promise((resolve, reject) => {
      const file = path.join(site, "search", name + ".js");
      fs.readFile(file, "utf8", (err, code) => {
        if (err) return reject(err);
        if (counter) {
          counter.files += 1;
          counter.bytes += Buffer.byteLength(code);
        }
        let payload;
        vm.runInNewContext(code, { salaSearchData: (_n, p) => (payload = p) });
        resolve(payload);
      });
    });
  }
}

// Like window.sala.search, with URLs from the site root.
function searcher(site, langs, counter) {
  const load = loader(site, counter);
  const indexes = {};
  return async (query, { lang, limit = 10 } = {}) => {
    const which = lang ? [lang] : langs;
    const lists = await Promise.all(
      which.map((l) => (indexes[l] ||= new core.Index(l, load)).search(query, limit))
    );
    return lists.flat().sort((a, b) => b.score - a.score).slice(0, limit);
  };
}

module.exports = { searcher, loader };

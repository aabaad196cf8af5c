// Search: the only script on the site. It asks the static Pagefind index built with the site (no server) and
// lists the hits. The index comes in shards (by year or month of the articles, by letter of the folders): the
// first is loaded and the others merged into it, so Pagefind searches them as one. Results are built as DOM text
// nodes, never innerHTML: a page's own words stay text.
const form = document.querySelector("form.search");
const input = form.querySelector("input[name=q]");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");

let pagefind;
async function search(query) {
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = "";
    return;
  }
  status.textContent = "Searching…";
  pagefind ??= await loadShards();
  if (!pagefind) {
    status.textContent = `Nothing found for “${query}”.`;
    return;
  }
  const found = await pagefind.search(query);
  const hits = await Promise.all(found.results.slice(0, 30).map((r) => r.data()));
  status.textContent = hits.length === 0 ? `Nothing found for “${query}”.` : `${found.results.length} result${found.results.length === 1 ? "" : "s"} for “${query}”.`;
  for (const hit of hits) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = hit.url;
    link.textContent = hit.meta.title ?? hit.url;
    const excerpt = document.createElement("p");
    excerpt.className = "meta";
    excerpt.append(...highlighted(hit.excerpt));
    item.append(link, excerpt);
    list.append(item);
  }
}

async function loadShards() {
  const { shards } = await (await fetch("/pagefind/shards.json")).json();
  if (!shards.length) return null;
  const first = await import(`/pagefind/${shards[0]}/pagefind.js`);
  await Promise.all(shards.slice(1).map((shard) => first.mergeIndex(`/pagefind/${shard}/`)));
  return first;
}

// Pagefind marks matches with <mark>…</mark> in an otherwise HTML-escaped excerpt: rebuild that as nodes.
function highlighted(excerpt) {
  const text = (s) => new DOMParser().parseFromString(`<!doctype html><body>${s}`, "text/html").body.textContent;
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!m) return document.createTextNode(text(part));
    const mark = document.createElement("mark");
    mark.textContent = text(m[1]);
    return mark;
  });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = input.value;
  history.replaceState(null, "", `?q=${encodeURIComponent(query)}`);
  search(query);
});

const initial = new URLSearchParams(location.search).get("q") ?? "";
input.value = initial;
search(initial);

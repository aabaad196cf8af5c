import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { Paragraph } from "../../src/article.js";
import { Slug } from "../../src/article.js";
import { findEntities, type Entities } from "../../src/extract/entities/index.js";
import { parseSeed } from "../../src/parse.js";
import { readSeedBytes } from "../../src/seed/read.js";

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ id: `p${i + 1}`, text }));
const names = (list: { name: string }[]) => list.map((e) => e.name).sort();
const find = (entities: Entities, name: string) => [...entities.people, ...entities.organisations].find((e) => e.name === name);

test("a surname or given name later in the article is the person named in full", () => {
  const e = findEntities(
    paragraphs(
      "The council leader, Aoife Brennan, said the budget would be balanced by March.",
      "Brennan added that libraries would stay open.",
      "Critics said Brennan’s figures did not add up, and Aoife later conceded the point.",
    ),
  );
  assert.deepEqual(names(e.people), ["Aoife Brennan"]);
  const person = find(e, "Aoife Brennan")!;
  assert.ok(person.aliases.includes("Brennan"));
  assert.deepEqual(person.paragraphs, ["p1", "p2", "p3"]);
});

test("a sentence's opening role or describing word is no part of the name; a given name that is also a word is", () => {
  const e = findEntities(
    paragraphs(
      "The count fell again this year. Ecologist Priya Raman of the University of Guelph said the decline was natural.",
      "Seeds went out early. Slovakian Daniela Hantuchova beat Magdaleena Maleeva in three sets on Tuesday.",
      "Grace Jones and Rich Lowry were in the audience.",
    ),
  );
  assert.deepEqual(names(e.people), ["Daniela Hantuchova", "Grace Jones", "Magdaleena Maleeva", "Priya Raman", "Rich Lowry"]);
});

test("two people sharing a surname: the short form goes to the one mentioned last", () => {
  const e = findEntities(
    paragraphs(
      "Tom Walsh and his sister Ellen Walsh run the bakery.",
      "Ellen Walsh said trade had fallen.",
      "Walsh said the rent had doubled.",
    ),
  );
  assert.deepEqual(names(e.people), ["Ellen Walsh", "Tom Walsh"]);
  assert.ok(find(e, "Ellen Walsh")!.paragraphs.includes("p3"));
  assert.ok(!find(e, "Tom Walsh")!.paragraphs.includes("p3"));
});

test("titles, honorifics and possessives are not part of a name", () => {
  const e = findEntities(
    paragraphs(
      "Prime Minister Jane Okafor met Sen. Maria Lopez and Dr Peter Vance on Tuesday.",
      "Mr Okafor’s remarks were not recorded; Mrs Lopez said nothing.",
    ),
  );
  assert.deepEqual(names(e.people), ["Jane Okafor", "Maria Lopez", "Peter Vance"]);
  assert.deepEqual(find(e, "Jane Okafor")!.descriptors, [{ text: "Prime Minister", paragraph: "p1" }]);
});

test("words that describe a name are not part of it: compound adjectives, party, titles before 'of', months", () => {
  const e = findEntities(
    paragraphs(
      "Brazilian-born striker Luis Oliveira scored twice.",
      "Democrat Walter Mondale met Assistant Secretary of State John Kornblum in May.",
      "Prime Minister Theresa May said December futures had risen.",
    ),
  );
  assert.deepEqual(names(e.people), ["John Kornblum", "Luis Oliveira", "Theresa May", "Walter Mondale"]);
  assert.deepEqual(find(e, "Luis Oliveira")!.descriptors, [{ text: "Brazilian-born striker", paragraph: "p1" }]);
  assert.deepEqual(find(e, "John Kornblum")!.descriptors, [{ text: "Assistant Secretary of State", paragraph: "p2" }]);
  assert.deepEqual(find(e, "Theresa May")!.paragraphs, ["p3"]);
});

test("a lone surname is a person only when the text says so", () => {
  const e = findEntities(paragraphs("Mr Hartley said the plan was unworkable.", "The report was published in Hartlepool."));
  assert.deepEqual(names(e.people), ["Hartley"]);
  assert.deepEqual(e.organisations, []);
});

test("names from other languages keep their spelling", () => {
  const e = findEntities(
    paragraphs(
      "Siobhán O'Brien, a doctor at the clinic, said waiting times had doubled.",
      "The minister, Nguyễn Thị Minh Khai, told reporters the talks would resume.",
      "The striker José Álvarez-Núñez scored twice.",
      "O'Brien said staff were exhausted.",
    ),
  );
  assert.deepEqual(names(e.people), ["José Álvarez-Núñez", "Nguyễn Thị Minh Khai", "Siobhán O'Brien"]);
  assert.ok(find(e, "Siobhán O'Brien")!.aliases.includes("O'Brien"));
  for (const person of e.people) assert.ok(Slug.safeParse(person.slug).success, person.slug);
  assert.equal(find(e, "Siobhán O'Brien")!.slug, "siobhan-obrien");
});

test("acronyms defined in the text join their long form, which is the name", () => {
  const e = findEntities(
    paragraphs(
      "The Royal College of Nursing (RCN) warned of strikes.",
      "A spokesman for the Foreign Office (FCDO) declined to comment.",
      "The Public Commercial Services Union, PCS, which represents civil servants, called for talks.",
      "The RCN and PCS will meet the FCDO on Monday.",
    ),
  );
  const rcn = find(e, "Royal College of Nursing")!;
  assert.deepEqual(rcn.aliases, ["RCN"]);
  assert.deepEqual(rcn.paragraphs, ["p1", "p4"]);
  assert.deepEqual(find(e, "Foreign Office")!.aliases, ["FCDO"]);
  assert.deepEqual(find(e, "Public Commercial Services Union")!.paragraphs, ["p3", "p4"]);
  assert.equal(e.organisations.length, 3);
});

test("an acronym made of a long name's initials is the same organisation", () => {
  const e = findEntities(paragraphs("The United Nations called for a ceasefire.", "The UN envoy arrived on Friday."));
  assert.deepEqual(names(e.organisations), ["United Nations"]);
  assert.deepEqual(find(e, "United Nations")!.aliases, ["UN"]);
});

test("organisations by head word, outlet and public body; countries and cities are neither", () => {
  const e = findEntities(
    paragraphs(
      "The Ministry of Defence told Reuters that the Labour Party had been briefed.",
      "Officials in Gaza and Dublin said Israel had not replied, according to the Associated Press.",
      "The area of Khan Younis was evacuated, the Cabinet Office said.",
    ),
  );
  assert.deepEqual(names(e.organisations), ["Associated Press", "Cabinet Office", "Labour Party", "Ministry of Defence", "Reuters"]);
  assert.deepEqual(e.people, []);
});

test("descriptors: apposition, role before the name, 'signs off as', and a role line above the name", () => {
  const e = findEntities(
    paragraphs(
      "Lena Fischer, the economist who led the study, said prices would rise.",
      "Fischer was based in Vienna and signs off as the chief analyst for central Europe.",
      "Union official Dominic Reyes disagreed.",
      "The former head of the regional development agency.",
      "Harriet Cole said: “We were never consulted.”",
    ),
  );
  assert.deepEqual(find(e, "Lena Fischer")!.descriptors, [
    { text: "economist", paragraph: "p1" },
    { text: "chief analyst for central Europe", paragraph: "p2" },
  ]);
  assert.deepEqual(find(e, "Dominic Reyes")!.descriptors, [{ text: "Union official", paragraph: "p3" }]);
  assert.deepEqual(find(e, "Harriet Cole")!.descriptors, [{ text: "former head of the regional development agency", paragraph: "p4" }]);
});

test("in a sports report, sides that play a match are organisations; national sides stay places", () => {
  const e = findEntities(
    paragraphs(
      "Yorkshire beat Kent by six wickets at Headingley on Friday, with captain Rob Ellis scoring 92.",
      "Kent had led on first innings.",
      "In the under-21 match, Spain beat Portugal 2-0.",
    ),
  );
  assert.deepEqual(names(e.organisations), ["Kent", "Yorkshire"]);
  assert.deepEqual(find(e, "Kent")!.paragraphs, ["p1", "p2"]);
  assert.deepEqual(names(e.people), ["Rob Ellis"]);
});

test("slugs stay unique within an article when two names fold to one slug", () => {
  const e = findEntities(paragraphs("Smith & Sons Ltd sued Smith Sons Ltd over the name."));
  const slugs = e.organisations.map((o) => o.slug);
  assert.equal(e.organisations.length, 2);
  assert.equal(new Set(slugs).size, 2);
  for (const slug of slugs) assert.ok(Slug.safeParse(slug).success, slug);
});

test("the caption is evidence too, under its own anchor", () => {
  const e = findEntities([
    { id: "caption", text: "Residents queue for water in Khan Younis. via Associated Press" },
    { id: "p1", text: "The Associated Press reported the queues." },
  ]);
  assert.deepEqual(find(e, "Associated Press")!.paragraphs, ["caption", "p1"]);
});

const SEED = "000_704fb2fff2903a51.txt";
const expected = JSON.parse(readFileSync(new URL("../fixtures/seed-entities.expected.json", import.meta.url), "utf8"))[SEED] as {
  people: string[];
  organisations: string[];
};

test("the shipped seed: its people exactly, its organisations, and no places", () => {
  const doc = readSeedBytes(SEED, readFileSync(new URL(`../../seeds/${SEED}`, import.meta.url)));
  assert.ok(doc.ok);
  const article = parseSeed(doc.value);
  assert.ok(article.ok);
  const { people, organisations } = article.value;
  assert.deepEqual(names(people), [...expected.people].sort());
  // The caption's credit ("via Associated Press") is handed to the entities with the caption.
  assert.deepEqual(names(organisations), [...expected.organisations].sort());
  const smith = people.find((p) => p.name === "Mark Smith")!;
  assert.ok(smith.aliases.includes("Smith"));
  assert.ok(smith.descriptors.some((d) => d.text === "second secretary counter-terrorism" && d.paragraph === "p3"));
  assert.deepEqual(people.find((p) => p.name === "Hind Hassan")!.descriptors, [{ text: "journalist", paragraph: "p3" }]);
  assert.match(people.find((p) => p.name === "Francesca Albanese")!.descriptors[0]!.text, /^UN special rapporteur/);
  assert.deepEqual(organisations.find((o) => o.name === "Public Commercial Services Union")!.aliases, ["PCS"]);
});

test("the shipped seed with its caption credit: every expected organisation", () => {
  const text = readFileSync(new URL(`../../seeds/${SEED}`, import.meta.url), "utf8");
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const e = findEntities([{ id: "caption", text: blocks[0]! }, ...paragraphs(...blocks.slice(1))]);
  assert.deepEqual(names(e.organisations), [...expected.organisations].sort());
  assert.deepEqual(names(e.people), [...expected.people].sort());
});

test("a TV show, a team, a stock index, a station, a photo agency and a government department are not people", () => {
  const e = findEntities(
    paragraphs(
      "Fans of Coronation Street will see the return of a favourite character next week, ITV said.",
      "The Toronto Maple Leafs beat the Ottawa Senators 3-2 on Saturday night.",
      "The Dow Jones Industrial Average fell 1.2 percent, while the FTSE 100 closed lower.",
      "Commuters at Union Station were delayed for hours on Tuesday.",
      "A protester is detained in Hong Kong on Sunday. Photograph: Getty Images",
      "A spokesperson for the Department for Education said the policy would change.",
    ),
  );
  assert.deepEqual(e.people, []);
  assert.deepEqual(names(e.organisations), ["Department for Education", "Getty Images", "ITV", "Ottawa Senators", "Toronto Maple Leafs"]);
  assert.ok(e.places.some((p) => p.name === "Union Station"));
});

test("a person named only by surname after a full mention is still the person, even where the tagger reads the lone word otherwise", () => {
  const e = findEntities(
    paragraphs(
      "Denzel Washington, the actor, arrived in Toronto on Friday.",
      "Washington told reporters the film had taken three years.",
      "Critics in Washington were less kind.",
    ),
  );
  assert.deepEqual(names(e.people), ["Denzel Washington"]);
  assert.deepEqual(find(e, "Denzel Washington")!.paragraphs, ["p1", "p2"]);
});

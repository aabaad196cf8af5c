import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article, Person } from "../../src/article.js";
import { resolveEntities } from "../../src/archive/entities.js";
import { readOverrides } from "../../src/archive/overrides.js";
import { slugify } from "../../src/slug.js";

const person = (name: string, aliases: string[] = []): Person => ({ name, slug: slugify(name), aliases, descriptors: [], paragraphs: ["p1"] });

function article(file: string, people: Person[], organisations: Person[] = [], places: Person[] = []): Article {
  return {
    file,
    slug: slugify(file.replace(/\.txt$/, "")),
    headline: file,
    headlineBasis: "first-line",
    published: null,
    publishedBasis: null,
    paragraphs: [{ id: "p1", text: "…" }],
    people,
    organisations,
    places,
    quotes: [],
    sources: [],
    dates: [],
  };
}

const names = (entities: { name: string }[]) => entities.map((e) => e.name).sort();

describe("resolveEntities across articles", () => {
  it("files one person named in two articles under one entity", () => {
    const r = resolveEntities([article("a.txt", [person("Mark Smith", ["Smith"])]), article("b.txt", [person("Mark Smith")])]);
    assert.equal(r.people.length, 1);
    assert.equal(r.people[0]!.slug, "mark-smith");
    assert.equal(r.people[0]!.mentions.length, 2);
  });

  it("keeps two different people who share a surname apart", () => {
    const r = resolveEntities([article("a.txt", [person("Mark Smith", ["Smith"])]), article("b.txt", [person("Jane Smith", ["Smith"])])]);
    assert.deepEqual(names(r.people), ["Jane Smith", "Mark Smith"]);
  });

  it("files an acronym and its long form from different articles as one organisation", () => {
    const r = resolveEntities([
      article("a.txt", [], [person("Public and Commercial Services Union", ["PCS"])]),
      article("b.txt", [], [person("PCS")]),
    ]);
    assert.equal(r.organisations.length, 1);
    assert.equal(r.organisations[0]!.name, "Public and Commercial Services Union");
    assert.deepEqual(r.organisations[0]!.aliases, ["PCS"]);
  });

  it("treats names that differ only by accents as one person with one slug", () => {
    const r = resolveEntities([article("a.txt", [person("José Álvarez-Núñez")]), article("b.txt", [person("Jose Alvarez-Nunez")])]);
    assert.equal(r.people.length, 1);
    assert.equal(r.people[0]!.slug, "jose-alvarez-nunez");
  });

  it("never changes an existing entity's slug when a seed adds a clashing or related name", () => {
    const before = resolveEntities([article("a.txt", [person("Zoë Ångström")])]);
    const after = resolveEntities([article("0.txt", [person("Zoe Angstrom-Berg")]), article("a.txt", [person("Zoë Ångström")])]);
    assert.equal(before.people[0]!.slug, "zoe-angstrom");
    assert.ok(after.people.some((p) => p.slug === "zoe-angstrom" && p.name === "Zoë Ångström"));
  });
});

describe("one name, one kind across the archive", () => {
  it("files a name under the kind most of its articles give it, and keeps the count as evidence", () => {
    const r = resolveEntities([
      article("a.txt", [person("Chelsea")]),
      article("b.txt", [], [person("Chelsea")]),
      article("c.txt", [], [person("Chelsea")]),
      article("d.txt", [person("Mark Smith")]),
    ]);
    assert.deepEqual(names(r.people), ["Mark Smith"]);
    const chelsea = r.organisations.find((o) => o.name === "Chelsea")!;
    assert.equal(chelsea.mentions.length, 3);
    assert.deepEqual(chelsea.kindVotes, { person: 1, organisation: 2 });
    assert.equal(r.people.find((p) => p.name === "Mark Smith")!.kindVotes, undefined);
  });

  it("a name most articles call a place gets no page; an even split leaves each article's own kind", () => {
    const r = resolveEntities([
      article("a.txt", [person("Jordan")]),
      article("b.txt", [], [], [person("Jordan")]),
      article("c.txt", [], [], [person("Jordan")]),
      article("d.txt", [person("Kent")]),
      article("e.txt", [], [person("Kent")]),
    ]);
    assert.deepEqual(names(r.people), ["Kent"]);
    assert.deepEqual(names(r.organisations), ["Kent"]);
  });
});

describe("editorial overrides", () => {
  const overrides = (yaml: string) => {
    const read = readOverrides("entities.yml", yaml);
    assert.deepEqual(read.problems, []);
    return read.overrides;
  };
  const corpus = [
    article("a.txt", [person("Mark Smith"), person("Second Secretary")], [person("Foreign Office")]),
    article("b.txt", [person("M. Smith")], [person("FCDO")]),
    article("sport/derby.txt", [person("John Smith")]),
    article("politics/vote.txt", [person("John Smith")]),
    article("c.txt", [person("Amnesty International")]),
  ];

  it("merges names declared as aliases under the canonical name, with its description", () => {
    const r = resolveEntities(
      corpus,
      overrides("- name: Foreign, Commonwealth and Development Office\n  aliases: [FCDO, Foreign Office]\n  description: UK foreign ministry\n- name: Mark Smith\n  aliases: [M. Smith]\n"),
    );
    const fcdo = r.organisations.find((o) => o.aliases.includes("FCDO"))!;
    assert.equal(fcdo.name, "Foreign, Commonwealth and Development Office");
    assert.equal(fcdo.slug, "foreign-commonwealth-and-development-office");
    assert.equal(fcdo.description, "UK foreign ministry");
    assert.equal(fcdo.mentions.length, 2);
    assert.equal(r.people.find((p) => p.name === "Mark Smith")!.mentions.length, 2);
  });

  it("suppresses a false entity everywhere", () => {
    const r = resolveEntities(corpus, overrides("- name: Second Secretary\n  suppress: true\n"));
    assert.ok(!r.people.some((p) => p.name === "Second Secretary"));
  });

  it("splits one name into two people by the seeds that mention each", () => {
    const r = resolveEntities(corpus, overrides("- name: John Smith\n  split:\n    - name: John Smith (footballer)\n      articles: [sport/derby.txt]\n"));
    const johns = r.people.filter((p) => p.name.startsWith("John Smith"));
    assert.deepEqual(names(johns), ["John Smith", "John Smith (footballer)"]);
    assert.equal(johns.find((p) => p.name === "John Smith (footballer)")!.slug, "john-smith-footballer");
  });

  it("refiles an entity under the kind the librarian sets", () => {
    const r = resolveEntities(corpus, overrides("- name: Amnesty International\n  kind: organisation\n"));
    assert.ok(!r.people.some((p) => p.name === "Amnesty International"));
    assert.ok(r.organisations.some((o) => o.name === "Amnesty International"));
  });

  it("a kind set by the librarian wins over the kind most articles give: a place or other thing gets no page", () => {
    const votes = [
      article("a.txt", [person("Union Station")]),
      article("b.txt", [person("Union Station")]),
      article("c.txt", [], [], [person("Union Station")]),
      article("d.txt", [person("Coronation Street")]),
    ];
    assert.ok(resolveEntities(votes).people.some((p) => p.name === "Union Station"));
    const r = resolveEntities(votes, overrides("- name: Union Station\n  kind: place\n- name: Coronation Street\n  kind: other\n"));
    assert.deepEqual(names(r.people), []);
    assert.deepEqual(names(r.organisations), []);
    const o = resolveEntities(votes, overrides("- name: Union Station\n  kind: organisation\n"));
    assert.equal(o.organisations.find((e) => e.name === "Union Station")!.mentions.length, 3);
  });

  it("links each of an article's names, by its place in the article's list, to the folder it is filed under", () => {
    const corpus = [
      article("a.txt", [person("Mark Smith", ["Smith"]), person("Second Secretary")], [person("FCDO")]),
      article("b.txt", [person("Jane Doe")], [], [person("Union Station")]),
      article("c.txt", [person("Union Station"), person("Mark Smith")]),
      article("d.txt", [person("Union Station")]),
    ];
    const r = resolveEntities(corpus, overrides("- name: Second Secretary\n  suppress: true\n"));
    const smith = r.people.find((p) => p.name === "Mark Smith")!;
    const station = r.people.find((p) => p.name === "Union Station")!;
    assert.deepEqual(r.local[0]!.person, [smith, undefined], "a suppressed name links nowhere");
    assert.deepEqual(r.local[0]!.organisation, [r.organisations.find((o) => o.name === "FCDO")]);
    assert.deepEqual(r.local[2]!.person, [station, smith]);
    // Two articles of three call it a person: its folder holds the third article's mention too, but that article
    // lists it as a place and links it from no list.
    assert.equal(station.mentions.length, 3);
    assert.deepEqual(r.local[1]!.person, [r.people.find((p) => p.name === "Jane Doe")]);
  });

  it("reports mistakes with the file and line", () => {
    const bad = readOverrides("entities.yml", "- name: Mark Smith\n  aliases: [M. Smith]\n- name: FCDO\n  kind: department\n- name: Jo\n  alias: [J]\n");
    assert.deepEqual(
      bad.problems.map((p) => `${p.file}: ${p.reason}`),
      ['entities.yml:4: "kind" must be one of person, organisation, place, other', 'entities.yml:5: unknown key "alias" (allowed: name, kind, aliases, description, suppress, split)'],
    );
    assert.match(readOverrides("entities.yml", "- name: [unclosed\n").problems[0]!.file, /^entities\.yml:\d+$/);
    assert.match(readOverrides("entities.yml", "name: Mark Smith\n").problems[0]!.reason, /must be a list/);
    assert.match(readOverrides("entities.yml", "- name: A\n- name: a\n").problems[0]!.reason, /already declared/);
  });
});

describe("entity slugs and the site's own paths", () => {
  it("never gives an entity the slug the A–Z index uses for its own pages", () => {
    const r = resolveEntities([article("a.txt", [], [person("Page")])]);
    assert.match(r.organisations[0]!.slug, /^page-[0-9a-f]{6}$/);
  });
});

/**
 * People and organisations an article names, with aliases, descriptors and the paragraphs naming them.
 * (First version: owned by the people/organisations work, which deepens it.)
 */
import nlp from "compromise";
import type { Organisation, Paragraph, Person } from "../article.js";
import { slugOrHash } from "../slug.js";

export interface Entities {
  people: Person[];
  organisations: Organisation[];
}

export function findEntities(paragraphs: Paragraph[]): Entities {
  const people = new Map<string, Person>();
  const organisations = new Map<string, Organisation>();
  for (const paragraph of paragraphs) {
    const doc = nlp(paragraph.text);
    for (const name of doc.people().out("array") as string[]) {
      const clean = name.replace(/[’']s$/, "").replace(/[^\p{L}\s'’-]/gu, "").trim();
      if (!clean.includes(" ")) continue;
      const person = people.get(clean) ?? { name: clean, slug: slugOrHash(clean, "person"), aliases: [], descriptors: [], paragraphs: [] };
      if (!person.paragraphs.includes(paragraph.id)) person.paragraphs.push(paragraph.id);
      people.set(clean, person);
    }
    for (const name of doc.organizations().out("array") as string[]) {
      const clean = name.replace(/[’']s$/, "").replace(/[,.;:]+$/, "").trim();
      if (!clean) continue;
      const org = organisations.get(clean) ?? { name: clean, slug: slugOrHash(clean, "org"), aliases: [], descriptors: [], paragraphs: [] };
      if (!org.paragraphs.includes(paragraph.id)) org.paragraphs.push(paragraph.id);
      organisations.set(clean, org);
    }
  }
  return { people: [...people.values()], organisations: [...organisations.values()] };
}

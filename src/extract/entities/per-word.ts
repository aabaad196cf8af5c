/**
 * A predicate of a word alone, remembered per word. The tagger asks the same few lexicon questions (a role noun?
 * a nationality? a given name? a title?) of every token, its neighbours and its segment's words, many times each,
 * and each answer folds the word and searches several lists; the answer depends on the word alone, so it is kept
 * (bounded, so a huge archive cannot grow it without limit). Remembering changes no answer.
 */
export function perWord<T>(predicate: (word: string) => T, limit = 50_000): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined && !known.has(word)) {
      answer = predicate(word);
      if (known.size > limit) known.clear();
      known.set(word, answer);
    }
    return answer as T;
  };
}

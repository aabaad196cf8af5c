/**
 * Cues: the speech verbs (and "according to") that attribute words to a speaker, and the word-level tokens
 * that attribution frames are read from.
 */
import { lowerCase, startsLower, startsUpper } from "../letters.js";

// Asked in loops, so built once here: a regex literal inside a function is a new RegExp object every time it runs.
const DOUBLED_CONSONANT = /([b-df-hj-np-tv-z])\1$/;

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Words with inner apostrophes, dots, hyphens and ampersands kept whole: Trump’s, U.S, al-Assad, AT&T.
// A double hyphen between spaces is the typewriter's dash (wire copy: "the commission -- which …").
// The tokens are those of /[\p{L}\p{N}]+(?:[’'.&\-][\p{L}\p{N}]+)*|[,;:()—–]|(?<=\s)--?(?=\s)/gu over the frame,
// read by hand: this runs many times over every paragraph, and a regex makes an array for every match.
const WORD_CHAR_AT = /[\p{L}\p{N}]/uy;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SPACE = /\s/;
const JOINERS = new Set(["’", "'", ".", "&", "-"]);
const PUNCTUATION = new Set([",", ";", ":", "(", ")", "—", "–"]);

/**
 * How many UTF-16 units the letter or digit at s[i] takes (2 beyond the Basic Multilingual Plane), or 0 when
 * s[i] starts none. A surrogate without its other half is neither, as it is to the regex.
 */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    return d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  WORD_CHAR_AT.lastIndex = i;
  return WORD_CHAR_AT.test(s) ? 1 : 0;
}

/** Words and the punctuation that shapes an attribution frame (commas, colons, dashes) of text[from, to). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // Only the frame is sliced and scanned, so reading many small frames of a long paragraph stays linear.
  const s = text.slice(from, to);
  let i = 0;
  while (i < s.length) {
    let end = i;
    let w = wordCharAt(s, i);
    if (w > 0) {
      // Letters and digits, and again after each joiner that has one after it.
      do {
        end += w;
        w = end < s.length ? wordCharAt(s, end) : 0;
        if (w === 0 && end + 1 < s.length && JOINERS.has(s[end]!)) {
          const after = wordCharAt(s, end + 1);
          if (after > 0) {
            end += 1;
            w = after;
          }
        }
      } while (w > 0);
    } else if (PUNCTUATION.has(s[i]!)) end = i + 1;
    else if (s[i] === "-" && i > 0 && SPACE.test(s[i - 1]!)) {
      if (s[i + 1] === "-" && i + 2 < s.length && SPACE.test(s[i + 2]!)) end = i + 2;
      else if (i + 1 < s.length && SPACE.test(s[i + 1]!)) end = i + 1;
    }
    if (end === i) {
      i++;
      continue;
    }
    const start = from + i;
    const word = s.slice(i, end);
    const tokenText = word === "--" ? "—" : word;
    tokens.push({ text: tokenText, lower: lowerCase(tokenText), start, end: from + end });
    i = end;
  }
  return tokens;
}

const forms = (list: string) => list.split(/\s+/).filter(Boolean);

/** Verbs of saying that introduce quoted or reported words, in the forms news uses ("said", "says", "saying"). */
export const SPEECH_VERBS = new Set(
  forms(`
    say says said saying tell tells told telling add adds added adding write writes wrote writing
    claim claims claimed stated explain explains explained note notes noted argue argues argued
    insist insists insisted ask asks asked reply replies replied respond responds responded declare declares
    declared warn warns warned announce announces announced recall recalls recalled concede concedes conceded
    admit admits admitted acknowledge acknowledges acknowledged suggest suggests suggested urge urges urged
    tweet tweets tweeted tweeting joke jokes joked quip quips quipped complain complains complained predict
    predicts predicted promise promises promised vow vows vowed pledge pledges pledged counter counters
    countered maintain maintains maintained contend contends contended observe observes observed remark
    remarked conclude concludes concluded emphasize emphasizes emphasized emphasise emphasises
    emphasised stress stresses stressed confirm confirms confirmed deny denies denied allege alleges alleged
    boast boasts boasted lament laments lamented caution cautions cautioned shout shouts shouted yell yells
    yelled testify testifies testified reveal reveals revealed disclose discloses disclosed wonder wonders
    wondered muse mused agree agrees agreed exclaim exclaimed assert asserts asserted demand demands demanded
    scoff scoffed snap snapped mutter muttered whisper whispered cried continued continues
    reads read posted proclaimed proclaims charged recounted recounts retorted thundered
    blasted chimed interjected opined reiterated reiterates texted emailed messaged
    thanked thanks praised praises criticized criticised slammed slams called calls labeled labelled labeling
    described describes dismissed hailed accused accuses touted touts mocked mocks ridiculed derided branded
    noting arguing explaining calling insisting declaring warning asking
    quoted quoting responding replying describing praising
    beamed laughed gushed sighed marveled marvelled exulted fumed pleaded begged boomed roared deadpanned
    barked protested objected interrupted advised assured assures answered answers pressed presses
    cracked gloated retaliated affirmed affirms scolded lectured chided reacted remembered remembers
    reported written spoken
    elaborated elaborates surmised surmises speculated speculates reasoned recollected commented
    summarized summarised summed clarified clarifies corrected interjects griped grumbled
    chant chants chanted chanting sang screamed screaming yelling shouting exhorted exhorts citing
  `),
);

/** Cues that report thoughts and findings rather than words: they attribute reported speech, never quotes. */
export const REPORT_VERBS = new Set(
  forms(`
    believe believes believed think thinks thought feel feels felt hope hopes hoped fear fears feared expect
    expects expected estimate estimates estimated find finds found show shows showed shown indicate indicates
    indicated report reports reported worry worries worried know knows knew understand understands
    understood contend realize realized argued
  `),
);

/**
 * Stances a speaker takes in public, which news reports as it reports speech ("Smith wants to …", "the union
 * opposed the plan", "the senator called for an inquiry"): they attribute reported speech, never a quote.
 */
export const STANCE_VERBS = new Set(
  forms(`
    want wants wanted support supports supported endorse endorses endorsed oppose opposes opposed propose
    proposes proposed defend defends defended refuse refuses refused reject rejects rejected blame blames
    blamed cite cites cited seek seeks sought offer offers offered back backs backed question questions
    questioned denounce denounces denounced decry decries decried condemn condemns condemned mention mentions
    mentioned challenge challenges challenged threaten threatens threatened recommend recommends recommended
    dispute disputes disputed applaud applauds applauded welcome welcomes welcomed request requests requested
    plan plans planned decline declines declined attack attacks attacked favor favors favored favour favours
    favoured prefer prefers preferred intend intends intended signal signals signaled signalled
    acknowledges accuse pledge promise vow urge suggest deny insist warn
    express expresses expressed voice voices voiced echo echoes echoed highlight highlights highlighted
    assail assails assailed bemoan bemoans bemoaned rebuke rebukes rebuked celebrate celebrates celebrated
    embrace embraces embraced champion champions championed promote promotes promoted
    compare compares compared liken likens likened
  `),
);

/**
 * Verbs that report speech or a stance only with their particle: "spoke about the economy", "called for an
 * inquiry", "railed against the deal", "pointed to the polls". Without it ("spoke at a rally") they report
 * nothing. The particle is skipped and the words after it are what is reported.
 */
const PARTICLE_CUES = new Map<string, RegExp>(
  [
    ["spoke speaks speaking", /^(of|about|out|against)$/],
    ["talked talks talking", /^(about|of)$/],
    ["referred refers referring", /^to$/],
    ["pushed pushes pushing", /^(for|back)$/],
    ["railed rails railing", /^against$/],
    ["lashed lashes lashing", /^out$/],
    ["pointed points pointing point", /^(out|to)$/],
    ["weighed weighs weighing", /^in$/],
    ["voted votes voting", /^(for|against)$/],
    ["advocated advocates advocating", /^for$/],
    ["campaigned campaigns campaigning", /^(for|against|on)$/],
    ["argued argues arguing", /^(for|against)$/],
    ["warned warns warning", /^(of|about|against)$/],
    ["complained complains complaining", /^(about|of)$/],
    ["hinted hints hinting", /^at$/],
    ["boasted boasts boasting", /^(about|of)$/],
    ["joked jokes joking", /^about$/],
    ["apologized apologised apologizes apologises apologizing apologising", /^for$/],
    ["agreed agrees agreeing", /^(with|on)$/],
  ].flatMap(([verbs, particle]) => (verbs as string).split(" ").map((v) => [v, particle as RegExp] as const)),
);

/** Is this word (lower case) a verb that reports only with its particle ("spoke about", "called for")? */
export const isParticleCue = (lower: string) => PARTICLE_CUES.has(lower);

/**
 * How many particle tokens follow a particle cue at tokens[c] ("railed against" → 1, "lashed out at" → 2,
 * "weighed in on" → 2), or 0 when tokens[c] is not one.
 */
export function particleAfter(tokens: Token[], c: number): number {
  const particle = PARTICLE_CUES.get(tokens[c]?.lower ?? "");
  if (!particle || !startsLower(tokens[c]!.text) || !particle.test(tokens[c + 1]?.lower ?? "")) return 0;
  // "lashed out at", "weighed in on", "pointed out that": the second particle belongs to the cue too.
  return /^(at|on|that)$/.test(tokens[c + 2]?.lower ?? "") && /^(out|in)$/.test(tokens[c + 1]!.lower) ? 2 : 1;
}

/** Stances whose complement is an infinitive: "wants to", "refused to", "declined to comment". */
export const TO_STANCES = new Set(
  forms(`
    want wants wanted refuse refuses refused seek seeks sought offer offers offered plan plans planned decline
    declines declined threaten threatens threatened intend intends intended prefer prefers preferred promise
    promises promised vow vows vowed pledge pledges pledged agree agrees agreed hope hopes hoped expect expects
    expected urge urges urged ask asks asked
  `),
);

/** Auxiliaries and adverbs that may sit between a speaker and the cue: "Smith has long said", "he later told". */
const BETWEEN = new Set(
  forms(`
    has have had was were is are be been would will could might may did does do also later then once previously now
    again often repeatedly recently reportedly simply just earlier publicly privately flatly quickly frequently
    still never always already first last further finally not n't angrily bluntly told even likely
    doesn't don't didn't won't wouldn't can't cannot couldn't isn't wasn't hasn't haven't hadn't shouldn't
    doesn’t don’t didn’t won’t wouldn’t can’t couldn’t isn’t wasn’t hasn’t haven’t hadn’t shouldn’t
  `),
);

/** A capitalised "Read", "Says" or "Tells" inside a frame is a name ("Ian Read said"), not a cue. */
export function isSpeechVerb(token: Token | undefined): boolean {
  // Capitalised, a cue is mostly a name or a title ("Read", "Post"); "Said" opens an inversion, and some outlets
  // capitalise "Tweeted".
  return !!token && SPEECH_VERBS.has(token.lower) && (!startsUpper(token.text) || token.text === "Said" || /^Tweet(?:ed|s)$/.test(token.text));
}

export function isReportVerb(token: Token | undefined): boolean {
  return !!token && (SPEECH_VERBS.has(token.lower) || REPORT_VERBS.has(token.lower) || STANCE_VERBS.has(token.lower));
}

/**
 * "touting", "slamming", "urging": the participle of a cue, found from its finite forms so every cue's
 * participle counts without a list of its own ("tout" → touts, "slam" → slams, "urge" → urges).
 */
export function isCueParticiple(token: Token | undefined): boolean {
  if (!token || !token.lower.endsWith("ing") || token.lower.length < 6 || !startsLower(token.text)) return false;
  const stem = token.lower.slice(0, -3);
  const doubled = DOUBLED_CONSONANT.test(stem) ? stem.slice(0, -1) : null;
  const forms = [`${stem}s`, `${stem}es`, `${stem}ed`, `${stem}es`.replace(/es$/, "s"), `${stem}e`, ...(doubled ? [`${doubled}s`, `${doubled}ed`] : [])];
  return forms.some((f) => SPEECH_VERBS.has(f) || REPORT_VERBS.has(f) || STANCE_VERBS.has(f));
}

/** An adverb or auxiliary between speaker and cue. */
export function isBetweenWord(token: Token | undefined): boolean {
  // Only in lower case: "Brian May has said", "Will said" are names.
  return !!token && startsLower(token.text) && (BETWEEN.has(token.lower) || token.lower.endsWith("ly"));
}

/** "according to" at tokens[i], i+1. */
export function isAccordingTo(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === "according" && tokens[i + 1]?.lower === "to";
}

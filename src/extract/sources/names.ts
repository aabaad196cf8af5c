/** Names of news organisations, for telling a wire agency or an outlet from a person or a company. */

/** Wire agencies, each under the name the archive files it; abbreviations as datelines and credits print them. */
const AGENCIES: [RegExp, string][] = [
  [/^(?:the\s+)?(?:Associated Press|AP)$/i, "Associated Press"],
  [/^Reuters$/i, "Reuters"],
  [/^(?:Agence France[- ]Presse|AFP)$/i, "Agence France-Presse"],
  [/^(?:United Press International|UPI)$/, "United Press International"],
  [/^(?:Xinhua|Xinhua News Agency)$/i, "Xinhua"],
  [/^(?:Deutsche Presse-Agentur|dpa)$/i, "dpa"],
  [/^(?:the\s+)?(?:Press Association|PA|PA Media)$/, "PA Media"],
  [/^(?:Kyodo|Kyodo News)$/i, "Kyodo News"],
  [/^(?:Yonhap|Yonhap News Agency)$/i, "Yonhap"],
  [/^(?:Interfax|TASS|Tass|RIA Novosti|ANSA|EFE|AAP|Anadolu|Anadolu Agency|IRNA|WAFA|KCNA|Bernama|PTI|Press Trust of India|PAP|Polish Press Agency|ANP|Belga|APA|CTK|MTI|Lusa|Efe|Antara|Xinhua)$/, ""],
  [/^(?:the\s+)?Canadian Press$/i, "The Canadian Press"],
  [/^Bloomberg(?: News)?$/i, "Bloomberg"],
  [/^Getty Images$/i, "Getty Images"],
];

/** The agency's archive name when `name` is a wire agency (or picture agency), else null. */
export function agencyName(name: string): string | null {
  const clean = name.trim();
  for (const [pattern, canonical] of AGENCIES) if (pattern.test(clean)) return canonical || clean;
  return null;
}

/** Agencies as they appear in running copy; abbreviations only where they are unambiguous. */
export const AGENCY_IN_TEXT =
  /\b(?:the\s+)?(Associated Press|Reuters|Agence France[- ]Presse|Xinhua(?: News Agency)?|United Press International|Deutsche Presse-Agentur|Press Association|Kyodo(?: News)?|Yonhap(?: News Agency)?|Interfax|RIA Novosti|Anadolu Agency|Press Trust of India|Canadian Press)\b|\((AP|AFP|UPI|PA|dpa|AAP|PTI|Reuters|Xinhua)\)/g;

const OUTLET_WORD =
  /\b(?:News|Times|Post|Journal|Guardian|Telegraph|Herald|Tribune|Gazette|Independent|Mail|Mirror|Express|Observer|Economist|Standard|Chronicle|Inquirer|Courier|Star|Globe|Radio|TV|Television|Channel|Magazine|Daily|Weekly|Review|Today|Network|Broadcasting|Media|Wire|Week|Monthly|Bulletin|Record|Sentinel|Examiner|Dispatch|Press|Online)\b/;
const KNOWN_OUTLETS =
  /^(?:BBC(?: [A-Z][\w]+)*|CNN|NBC(?: News)?|ABC(?: News)?|CBS(?: News)?|Fox News|MSNBC|NPR|PBS|Sky News|ITV(?: News)?|Channel 4(?: News)?|Al Jazeera|HuffPost(?: UK| US)?|Huffington Post|BuzzFeed(?: News)?|Politico|Axios|Vox|Vice(?: News)?|Wired|Forbes|Fortune|Bloomberg|Breitbart(?: News)?|Slate|Salon|The Atlantic|The New Yorker|Newsweek|Time|Le Monde|Der Spiegel|Haaretz|Bild|El País|Xinhua|TASS|RT|Euronews|Deutsche Welle|DW|LBC|GB News|The Sun|Metro|Reuters)$/;

/** Whether a capitalised name reads as a newspaper, broadcaster or news site ("HuffPost UK", "The Times"). */
export function isOutletName(name: string): boolean {
  const clean = name.replace(/^the\s+/i, "").trim();
  return KNOWN_OUTLETS.test(clean) || KNOWN_OUTLETS.test(`The ${clean}`) || OUTLET_WORD.test(clean);
}

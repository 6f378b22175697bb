/** Conferencing boilerplate: join links, dial-ins, passcodes and separators are not content. */
import { siteHosts } from '../../platform/sites';

/** Video-call services whose join links are boilerplate; Teams' hosts come from the site table. */
const CONFERENCING_HOSTS = [
  'zoom.us', 'zoomgov.com', 'meet.google.com', 'webex.com', 'gotomeeting.com', 'gotomeet.me', 'whereby.com',
  'bluejeans.com', 'chime.aws', 'meet.jit.si', 'around.co', ...siteHosts('teams'),
];
const CONFERENCING_URL = new RegExp(
  `(?:https?://)?(?:[\\w-]+\\.)*(?:${CONFERENCING_HOSTS.map((h) => h.replaceAll('.', '\\.')).join('|')})/\\S*`,
  'gi',
);

/** Whole lines that only carry joining information. */
const BOILERPLATE_LINE = [
  /^(?:join|joining)\b.*\b(?:zoom|meet|teams|webex|meeting|call|video|phone|bridge|by phone|on (?:your )?(?:computer|mobile))/i,
  /^(?:zoom|google meet|meet|microsoft teams|teams|webex)(?: meeting| call| link| video)?\s*:?\s*$/i,
  /^(?:zoom|google meet|meet|microsoft teams|teams|webex|video call|video|call|bridge|dial[- ]?in|phone|link)(?: meeting| call| link| id)?\s*:/i,
  /^(?:meeting|conference|webinar)\s*(?:id|number|code)\b/i,
  /^(?:passcode|password|pin|access code|participant code|meeting password)\b\s*[:#\d]/i, // not "Pin your ideas on the wall"
  /^(?:dial|dial[- ]?in|one tap mobile|find your local number|more phone numbers|join by phone|phone numbers?)\b/i,
  /^\+?\d[\d\s().,#*-]{6,}(?:\s*\(?[a-z]{2}\)?)?(?:\s+.*)?$/i, // a phone number line ("+1 646 558 8656 US (New York)")
  /^(?:-::~:~::~:|::~:~::|-{3,}|_{3,}|={3,})/, // Google's invite separators, rulers
  /^(?:invitation from google calendar|you are receiving this|learn more about meet|please do not edit this section|click here to join|for organizers|microsoft teams need help)\b/i,
  /^bridge link (?:below|above)\.?$/i,
  /\bis inviting you to a (?:scheduled )?(?:zoom |teams |webex |google meet )?meeting\b/i, // Zoom's opening line
];

/** A bullet or number in front of a line: a dial-in list is still a dial-in list. */
const LIST_MARKER = /^(?:\d{1,2}[.)]|[-*•·–—▪◦●○])\s+/;
const isBoilerplate = (line: string) => {
  const bare = line.replace(LIST_MARKER, '');
  return BOILERPLATE_LINE.some((re) => re.test(bare));
};

/** Sentences that only point at joining info ("Bridge link below.") are not content either. */
const BOILERPLATE_SENTENCE = /\b(?:bridge|zoom|meet|teams|call|dial[- ]?in) link (?:below|above)\b\.?/gi;

/** The description with joining info removed, as trimmed non-empty lines. */
export function contentLines(description: string): string[] {
  return description
    .replace(CONFERENCING_URL, ' ')
    .replace(BOILERPLATE_SENTENCE, ' ')
    .split(/\r?\n/)
    .map((l) => l.replace(/[\u200b\ufeff]/g, '').trim())
    .filter((l) => l && !isBoilerplate(l) && /[\p{L}\p{N}]/u.test(l));
}

/** Non-conferencing links in the description (documents, boards, RFCs): worth carrying over. */
export function documentLinks(description: string): string[] {
  const found = description.replace(CONFERENCING_URL, ' ').match(/https?:\/\/[^\s<>()"']+/g) ?? [];
  return [...new Set(found.map((u) => u.replace(/[.,;:!?]+$/, '')))].slice(0, 5);
}

/**
 * What a bare ping is made of in the Romance languages, by word shape (Spanish and Portuguese use it;
 * French may): interjections, chat shorthand, call apps, durations, nouns of a short while with every
 * diminutive, and a pronoun hyphened to a verb. Its own module, so only the packs that read pings
 * with it fetch it (lang/intl.ts is in every language's chunk).
 */
import { rx } from './intl';

/**
 * Interjections and calls for attention in these languages, by shape: "psst", "psiu",
 * "eyyy", "ei", "oiii", "opa", "alô", "ô", "hmm", "jajaja", "hahaha", "kkkk", "rsrs", "xD".
 */
const INTERJECTION = 'p+s+t*|p+s+i+u+|e+y+|e+i+|o+i+|o+p+a+|h+e+y+|h+i+|a+l+[oô]+|[oô]+|[ae]+h+|[ou]+h+|h+m+|m+h?m+|(?:j[aei]|h[aei]|rs)+|k{3,}|lol|xd';

/**
 * Words no topic is made of in any of these languages: chat shorthand, the apps a call happens in,
 * durations and clock times ("5min", "10'", "15h", "9:30"), and nouns of a short while with every
 * diminutive ("minuto", "minutito", "minutico", "minutín", "minutinho", "momentito", "segundinho").
 */
const CHAT = "ok[ae]?y?|pl[sz]|asap|mins?|seg|secs?|hrs?|call|meet|zoom|teams|slack|whats(?:app)?|wa|zap|online|offline|\\d{1,3} ?(?:mins?|m|h|hs|hrs?|s|seg|')|\\d{1,2}[:h]\\d\\d";
const WHILE = '(?:minut|moment|segund|instant|rat|hue(?:c|qu)|cos|cois|temp)(?:o|e|ito|ita|ico|ica|illo|illa|ín|ina|inho|inha|zinho|zinha|ecito)?s?';
/** A pronoun hyphened to a Portuguese verb ("liga-me", "diga-me", "falar-te"). */
const CLITIC = '(?:-(?:me|te|se|nos|vos|lhe|lhes|lo|la|los|las|o|a))?';

/** What `ping.interjection` matches: the shared shapes and the language's own (an alternation). */
export function interjections(own: string): RegExp {
  return new RegExp(`^(?:${INTERJECTION}|${own})$`);
}

/**
 * What `ping.noTopicWord` matches: a whole word of the closed classes a ping is made of, by shape:
 * the shared ones above and the language's own (an alternation of stems with their endings: the
 * verbs of calling, talking, having and being in every person, availability and time words).
 */
export function noTopicShapes(own: string): RegExp {
  return rx(new RegExp(`^(?:${INTERJECTION}|${CHAT}|${WHILE}|(?:${own})${CLITIC})$`));
}

/** Words a probe is made of: those listed, and every word of the shapes (`has` tests both). */
export function wordsAndShapes(list: string, shapes: RegExp): ReadonlySet<string> {
  return new (class extends Set<string> {
    override has(word: string): boolean {
      return super.has(word) || shapes.test(word);
    }
  })(list.split(' '));
}

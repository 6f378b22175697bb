/** Situations both the kind and the mode read. */

/** A person as the object of the meeting: their conduct, a complaint, hurt between colleagues. */
export const ABOUT_A_PERSON =
  /\b(?:(?:his|her|their|\w+'s) (?:conduct|behaviou?r|performance|remarks)|complain\w*|(?:hard|difficult|tough) conversation|clear(?:ing)? the air|(?:got|was) heated|feeling blamed|frustrated with each other)\b/i;

/** Realigning a project that has gone off-track: a status meeting that must happen live. */
export const OFF_TRACK =
  /\b(?:behind (?:schedule|the committed|plan|the plan)|\w+ (?:weeks?|months?) (?:behind|late)|was due last|off[- ](?:track|course)|slipp(?:ed|ing)|at risk|missed (?:the |our )?(?:[\w-]+ )?(?:deadline|date|milestone)|reset (?:the |our )?plan|(?:re-?align|reset) (?:on|now)|realign\w*|re-?plan|scope (?:no longer fits|creep)|red status|status (?:is )?red|course[- ]correct\w*|get back on track)\b/i;

/** Situations both the kind and the mode read. */

/** A person as the object of the meeting: their conduct, a complaint, hurt between colleagues. */
export const ABOUT_A_PERSON =
  /\b(?:(?:his|her|their|\w+'s) (?:conduct|behaviou?r|performance|remarks|workload|well-?being)|complain\w* (?:about|from|against|over|that)|(?:formal|hr) complaint|concerns? (?:about|from|over|with) (?:his|her|their|your|\w+'s)\b|(?<!code of )conduct\b|(?:concerns?|complaints?) (?:about|over) (?:how|the way)|how (?:he|she|they|the [\w-]+(?: [\w-]+)?) (?:spoke|speaks|talked|talks|treated|treats|behaved|acted) (?:to|with|towards)|hear (?:his|her|their|your) side|(?:hard|difficult|tough|harsh) (?:conversation|feedback)|clear(?:ing)? the air|(?:got|was) heated|(?:felt|feels|feeling) (?:\w+ly )?(?!(?:excited|pleased|relieved|valued|supported)\b)(?:\w+ed|hurt|upset)|with each other|friction|probation|appraisal|(?:not|isn't|aren't|stopped) (?:speaking|talking) to each other|tension (?:in|between|within)|both sides)\b/i;

/** Realigning a project that has gone off-track: a status meeting that must happen live. */
export const OFF_TRACK =
  /\b(?:behind (?:schedule|the committed|plan|the plan)|\w+ (?:weeks?|months?) (?:behind|late)|was due last|off[- ](?:track|course)|(?:has|have|had|it|we|launch|release|project|date|deadline|milestone|timeline|schedule|plan|migration|relaunch|delivery|deliverables)(?: \w+)? slipp(?:ed|ing)|at risk|missed (?:the |our )?(?:[\w-]+ )?(?:deadline|date|milestone)|reset (?:the |our )?plan|(?:re-?align|reset) (?:on|now)|realign\w*|re-?plan|re-?work (?:the |our )?plan|scope (?:no longer fits|creep)|red status|status (?:is )?red|course[- ]correct\w*|get back on track)\b/i;

//! What: the kind of event and the killed / injured / arrested counts.
//!
//! Counts come from phrases ("two other officers wounded", "An officer and a process server
//! have been killed", "killing one", "three people were shot") and from the people named with
//! that status (`lib.rs`: a phrase's count of deaths or injuries wins, the people named count
//! only when no phrase does; for arrests the larger wins). Numbers in sentences about statistics ("last year",
//! "this year", "since 2010") are ignored. Vague quantifiers map to fixed values
//! (`text::number_value`): "several"/"few"/"multiple" → 3, "dozen" → 12, "dozens" → 24.

use std::sync::LazyLock;

use regex::Regex;
use storyfold_model::{CountFact, EventKind, Evidence};

use crate::text::{PROJECTILES, Sentence, TO_HOSPITAL_VERBS, number_value};

/// A subject that ends with a name and its age ("..., and Darrell Hawkins, 34 who", "...
/// and Ty Ross-Lane, 26 were arrested").
static NAME_AGE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Z][a-z'’.-]+\s+[A-Za-z][A-Za-z'’.-]+,\s+\d{1,3}(?:\s+(?:who|that)(?:\s+(?:had|has|have|was|were|is|are))?)?\s*$")
        .unwrap()
});

/// Sentences of statistics, and of other incidents: years before ("three years ago"), or the
/// one this incident follows ("follows a shooting last week").
static STATISTICS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(last year|this year|so far|since (?:19|20)\d\d|in (?:19|20)\d\d|between (?:[a-z]+\.? )?(?:19|20)\d\d and|nationwide|across the (?:us|u\.s\.|country|nation)|per year|each year|every year|annually|record|statistics|in the line of duty|(?:have|has) been (?:\w+ )?(?:shot|killed|slain|wounded|injured) since|(?:years|decades) (?:ago|earlier|before)|(?:follows|comes after|came after) (?:a|another|last \w+'s) (?:[\w-]+ )?shooting)\b").unwrap()
});

static CLOCK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{1,2}:\d{2}\b").unwrap());

/// Sentences that total several incidents ("separate shootings citywide", "20 people shot
/// over 80 hours", "weekend shootings"): skipped in a report of one incident.
static AGGREGATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b((?:a )?separate (?:[\w-]+ ){0,3}?(?:shootings?|incidents?|attacks?|accidents?)|in (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:separate )?(?:incidents|shootings|attacks)|in other (?:[\w-]+ ){0,2}?(?:shootings|attacks|incidents|violence)|unrelated|on the same block|citywide|city-wide|across the city|over the (?:(?:[\w'’-]+ ){0,4}?weekend|past|last)|in the (?:past|last|first) \w+ (?:hours|days|weeks|months|years)|in (?:about |roughly |less than |just |under |a )?(?:\w+|\d+) hours|\w+-hour (?:period|span|stretch)|(?:weekend|overnight|holiday) (?:gunfire|violence)|(?:other|separate) (?:[\w-]+ ){0,2}?(?:incidents|shootings)|incidents of (?:gunfire|violence)|(?:those|these|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:separate |different )?(?:crime )?scenes|first \w+ (?:days|weeks|months) of|the most in|people have been (?:shot|killed)|(?:span|spate|string|rash|wave) of|since (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)|(?:violent|bloody|deadly) (?:weekend|night|stretch|week)|city count|homicide count|toll this|shootings|from (?:early |late )?(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:\w+ )?(?:to|until|through|into) (?:early |late )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:south|west|north|east)(?:west|east)? and (?:south|west|north|east)(?:west|east)? sides|across (?:town|chicago|the area|the region|the county))\b").unwrap()
});

/// `<subject> (have been|were|was) <verb>`: the subject phrase is read backwards from the verb.
static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(have been|has been|had been|are being|is being|were being|was being|were|was|are|is|got|left|remains|remained)?\s*(?:(?:accidentally|reportedly|critically|seriously|also|allegedly|apparently|mistakenly|later|eventually|subsequently|not (?:seriously|critically|badly|severely|life-threateningly))\s+)?(fatally shot|(?:shot|struck|hit|stabbed) and killed|(?:hit|struck) and (?:injured|wounded)|shot dead|(?:shot|stabbed|beaten) to death|(?:pronounced|declared) (?:clinically )?dead|found (?:shot )?dead|found (?:shot and )?(?:wounded|injured)|fatally (?:wounded|injured)|killed|dead|died|dies|passed away|wounded|injured|hurt|hospitalized|treated for|treated and released|treated at (?:a|an|the )?(?:[\w'’-]+ ){{0,3}}?(?:hospital|medical center)|fighting for (?:his|her|their) li(?:fe|ves)|(?:listed |reported )?in (?:critical|serious|stable|fair|grave|good)(?: but stable| and stable)? condition|in (?:the |a )?hospital|recovering (?:after being shot|after (?:an? |the )?(?:[\w-]+ ){{0,2}}?shooting|from (?:a |his |her |their )?(?:gunshot )?(?:wounds?|injuries))|found with (?:a )?gunshot wounds?|(?:found )?suffering from (?:a |multiple )?(?:gunshot|bullet) wounds?|(?:{TO_HOSPITAL_VERBS}) to (?:a|an|the )?(?:[\w'’-]+ ){{0,3}}?(?:hospital|medical center|trauma center)|(?:arrived|showed up|walked in) at (?:a|an|the )?(?:[\w'’-]+ ){{0,3}}?(?:hospital|medical center|emergency room) with (?:a |multiple )?(?:gunshot|bullet) wounds?|airlifted|(?:hit|struck|grazed) by (?:an? )?(?:stray )?(?:{PROJECTILES})|shot|arrested|taken into custody)\b")).unwrap()
});

/// `killing two`, `injuring three others`, `leaving one dead`; a headline's present tense
/// ("Gunfight at biker club kills 1, wounds 12").
static ACTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(killing|injuring|wounding|leaving|left|arresting|kills|wounds|injures)\s+([a-z0-9]+)(?:\s+(?:other|more|people|persons|men|women|others|children|teens|officers|victims|adults|seriously|critically|severely|badly|slightly|dead|injured|wounded|hurt))*").unwrap()
});

/// `fatally shot his wife and two young sons`, `shot and killed her mother`: a killer's
/// victims as the object of an active verb, up to the end of the clause.
/// "shot his 7-year-old daughter to death": the same objects, before "to death".
static KILLED_TO_DEATH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:shot|stabbed|beat)\s+((?:his|her|their)\s+[^,.;:]*?)\s+to death\b")
        .unwrap()
});

static KILLED_OBJECTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:fatally shot|shot and killed|killed|murdered|fatally stabbed)\s+((?:his|her|their)\s+[^,.;:]*?)(?:\s+(?:before|then|and then|after|while|in|at|on|inside|outside|early|late|last)\b|[,.;:]|$)").unwrap()
});

/// Relatives named as a killer's victims ("his stepfather", "her two sons"), besides the
/// singular and people nouns a subject can have (`SINGULAR_NOUNS`, `PEOPLE_NOUNS`).
const KIN_NOUNS: &[&str] = &[
    "sons",
    "daughters",
    "parents",
    "stepfather",
    "stepmother",
    "stepson",
    "stepdaughter",
    "fiancee",
    "fiance",
    "ex-wife",
    "ex-husband",
    "ex-girlfriend",
    "ex-boyfriend",
    "roommate",
];

/// `before killing himself`, `then killed herself`, `took his own life`: the killer died too.
static KILLED_SELF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:killing|killed|shot|shooting) (?:himself|herself)\b|\btook (?:his|her) own life\b|\bturn(?:ed|ing) the (?:gun|weapon) on (?:himself|herself)\b").unwrap()
});

/// `a quadruple shooting`, `a double homicide`: the people shot (or killed) in one word.
static MULTIPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(double|triple|quadruple|quintuple)[- ](shooting|homicide|murder|stabbing)\b",
    )
    .unwrap()
});

/// `sent four people to the hospital`, `shot six people`, "Gunman Shoots 4 People", "accused
/// of shooting five people", "the shooting of two teens": a count as the object of a verb
/// whose subject is the shooting or the shooter (a people noun must follow the number).
static SENT_OR_SHOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(sent|shot|shoots|(?:of|with|for|in) shooting|shootings? of)\s+([a-z0-9]+)\s+(?:[\w-]+\s+){0,2}?(people|persons|men|women|children|teens|teenagers|others|victims|officers|adults|students)\b(\s+to (?:the |a |area |local )?hospitals?)?").unwrap()
});

/// [`SUFFERED`]'s words when they are gunshot wounds with nothing said of how grave ("suffered
/// gunshot wounds", "sustained a gunshot wound").
static SUFFERED_SHOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:suffered|sustained)\s+(?:a\s+|multiple\s+|several\s+)?(?:gunshot|bullet)\s+wounds?$").unwrap()
});

/// Right after an active harm verb: its counted object ("15 people", "one man", "the
/// 6-year-old boy", "his 11-year-old brother", "another").
static ACTIVE_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:people|persons|person|men|man|women|woman|boys?|girls?|teens?|teenagers?|children|child|students?|officers?|victims?|others|adults?|brother|sister|son|daughter|wife|husband|mother|father|\d+-year-old|\d+-month-old)|(another))\b").unwrap()
});

/// An [`ACTIVE_OBJECT`] of others ("three other people", "two others").
static OTHERS_OBJECT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bothers?\b").unwrap());

/// Right after an active verb's counted object ([`ACTIVE_OBJECT`]): a second person joined by
/// "and" ("fatally shot a 19-year-old and his neighbor", "killed his wife and her mother").
/// Only one more: in "fatally shot a man and three others" the others were wounded.
static SECOND_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*,?\s+and\s+(a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:person|man|woman|boy|girl|teen|teenager|child|student|officer|victim|adult|brother|sister|son|daughter|wife|husband|mother|father|neighbou?r|friend|girlfriend|boyfriend|cousin|grandmother|grandfather|uncle|aunt|nephew|niece|roommate|\d+-year-old|\d+-month-old)\b").unwrap()
});

/// A subject of named people right before a verb: "Dennis Pedigo", "Jose Garcia III, 20, and
/// Feliberto Ponce, 17,", "Sgt. Ann Ross and Lance Cpl. Ned Farrow". Each name is two to four
/// capitalised words, with an abbreviated rank before it (one word may open the rank) and an
/// age after it.
static NAMED_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    let rank = crate::text::ABBREVIATED_RANK;
    let name = r"(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+(?:\s+(?:Jr\.|Sr\.|II|III|IV))?(?:,\s*\d{1,3},?)?";
    let name = format!("{rank}?{name}");
    Regex::new(&format!(r"(?:^|[^\w\s,]\s*|\b(?:said|and|but|as)\s+)((?:{name}\s*(?:,\s*and\s+|,\s*|\s+and\s+))*{name})\s*$"))
        .unwrap()
});

/// The number of people a named subject ends with (see [`NAMED_SUBJECT`]).
fn named_subject_count(head: &str) -> Option<u32> {
    // A rank is no name of its own ("Lance Cpl." before "Ned Farrow").
    static ONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"{}?(?:[A-Z][a-z'’-]+\s+){{1,3}}[A-Z][a-z'’-]+",
            crate::text::ABBREVIATED_RANK
        ))
        .unwrap()
    });
    let c = NAMED_SUBJECT.captures(head)?;
    let names = ONE.find_iter(&c[1]).count() as u32;
    // A run of capitalised words is a name only with a person's verb; an institution
    // ("Lake County Sheriff's Office") rarely is shot.
    (names > 0 && names <= 4).then_some(names)
}

/// The last words of the full names (two to four capitalised words) the report writes:
/// a follow-up sentence names the same person by surname alone.
fn surnames_of(sentences: &[Sentence]) -> Vec<&str> {
    static FULL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b[A-Z][a-z'’-]+\s+(?:[A-Z][a-z'’-]+\s+){0,2}([A-Z][a-z'’-]+)\b").unwrap()
    });
    let mut out: Vec<&str> = sentences
        .iter()
        .flat_map(|s| FULL.captures_iter(&s.text))
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// "…, where Slaughter was pronounced dead": one person named by a surname the report
/// writes in full elsewhere ("Keshawn Slaughter"), alone at the start of a clause.
fn lone_surname(head: &str, surnames: &[&str]) -> Option<u32> {
    static LONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[,;:]\s*|\b(?:where|when|and|but|said|after)\s+)([A-Z][a-z'’-]+)\s*$")
            .unwrap()
    });
    let c = LONE.captures(head)?;
    surnames.binary_search(&&c[1]).is_ok().then_some(1)
}

/// "Image 2 of 8": a gallery caption's numbers are no counts.
static GALLERY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:image|photo|slide) \d+ of \d+\b").unwrap());

/// An entry of a timeline of past incidents: "August 1982: Eight people killed …",
/// "2012 — Six shot at a temple".
static TIMELINE_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\s*(?::|—|–|-)\s").unwrap()
});

/// A station's name with its channel number ("WAVE 3 News", "KSDK 5", "News 4",
/// "Channel 7"): no count of people.
static STATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:[A-Z]{3,4}(?:-TV)?|News|Channel|NewsChannel)\s?\d{1,2}\b|\b\d{1,2}\s(?:News|Action News|Eyewitness News|On Your Side)\b").unwrap()
});

/// A parenthesised aside.
static PARENTHESES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\([^()]*\)").unwrap());

/// An aside between dashes right before the verb ("The four victims - three women and one
/// man - were shot", "the two men—both 19—were hurt"): it restates or describes the subject,
/// and its numbers are not more people. A hyphen counts as a dash only with a space before.
static DASH_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\s--?\s|\s?[–—]\s?)[^–—()]{1,80}?(?:\s--?|\s?[–—])\s*$").unwrap()
});

/// A counted subject's members described between dashes ("All three victims -- a 16-year-old
/// shot in the leg, a 17-year-old shot in the arm and a woman shot in the hip -- were taken to
/// hospitals"): their own verbs tell of the people already counted, so the aside is left out.
static COUNTED_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+)?(?:victims|people|persons|men|women|teens|teenagers|children|boys|girls|officers|adults))\s+(?:--?|[–—])\s[^–—]{1,200}?\s(?:--?|[–—])\s").unwrap()
});

/// An aside between commas right before the verb that picks out some of the subject ("Four
/// people, including a 17-year-old girl, were shot", "Five people, among them two children,
/// were wounded"): its people are already counted in the subject.
static COMMA_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:including|among\s+them|among\s+whom|mostly|most\s+of\s+them)\s[^,;:()]{1,80},\s*$")
        .unwrap()
});

/// One item of a comma list of people: "a 15-year-old girl", "two women".
static PEOPLE_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\s)(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}(?:man|woman|men|women|boy|girl|boys|girls|teen|teens|teenager|teenagers|child|children|person|people|adult|adults|juvenile|juveniles|officer|officers)\s*$").unwrap()
});

/// `ages 14 and 15`, `aged 9 to 12` right before a verb: the ages of the subject.
static AGES_APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s*(?:ages?|aged)\s+\d{1,3}(?:(?:\s*,\s*|\s+and\s+|\s+to\s+)\d{1,3})*,?\s*$")
        .unwrap()
});

/// `, 25, ` right before a verb: an age in apposition to the subject.
static AGE_APPOSITION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r",\s*\d{1,3},\s*$").unwrap());

/// How many of the people just counted died, right after the verb ("…, one fatally", "-- two
/// mortally"); the count is group 1.
const FATALLY_TAIL: &str =
    r"(?:,|\s*--|\s*—)\s*([a-z0-9]+)\s+(?:of them\s+)?(?:fatally|mortally)\b";

/// `four teens were shot, one fatally`: the number before "fatally" died.
static ONE_FATALLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b(?:shot|wounded|struck){FATALLY_TAIL}")).unwrap());

/// Right after a harm verb: how many of them died ("wounded, one fatally").
static FATALLY_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^{FATALLY_TAIL}")).unwrap());

/// `a shooting that killed a 12-year-old boy`, `gunfire that wounded two men`: the count is
/// the object of a relative clause (a people noun must follow within three words).
static THAT_KILLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:that|which|(?:shooting|gunfire|attack|gunman|shooter|gunmen|blast|explosion)(?:\s+(?:also|then|reportedly))?)\s+(killed|wounded|injured)\s+([a-z0-9]+)((?:\s+[\w-]+){0,3})")
        .unwrap()
});

/// `One of 5 shot in a billiards bar dies`, `one of the five people hospitalized … has died`:
/// a part of the people hurt died (group 1) of a whole (group 2). "One of the two people who died" is read by
/// the subject rules first, as the part.
static PART_DIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(one|two|three|\d{1,2}) of (?:the )?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:[\w-]+ ){0,3}?(?:shot|wounded|injured|hurt|hospitalized|victims|people|men|women|teens|students)\b[^.;:]{0,80}?\s(?:dies|died|has died|have died)\b").unwrap()
});

/// `A second victim has died`, `Third person dies after shooting`: an ordinal of the dead
/// (group 1) counts that many deaths. Only for a death: "a second man was wounded" may follow
/// one killed, the second person of the story.
static NTH_DIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(second|third|fourth|fifth|sixth|seventh|eighth|2nd|3rd|4th|5th|6th) (?:[\w-]+ ){0,2}?(?:person|people|victim|man|woman|teen|teenager|boy|girl|child|officer|student|resident|suspect)\s+(?:has |have |had )?(?:now |since |later )?(?:dies|died|succumbs|succumbed)\b").unwrap()
});

/// `three bodies were found`: the bodies are the dead.
static BODIES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b([a-z0-9]+)\s+bodies\b").unwrap());

/// `the shooting death of his daughter`: one death at least.
static DEATH_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:shooting|stabbing|fatal shooting|beating) death|fatal (?:shooting|stabbing)) of\b").unwrap()
});

/// `a firefighter suffered a minor shoulder injury`, `two passengers sustained burns`.
static SUFFERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:suffered|sustained|have)\s+(?:[\w-]+\s+){0,3}?(?:injuries|injury|wounds?|burns)\b",
    )
    .unwrap()
});

/// A headline opening with two to five bare person nouns and a harm ("Mother, boy fatally
/// shot"): see its use in [`counts`].
static NOUN_LIST: LazyLock<Regex> = LazyLock::new(|| {
    // "Woman and 5-year-old child injured": a singular noun may carry its age.
    let noun = "(?:(?:\\d{1,2}-(?:year|month)-old\\s+)?(?:man|woman|boy|girl|teen|mother|father|son|daughter|child|toddler|baby|wife|husband|brother|sister|grandmother|grandfather|couple|infant)|(?:\\d{1,2}|two|three|four|five|six)\\s+(?:children|kids|sons|daughters|men|women|boys|girls|teens|others))";
    Regex::new(&format!(
        r"(?i)^((?:{noun}(?:,\s+|\s+and\s+|,\s+and\s+)){{1,4}}{noun})\s+(?:(?:were|are)\s+)?(fatally shot|found dead|shot dead|killed|dead|shot|wounded|injured|hurt)\b"
    ))
    .unwrap()
});

/// A pronoun right after an active harm verb: its object.
static PRONOUN_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(himself|herself|themselves|them|him|her)(?:\s*[,.;:]|\s+(?:in|on|with|at|and|before|after|while|as|once|twice|multiple|several|during|inside|outside|through)\b|\s*$)").unwrap()
});

/// The rest of a sentence telling that its subject died: "… and later died", "… to the face
/// and later died", "…, where he later died" (not "… and a third person died").
static LATER_DIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\s+[^.,;:\s]+){0,6}?\s+(?:and|but)\s+(?:later |eventually |then )?(?:died|succumbed)\b|\b(?:where|before|after which) (?:he|she|they) (?:later |eventually |then )?(?:died|succumbed|(?:was|were) pronounced dead)\b").unwrap()
});

/// Between two clauses of one verb: "… and a 5-year-old girl" (was shot), "… and another
/// man": a second subject introduced as another person.
static ANOTHER_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^,;]{0,60}?\band\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}?[a-z-]+\s+(?:was|is)\s*$",
    )
    .unwrap()
});

/// A headline's subject: capitalised words, then a singular noun in lower case or an age
/// ("Killeen 2-year-old in critical condition").
static HEADLINE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    // "Kansas deputy's 3-year-old son": a possessive and an age may come between.
    // "13-year-old Pollok boy injured": an age may come first.
    Regex::new(r"^(?:\d{1,2}-(?:year|month)-old\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:[a-z]+(?:'s|’s)\s+)?(?:\d{1,2}-(?:year|month)-old\s+)?([a-z]+|\d{1,2}-(?:year|month|week)-old)$").unwrap()
});

/// Right before "shot": a shot fired ("fired one", "the single", "a warning").
static SHOT_FIRED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:fired|firing|fires|returned|single|warning|stray)\s+(?:\w+\s+)?$")
        .unwrap()
});

/// Before a verb, in its clause: a question ("… if the man had died", "whether anyone was
/// hurt").
/// Right after a count: "one of the family dogs", "two of her horses" (animals, not people).
static ANIMAL_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+of\s+(?:the|his|her|their|its)\s+(?:\w+\s+)?(?:dogs?|cats?|horses?|pets?|cows?|animals?|puppies|puppy)\b")
        .unwrap()
});

/// Right before "hurt": a wish, a denial or a generality, not an injury that happened.
static HURT_NOT_DONE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:could|would|might|may|can|will|should|to|not|never|n't|being)(?:\s+\w+)?(?:\s+\w+ly)?\s+$")
        .unwrap()
});

static UNCERTAIN_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:if|whether)\s+[^,;.:]*$").unwrap());

/// Inside an [`UNCERTAIN_BEFORE`] clause, a relative clause that tells what happened ("whether
/// a shooting that left two dead and three others wounded was gang-related": the question is
/// of the motive, not of the wounded).
static TOLD_INSIDE_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:that|which)\s+(?:left|killed|wounded|injured)\b").unwrap()
});

/// Right after a count of the killed: the killer too ("…, killing 2, then himself", "kills 3
/// bandmates, self", "killing two and himself"; not "self-inflicted").
static THEN_HIMSELF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\s+[a-z-]+)?,?\s+(?:and\s+)?(?:then\s+)?(?:himself\b|herself\b|self(?:[^\w-]|$))",
    )
    .unwrap()
});

/// "doctors were not able to save her": the one they tried to save died.
static NOT_SAVED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:could not|couldn't|could n't|(?:was|were) (?:not able|unable) to|failed to) save) (?:him|her|the (?:boy|girl|man|woman|child|teen|baby|toddler|victim))\b").unwrap()
});

/// The rest of a clause whose main verb is a death: "… in a Friday shooting has died".
/// The rest of a clause whose subject died: "… in a double shooting that killed his
/// brother died Tuesday", "… since a Feb. 27 shooting has died" (not "and another died").
static DIED_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^;,]*?\s(?:has |have |had )?(?:since )?died\b").unwrap());

/// After a participle "shot" with no auxiliary: the rest of its clause, ending in its subject's
/// death ("… during a hunting accident west of Phoenix has died", "… while hunting dies").
static PARTICIPLE_DIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^;,.]*?\s(?:has |have |had )?(?:since |later )?(?:died|dies)\b").unwrap()
});

static HAS_DIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;]*?\s(?:has|have|had)\s+(?:since\s+)?(?:died|succumbed)\b").unwrap()
});

/// Nouns a count can be attached to in a subject phrase.
const PEOPLE_NOUNS: &[&str] = &[
    "people",
    "members",
    "persons",
    "person",
    "men",
    "man",
    "women",
    "woman",
    "children",
    "child",
    "kids",
    "teens",
    "teenagers",
    "teenager",
    "teen",
    "boys",
    "boy",
    "girls",
    "girl",
    "officers",
    "officer",
    "victims",
    "victim",
    "others",
    "adults",
    "students",
    "student",
    "bystanders",
    "deputies",
    "deputy",
    "server",
    "driver",
    "suspects",
    "suspect",
    "residents",
    "relatives",
    "brothers",
    "sisters",
    "friends",
    "firefighters",
    "firefighter",
    "passenger",
    "motorist",
    "motorists",
    "pedestrian",
    "pedestrians",
    "resident",
    "worker",
    "employee",
    "customer",
    "bystander",
    "neighbor",
    "neighbors",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "son",
    "daughter",
    "wife",
    "husband",
    "mother",
    "father",
    "brother",
    "sister",
    "cousin",
    "friend",
    "girlfriend",
    "boyfriend",
    "nephew",
    "niece",
    "partner",
    "passengers",
    "occupants",
    "troopers",
    // Line-of-duty counts: service members and agents ("Two Marines were killed").
    "soldiers",
    "marines",
    "sailors",
    "airmen",
    "troops",
    "servicemen",
    "guardsmen",
    "agents",
    "detectives",
    "guards",
    "employees",
    "workers",
    "customers",
    "individuals",
    "males",
    "females",
    "juveniles",
    "youths",
    "infant",
    "toddler",
    "baby",
];

/// Words that end a subject phrase when reading backwards from its verb.
const SUBJECT_STOP: &[&str] = &[
    "killed",
    "wounded",
    "injured",
    "shot",
    "dead",
    // "One man died and two other people were wounded": an earlier verb ends the subject.
    "died",
    "dies",
    "hurt",
    "hospitalized",
    "arrested",
    "left",
    "suffered",
    "sustained",
    "been",
    "were",
    "was",
    "is",
    "are",
    "said",
    // "Lt. Ann Ross told WAVE 3 News the man died": who told is not the subject.
    "told",
    "says",
    // "As many as seven officers returned fire and Wilkes was shot": the shooters' clause
    // ends at its verb.
    "returned",
    "opened",
    "fired",
    "after",
    "when",
    "while",
    "as",
    "that",
    "who",
    "which",
    "where",
    "but",
    "because",
    "with",
    "including",
    "of",
];

/// Singular people nouns: "the victim", "the boy" is one person.
const SINGULAR_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "teen",
    "teenager",
    "victim",
    "officer",
    "deputy",
    "driver",
    "passenger",
    "baby",
    "infant",
    "toddler",
    "student",
    "suspect",
    "gunman",
    "shooter",
    "resident",
    "worker",
    "employee",
    "clerk",
    "trooper",
    "soldier",
    "marine",
    "sailor",
    "airman",
    "agent",
    "detective",
    "guard",
    "grandson",
    "granddaughter",
    "son",
    "daughter",
    "wife",
    "husband",
    "juvenile",
    "male",
    "female",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
    "brother",
    "sister",
    "mother",
    "father",
    "friend",
    "neighbor",
    "bystander",
    "patron",
    "customer",
    "guard",
    "pedestrian",
    "hunter",
    "cashier",
    "motorist",
    "homeowner",
    "girlfriend",
    "boyfriend",
    "grandmother",
    "grandfather",
    "partygoer",
    "shopper",
    "bouncer",
];

/// "other" in a subject ("the other two victims", "two other men").
static OTHER_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bother\b").unwrap());

/// Someone still in a hospital's care, however grave: alive when the report was written.
static IN_CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:remain|remains|remained|is|are|was|were|listed)\s+(?:still\s+)?in\s+(?:critical|serious|grave|stable|fair|good)(?:\s+but\s+stable)?\s+condition\b").unwrap()
});

/// Words that tell that the one hurt lives: an injury told so is no one's death, whoever it
/// refers back to ("He was hospitalized with non-life-threatening injuries").
static SURVIVES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:non-?\s?life[- ]threatening|not life[- ]threatening|(?:stable|satisfactory|good|fair) condition|expected to (?:survive|recover|be ok(?:ay)?)|treated and released|released from (?:the )?hospital|recovering)\b").unwrap()
});

/// Does the subject phrase that ends `head` refer back to one person the report has
/// introduced: "he", "she", "the boy", "the young victim", "the 8-year-old"? Not "the other
/// victim" or "the second man" (someone else), nor a suspect or an officer (seldom the dead).
fn refers_back(head: &str) -> bool {
    // "to rush the little boy to the hospital in critical condition": the one taken there.
    static TAKEN_TO_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s+(?:to|at)\s+(?:an?\s+|the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:hospital|medical center)\s*$")
            .unwrap()
    });
    let head = TAKEN_TO_END.find(head).map_or(head, |m| &head[..m.start()]);
    let words: Vec<String> = head
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .collect();
    let person = |w: &str| {
        (SINGULAR_NOUNS.contains(&w)
            && !matches!(
                w,
                "suspect" | "gunman" | "shooter" | "officer" | "deputy" | "trooper"
            ))
            || is_age_noun(w)
    };
    let not_same = |w: &str| {
        matches!(
            w,
            "other"
                | "second"
                | "third"
                | "surviving"
                | "remaining"
                | "another"
                | "injured"
                | "wounded"
        )
    };
    match words.as_slice() {
        [w, ..] if w == "he" || w == "she" => true,
        [noun, the, ..] if the == "the" => person(noun),
        [noun, adj, the] if the == "the" => person(noun) && !not_same(adj),
        _ => false,
    }
}

/// One person hurt, told by a subject (the words `head` ends with) that refers back to
/// someone introduced, in a sentence that does not say they live: see `injured_referred` in
/// [`counts`].
fn told_of_someone_introduced(n: u32, head: &str, sentence: &str) -> bool {
    n == 1 && refers_back(head) && !SURVIVES.is_match(sentence)
}

/// "10-month-old", "14-year-old": an age used as a noun is a person.
fn is_age_noun(w: &str) -> bool {
    w.ends_with("-year-old") || w.ends_with("-month-old") || w.ends_with("-week-old")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Killed,
    Injured,
    Shot,
    Arrested,
}

fn field_of(verb: &str) -> Field {
    match verb.to_lowercase().as_str() {
        "fatally shot" | "shot and killed" | "struck and killed" | "hit and killed"
        | "stabbed and killed" | "shot dead" | "killed" | "dead" | "killing" | "leaving"
        | "kills" => Field::Killed,
        "died" | "dies" | "passed away" => Field::Killed,
        v if v.ends_with(" dead") || v.ends_with(" to death") || v.starts_with("fatally") => {
            Field::Killed
        }
        "wounded"
        | "injured"
        | "hurt"
        | "injuring"
        | "injures"
        | "wounds"
        | "wounding"
        | "hospitalized"
        | "treated for"
        | "treated and released"
        | "suffered" => Field::Injured,
        v if v.starts_with("recovering")
            || v.ends_with(" condition")
            || in_hospital(v)
            || v.starts_with("treated at")
            || v.starts_with("fighting for") =>
        {
            Field::Injured
        }
        // "were hit and injured by gunfire": alive.
        v if (v.starts_with("hit and ") || v.starts_with("struck and "))
            && (v.ends_with("injured") || v.ends_with("wounded")) =>
        {
            Field::Injured
        }
        // "was found wounded": alive (the dead are "found dead").
        v if v.starts_with("found ") && (v.ends_with("wounded") || v.ends_with("injured")) => {
            Field::Injured
        }
        // "grazed by a bullet": a graze is a wound one lives through ("hit by gunfire" and
        // "struck by a stray bullet" are people shot, the dead among them).
        v if v.starts_with("grazed by") => Field::Injured,
        "arrested" | "taken into custody" | "arresting" => Field::Arrested,
        // "shot", "hit by gunfire", and the verbs everyone shot has, the dead too ("found with
        // gunshot wounds", "taken to a hospital", "airlifted"): these count the people shot,
        // and the injured are those shot less those killed.
        _ => Field::Shot,
    }
}

/// [`PASSIVE`]'s "in the hospital" (`verb` lowercased).
fn in_hospital(verb: &str) -> bool {
    verb.starts_with("in ") && verb.ends_with("hospital")
}

/// Sums the counts in the subject phrase that ends right before byte `end` of `text`:
/// "An officer and a civil process server" → 2; "two other officers" → 2.
fn subject_count(text: &str, end: usize) -> Option<u32> {
    subject_count_here(text, end)
        .or_else(|| {
            // "The surviving victim, 16-year-old Michael Callen, was found wounded": a short
            // apposition between commas that counts nobody leaves the words before it.
            // Not a residence ("Taleik Bristel, 19, of Patchogue,"), whose name is read as a
            // named subject, nor an age.
            let head = text[..end].trim_end().strip_suffix(',')?;
            let comma = head.rfind(',')?;
            let apposition = head[comma + 1..].trim_start();
            let before = head[..comma].trim_end();
            (apposition.split_whitespace().count() <= 6
                && !apposition.starts_with("of ")
                && !apposition.starts_with("from ")
                && !before.ends_with(|c: char| c.is_ascii_digit() || c == '.'))
            .then(|| subject_count_here(text, comma))
            .flatten()
        })
        .or_else(|| {
            // "A victim who escaped from the house also was injured": a relative clause inside
            // the subject; the words before it are the subject.
            let who = text[..end].rfind(" who ")?;
            let clause = &text[who + 5..end];
            // Not when the clause runs into the verb ("two men who robbed and shot a driver":
            // the relative clause's own verb).
            let runs_on = matches!(clause.split_whitespace().last(), Some("and" | "or" | "but"));
            (clause.split_whitespace().count() >= 2
                && !runs_on
                && !clause.contains(',')
                && !clause.contains(';'))
            .then(|| subject_count_here(text, who))
            .flatten()
        })
}

/// [`subject_count`] of the clause that ends right at `end`.
fn subject_count_here(text: &str, end: usize) -> Option<u32> {
    // "A man, 25, was killed", "Boy, 8, dies": an age in apposition is not the subject.
    let head = AGE_APPOSITION
        .find(&text[..end])
        .or_else(|| AGES_APPOSITION.find(&text[..end]))
        .map_or(&text[..end], |m| &text[..m.start()]);
    // "Reshawna Hawkins, 34, and Darrell Hawkins, 34 who were shot": the number after the
    // last name is an age, not a count of the people (the names are counted as names).
    // Not a headline's count before it ("One Dead, 4 Wounded": "One Dead" is no name).
    if let Some(m) = NAME_AGE_END.find(head)
        && !m.as_str().split_whitespace().take(2).any(|w| {
            let w = w.trim_end_matches(',').to_lowercase();
            number_value(&w).is_some()
                || matches!(
                    w.as_str(),
                    "dead" | "killed" | "hurt" | "wounded" | "injured" | "shot"
                )
        })
    {
        return None;
    }
    // "(ages 26, 29 and 37)": an aside is not part of the subject.
    let blanked = PARENTHESES.replace_all(head, |c: &regex::Captures| " ".repeat(c[0].len()));
    let mut blanked = blanked.into_owned();
    for aside in [&*DASH_ASIDE, &*COMMA_ASIDE] {
        if let Some(m) = aside.find(&blanked) {
            blanked = format!("{}{}", &blanked[..m.start()], " ".repeat(m.len()));
        }
    }
    let head: &str = &blanked;
    let clause_start = |upto: usize| {
        head[..upto]
            .char_indices()
            .rev()
            .find(|(_, c)| matches!(c, ',' | ';' | ':' | '—' | '(' | '“' | '"'))
            .map(|(i, c)| (i, i + c.len_utf8()))
    };
    let mut start = clause_start(head.len()).map_or(0, |(_, s)| s);
    // "a 15-year-old girl, two women and a man were shot": earlier items of a comma list of
    // people belong to the subject too.
    while let Some((comma, after)) = clause_start(start)
        && after == start
        && head[comma..].starts_with(',')
    {
        let item_start = clause_start(comma).map_or(0, |(_, s)| s);
        let Some(m) = PEOPLE_ITEM.find(&head[item_start..comma]) else {
            break;
        };
        // "Of the five men, two are …": the part, not a list.
        let before = head[item_start..item_start + m.start()]
            .trim_end()
            .to_lowercase();
        if before == "of" || before.ends_with(" of") || before.ends_with("of the") {
            break;
        }
        start = item_start + m.start();
        if m.start() > 0 {
            // The list began inside that clause ("Police said a 15-year-old girl, …").
            break;
        }
    }
    // "Toledo man killed", "Great Falls student injured": a headline's singular noun after
    // capitalised words (a place, a school) is one person.
    if let Some(c) = HEADLINE_SUBJECT.captures(head[start..].trim())
        && (SINGULAR_NOUNS.contains(&&c[1]) || is_age_noun(&c[1]))
    {
        return Some(1);
    }
    let mut words: Vec<String> = head[start..]
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .collect();
    // "Another man was shot": one more person, read like "a man" (but "another three people"
    // is three).
    for k in 0..words.len() {
        if words[k] == "another" && words.get(k + 1).is_none_or(|w| number_value(w).is_none()) {
            // Alone ("another is in critical condition"), it is the subject itself.
            words[k] = if k + 1 == words.len() { "one" } else { "a" }.into();
        }
    }
    // "11-year-old, 2 teens among 4 shot": the people before "among" are of the whole after it.
    if let Some(k) = words.iter().rposition(|w| w == "among")
        && let Some(n) = words[k + 1..].iter().take(2).find_map(|w| number_value(w))
    {
        return Some(n);
    }
    // "Three were killed and a fourth was wounded": an ordinal alone after "a" is one more
    // person, like "another".
    if let [.., a, ordinal] = words.as_mut_slice()
        && a == "a"
        && matches!(
            ordinal.as_str(),
            "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth"
        )
    {
        *ordinal = "one".into();
    }
    // "None of the three was killed", "no one was hurt": an explicit zero.
    let tail: Vec<&str> = words.iter().rev().take(6).map(String::as_str).collect();
    if tail
        .iter()
        .any(|w| matches!(*w, "none" | "nobody" | "neither"))
        || tail.windows(2).any(|w| w == ["one", "no"])
    {
        return Some(0);
    }
    // Walk back from the verb to the start of its subject: stop at an earlier verb or clause word.
    // "the two people who died": the relative pronoun joins the verb to its subject.
    let all: Vec<&str> = match words.last().map(String::as_str) {
        Some("who" | "that") => words[..words.len() - 1]
            .iter()
            .map(String::as_str)
            .collect(),
        // "a juvenile who had sustained a gunshot wound": the auxiliary goes too.
        Some("had" | "has" | "have" | "was" | "were" | "is" | "are")
            if words.len() >= 2 && matches!(words[words.len() - 2].as_str(), "who" | "that") =>
        {
            words[..words.len() - 2]
                .iter()
                .map(String::as_str)
                .collect()
        }
        _ => words.iter().map(String::as_str).collect(),
    };
    // "three members of a family were killed": the members are the subject, not the family.
    let all = match all.windows(2).rposition(|w| w == ["members", "of"]) {
        Some(at) if all.len() - at <= 6 => all[..=at].to_vec(),
        _ => all,
    };
    fn walk_back<'w>(upto: &[&'w str]) -> Vec<&'w str> {
        let mut words: Vec<&str> = upto
            .iter()
            .copied()
            .rev()
            .take_while(|w| !SUBJECT_STOP.contains(w))
            .take(12)
            .collect();
        words.reverse();
        words
    }
    let mut words = walk_back(&all);
    // "A teen who shot four people is killed": the words after a relative clause's verb are
    // its object; the subject is the head before "who".
    let stop = all.len() - words.len();
    let all = if stop >= 2 && all[stop - 2] == "who" {
        words = walk_back(&all[..stop - 2]);
        &all[..stop - 2]
    } else {
        &all[..]
    };
    // "Father of three killed": a number right after "of" is not the subject.
    let after_of = all.len() > words.len() && all[all.len() - words.len() - 1] == "of";
    // "four of the five victims were shot to death", "One of Five Victims … Dies": the part,
    // not the whole.
    // A bare number whole ("one of three") only when the part opens the clause: "Ann Lee,
    // who was one of three people killed", "Teenager one of two people injured" name one of
    // the whole, who were all killed or injured.
    let opens_clause = all.len().saturating_sub(words.len() + 1) == 1;
    if after_of
        && all.len() >= words.len() + 2
        && words.first().is_some_and(|w| {
            matches!(*w, "the" | "them" | "those" | "these")
                || (number_value(w).is_some() && opens_clause)
        })
        && let Some(n) = number_value(all[all.len() - words.len() - 2])
    {
        return Some(n);
    }
    // "a 12 year old girl", "12 year-old": an age written apart from its hyphen is no count;
    // its words go ("a girl").
    let mut k = 0;
    while k + 1 < words.len() {
        let unit = ["year", "month", "week"]
            .iter()
            .any(|u| words[k + 1].starts_with(u));
        if unit && words[k].bytes().all(|b| b.is_ascii_digit()) {
            let old = usize::from(words.get(k + 2) == Some(&"old"));
            // "a 9 or 10 year old boy": the first age of a range goes with the second.
            let range = k >= 2
                && matches!(words[k - 1], "or" | "to")
                && words[k - 2].bytes().all(|b| b.is_ascii_digit());
            let start = if range { k - 2 } else { k };
            words.drain(start..k + 2 + old);
            k = start;
        } else {
            k += 1;
        }
    }
    let mut total = 0;
    let mut i = 0;
    let mut found_noun = false;
    while i < words.len() {
        // "July 18 is in critical condition": a day of a month is a date, not a count.
        if i > 0 && words[i].bytes().all(|b| b.is_ascii_digit()) && is_month_word(words[i - 1]) {
            i += 1;
            continue;
        }
        // "her young grandson": a possessive with a person noun and no number is one person.
        let possessive = matches!(words[i], "his" | "her" | "their" | "the")
            && !words[i + 1..(i + 4).min(words.len())]
                .iter()
                .any(|w| number_value(w).is_some())
            && words[i + 1..(i + 4).min(words.len())]
                .iter()
                .any(|w| SINGULAR_NOUNS.contains(w) || is_age_noun(w));
        // "He was shot", "she was treated": a lone pronoun subject is one person; so is a
        // headline's bare singular noun ("Man killed in crash", "Boy, 8, dies").
        let pronoun = words.len() == 1
            && (matches!(words[0], "he" | "she")
                || SINGULAR_NOUNS.contains(&words[0])
                || is_age_noun(words[0]));
        // "he and four others were shot": the pronoun is one more person ("she and her
        // unborn baby were in fair condition" is one: trackers do not count the unborn
        // among the hurt).
        if matches!(words[i], "he" | "she")
            && words.get(i + 1) == Some(&"and")
            && !words[i..].iter().any(|w| matches!(*w, "unborn" | "fetus"))
        {
            total += 1;
            i += 2;
            continue;
        }
        // "an 18-year-old girl and 3-year-old": a bare age after "and" is one more person.
        if found_noun && i > 0 && words[i - 1] == "and" && is_age_noun(words[i]) {
            total += 1;
            i += 1;
            continue;
        }
        if let Some(n) = number_value(words[i]).or((possessive || pronoun).then_some(1)) {
            if pronoun {
                total += n;
                found_noun = true;
                break;
            }
            // A number counts when a people noun follows within three words. A large one
            // ("ages 26, 29 and 37) and a 22-year-old person") is more often an age: it
            // counts only right before a people noun ("37 people").
            let reach = if n > 12 { 2 } else { 4 };
            if let Some(k) = (i + 1..(i + reach).min(words.len())).find(|&k| {
                PEOPLE_NOUNS.contains(&words[k])
                    || (n == 1 && SINGULAR_NOUNS.contains(&words[k]))
                    || (n <= 12 && is_age_noun(words[k]))
            }) {
                total += n;
                found_noun = true;
                i = k + 1;
                continue;
            }
            // "two were shot": the number alone is the subject.
            if i == words.len() - 1 && words[i] != "a" && words[i] != "an" && !after_of {
                total += n;
                found_noun = true;
            }
        }
        i += 1;
    }
    (found_noun && total > 0).then_some(total)
}

#[derive(Debug, Default)]
pub struct Counts {
    pub killed: Option<CountFact>,
    pub injured: Option<CountFact>,
    pub shot: Option<CountFact>,
    pub arrested: Option<CountFact>,
}

impl Counts {
    fn slot(&mut self, field: Field) -> &mut Option<CountFact> {
        match field {
            Field::Killed => &mut self.killed,
            Field::Injured => &mut self.injured,
            Field::Shot => &mut self.shot,
            Field::Arrested => &mut self.arrested,
        }
    }
}

/// People added to an object by the items after its first, up to the end of its clause:
/// " adults and an 11-year-old child" → 1, " men and two women" → 2. Items end at the first
/// one that is not a number (or "a") with a person noun or an age within three words
/// ("two men and injured three others" adds nothing).
fn more_people(rest: &str) -> u32 {
    let clause = rest.split(['.', ';', ',', ':']).next().unwrap_or("");
    let mut n = 0;
    for item in clause.split(" and ").skip(1) {
        let words: Vec<String> = item
            .split_whitespace()
            .take(4)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                    .to_lowercase()
            })
            .collect();
        let Some(count) = words.first().and_then(|w| number_value(w)) else {
            break;
        };
        // "two dead and three others injured": an item with its own outcome is another count.
        if words.iter().any(|w| {
            matches!(
                w.as_str(),
                "dead" | "killed" | "injured" | "wounded" | "hurt" | "hospitalized"
            )
        }) {
            break;
        }
        let person = words[1..].iter().any(|w| {
            PEOPLE_NOUNS.contains(&w.as_str())
                || (count == 1 && SINGULAR_NOUNS.contains(&w.as_str()))
                || is_age_noun(w)
        });
        if !person {
            break;
        }
        n += count;
    }
    n
}

/// A month's name or its usual abbreviation (lower-case, no period).
fn is_month_word(w: &str) -> bool {
    crate::text::MONTHS
        .iter()
        .any(|m| m.eq_ignore_ascii_case(w))
        || matches!(
            w,
            "jan" | "feb" | "aug" | "sept" | "sep" | "oct" | "nov" | "dec"
        )
}

/// A number word that counts people: not the article "a"/"an" ("a man" is read by its noun).
fn counted_number(word: &str) -> Option<u32> {
    number_value(word)
        .filter(|_| !word.eq_ignore_ascii_case("a") && !word.eq_ignore_ascii_case("an"))
}

/// Keeps the largest count read; an explicit zero ("no one was hurt") only fills a gap.
fn keep_max(slot: &mut Option<CountFact>, value: u32, sentence: &str, rule: &str) {
    if value > 200 {
        return;
    }
    if slot.as_ref().is_none_or(|c| value > c.value) {
        *slot = Some(CountFact {
            value,
            evidence: Evidence {
                sentence: sentence.into(),
                rule: rule.into(),
            },
        });
    }
}

/// Counts stated in the sentences; with `one_incident`, sentences totalling several
/// incidents ([`AGGREGATE`]) are left out.
pub fn counts(sentences: &[Sentence], one_incident: bool) -> Counts {
    let mut out = Counts::default();
    // Injuries told of someone the report has already introduced ("he was wounded", "the boy
    // was in critical condition"): kept apart, since in a report that tells of a death that
    // someone is most often the one who died (read after the loop).
    let mut injured_referred: Option<CountFact> = None;
    // Read only when a surname alone is the subject of a death (few reports need it).
    let surnames = std::cell::OnceCell::new();
    for s in sentences {
        let sentence = s.text.as_str();
        if STATISTICS.is_match(sentence)
            || TIMELINE_ENTRY.is_match(sentence)
            || (one_incident && AGGREGATE.is_match(sentence))
        {
            continue;
        }
        // Clock times and video lengths ("1:51 Boy killed…") are not counts.
        let clockless = CLOCK.replace_all(sentence, "at time");
        let clockless = GALLERY.replace_all(&clockless, "gallery");
        let clockless = STATION.replace_all(&clockless, "station");
        let clockless = COUNTED_ASIDE.replace_all(&clockless, "$1 ").into_owned();
        let text = clockless.as_ref();
        // The last count read in this sentence: its verb, its value and where its verb ends.
        let mut last: Option<(&str, u32, usize)> = None;
        for c in PASSIVE.captures_iter(text) {
            let verb = c.get(2).unwrap();
            // "in the hospital" tells of the hurt only after "is", "are", "remains" ("visited
            // the officer in the hospital": the visitors were not hurt).
            if c.get(1).is_none() && in_hospital(&verb.as_str().to_lowercase()) {
                continue;
            }
            let field = field_of(verb.as_str());
            // "leaving six people wounded -- two mortally": the wounded are the shot, the dead
            // among them ([`ONE_FATALLY`] reads the dead).
            let field = if field == Field::Injured && FATALLY_AFTER.is_match(&text[verb.end()..]) {
                Field::Shot
            } else {
                field
            };
            // "Judge John Hurt said": a capitalised verb after a first name is a surname.
            if verb.as_str().starts_with(char::is_uppercase)
                && text[..verb.start()]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| {
                        w.starts_with(char::is_uppercase) && crate::people::is_first_name(w)
                    })
            {
                continue;
            }
            // "he did not mean to hurt him", "would never hurt her brother", "a child being hurt
            // in this manner": "hurt" as the everyday verb, wished or denied, is no injury.
            if verb.as_str().eq_ignore_ascii_case("hurt")
                && HURT_NOT_DONE_BEFORE.is_match(&text[..verb.start()])
            {
                continue;
            }
            // "one shooter hurt 15 people and killed one man": a verb without an auxiliary
            // that a counted object follows is active; the object is the count, not the
            // words before it.
            if c.get(1).is_none()
                && let Some(o) = ACTIVE_OBJECT.captures(&text[verb.end()..])
            {
                let after = verb.end() + o[0].len();
                let second = SECOND_OBJECT.captures(&text[after..]).map_or(0, |_| 1);
                // "another" (group 2) is one.
                let n = o.get(1).and_then(|m| number_value(m.as_str())).unwrap_or(1) + second;
                // "A boy remained in critical condition after a shooting that also injured
                // three other people": the others are besides the hurt the sentence counted.
                let besides = match last {
                    Some((v, m, _))
                        if field == Field::Injured
                            && field_of(v) == Field::Injured
                            && OTHERS_OBJECT.is_match(&o[0]) =>
                    {
                        m
                    }
                    _ => 0,
                };
                keep_max(out.slot(field), n + besides, sentence, "object-count");
                last = None;
                continue;
            }
            // "Police could not say if the man had died": a question, not a count.
            if let Some(q) = UNCERTAIN_BEFORE.find(&text[..verb.start()])
                && !TOLD_INSIDE_QUESTION.is_match(q.as_str())
            {
                continue;
            }
            // "fired one shot to his temple", "when the single shot went off": a shot fired,
            // a noun, not someone shot.
            if verb.as_str().eq_ignore_ascii_case("shot")
                && SHOT_FIRED_BEFORE.is_match(&text[..verb.start()])
            {
                continue;
            }
            // "he accidentally shot himself", "her brother shot her": an active verb with a
            // pronoun object harmed one person (the words before it are the shooter); "shot
            // them" says not how many.
            if c.get(1).is_none()
                && field != Field::Killed
                && let Some(o) = PRONOUN_OBJECT.captures(&text[verb.end()..])
            {
                // "A boy believed to have shot himself in the head on Friday has died": the
                // clause's main verb is his death (a modal before the shot changes nothing).
                let reflexive = o[1].ends_with("self");
                if reflexive && HAS_DIED.is_match(&text[verb.end() + o[0].len()..]) {
                    keep_max(&mut out.killed, 1, sentence, "object-count");
                    last = None;
                    continue;
                }
                if !crate::text::MODAL_BEFORE.is_match(&text[..verb.start()]) {
                    if !o[1].starts_with("them") {
                        keep_max(out.slot(field), 1, sentence, "object-count");
                    }
                    last = None;
                    continue;
                }
            }
            // The subject ends where the auxiliary or adverb before the verb begins.
            let subject_end = c.get(0).unwrap().start();
            // "The child was taken to a hospital and later died": a second verb joined by a
            // bare "and" shares the first one's subject.
            let shared = last.and_then(|(_, m, end)| {
                let between = text[end..subject_end].trim();
                // "6-year-old Atlanta girl shot in the head, killed": a headline's last verb
                // after a comma, ending it, is the outcome of the same people.
                // "Man shot, killed on the west side": so too a death right after the shot.
                let headline_outcome = field == Field::Killed
                    && c.get(1).is_none()
                    && ((text[verb.end()..].trim().is_empty()
                        && between.ends_with(',')
                        && !between[..between.len() - 1].contains(','))
                        || between == ",");
                (between.ends_with(" and")
                    || between == "and"
                    || between.ends_with(" but")
                    || between == "but"
                    || headline_outcome)
                    .then_some(m)
                    .filter(|_| {
                        (headline_outcome || !between.contains(','))
                            && between.split_whitespace().count() <= 8
                    })
            });
            // Named subjects count for deaths and injuries, not for "shot" (a named person
            // shot is as often the one who died as one of the wounded).
            let named = || {
                let head = &text[..subject_end];
                match field {
                    Field::Killed => named_subject_count(head).or_else(|| {
                        lone_surname(head, surnames.get_or_init(|| surnames_of(sentences)))
                    }),
                    // A surname alone only for a death: the wounded named so often die later
                    // in the same report ("Felder was wounded in the head").
                    Field::Injured => named_subject_count(head),
                    _ => None,
                }
            };
            if let Some(mut n) = subject_count(text, subject_end).or(shared).or_else(named) {
                // "two victims died at the scene and two died on the way to the hospital":
                // death clauses of the same verb joined by "and" add up. Other verbs may tell
                // of the same people again ("four were shot, and three were taken to a
                // hospital"), and "shot" clauses often do ("a single shot hit both").
                if let Some((v, m, end)) = last
                    && field == Field::Killed
                    && v.eq_ignore_ascii_case(verb.as_str())
                    && text[end..verb.start()].contains(" and ")
                {
                    n += m;
                }
                // "A woman was shot in the leg and a 5-year-old girl was shot in the
                // shoulder": another one, introduced as such, adds up for the hurt too.
                if let Some((v, m, end)) = last
                    && matches!(field, Field::Injured | Field::Shot)
                    && v.eq_ignore_ascii_case(verb.as_str())
                    && ANOTHER_SUBJECT.is_match(&text[end..verb.start()])
                {
                    n += m;
                }
                last = Some((verb.as_str(), n, verb.end()));
                // "was in critical condition and later died": the death is read next, with
                // this subject; the condition was not the outcome.
                if verb.as_str().ends_with(" condition") && LATER_DIED.is_match(&text[verb.end()..])
                {
                    continue;
                }
                // "A teenager wounded in a double shooting … died Tuesday", "A child who had
                // been hospitalized since the shooting has died": the hurt one died.
                // "A fourth victim was shot twice in the arm but is expected to survive": one
                // shot who lives is one hurt (not one of the shot the dead are taken from).
                // "The other two victims, both shot in the head, remain in critical condition":
                // shot, alive, and other than the dead the report told of first.
                let others_alive = || {
                    OTHER_WORD.is_match(&text[..subject_end])
                        && (SURVIVES.is_match(text) || IN_CONDITION.is_match(text))
                };
                let field = if field == Field::Shot
                    && ((n == 1 && SURVIVES.is_match(text)) || others_alive())
                {
                    Field::Injured
                } else {
                    field
                };
                let relative = text[..subject_end].trim_end().ends_with(" who");
                if field == Field::Injured
                    && (c.get(1).is_none() || relative)
                    && DIED_AFTER.is_match(&text[verb.end()..])
                {
                    if relative {
                        keep_max(&mut out.killed, n, sentence, "subject-count");
                    }
                    continue;
                }
                // "A 9-year-old boy shot early Wednesday during a hunting trip has died", "Boy
                // shot while hunting dies": the participle's subject is the clause's, and its
                // main verb is the death.
                if field == Field::Shot
                    && c.get(1).is_none()
                    && n == 1
                    && PARTICIPLE_DIED.is_match(&text[verb.end()..])
                {
                    keep_max(&mut out.killed, n, sentence, "subject-count");
                    continue;
                }
                if field == Field::Injured
                    && told_of_someone_introduced(n, &text[..subject_end], text)
                {
                    keep_max(&mut injured_referred, n, sentence, "subject-count");
                    continue;
                }
                keep_max(out.slot(field), n, sentence, "subject-count");
            }
        }
        for m in SUFFERED.find_iter(text) {
            // "have … injuries" (the others who are hurt), not "have died from gunshot wounds".
            let words = m.as_str().to_lowercase();
            if words.starts_with("have") && (words.contains(" died") || words.contains(" from ")) {
                continue;
            }
            if let Some(n) =
                subject_count(text, m.start()).or_else(|| named_subject_count(&text[..m.start()]))
            {
                // "sustained a gunshot wound and was rushed to the hospital, where he later
                // died": the wounded are the dead.
                // "A child who suffered critical injuries in a shooting has died": the
                // relative clause's main verb is the death.
                let relative_died = text[..m.start()].trim_end().ends_with(" who")
                    && HAS_DIED.is_match(&text[m.end()..]);
                // "suffered a fatal gunshot wound": a death ("non-fatal bullet wounds": not).
                let fatal = (words.contains("fatal") || words.contains("mortal"))
                    && !["non-fatal", "nonfatal", "non fatal"]
                        .iter()
                        .any(|w| words.contains(w));
                // "All three suffered gunshot wounds": the dead suffered them too; a wound of
                // no stated gravity says they were shot, and the hurt are the shot less the
                // dead ("suffered non-life-threatening gunshot wounds" is a wound one lives).
                let field = if fatal || relative_died || LATER_DIED.is_match(&text[m.end()..]) {
                    Field::Killed
                } else if n >= 2 && SUFFERED_SHOT.is_match(m.as_str()) {
                    Field::Shot
                } else {
                    Field::Injured
                };
                // "He suffered a gunshot wound to the chest": of someone introduced.
                if field == Field::Injured
                    && told_of_someone_introduced(n, &text[..m.start()], text)
                {
                    keep_max(&mut injured_referred, n, sentence, "subject-count");
                    continue;
                }
                keep_max(out.slot(field), n, sentence, "subject-count");
            }
        }
        // "Mother, boy fatally shot", "Man, toddler found dead": a headline's list of bare
        // nouns is one person each (a couple two).
        if let Some(c) = NOUN_LIST.captures(text) {
            // "Mother, 2 children found dead": an item with a number counts that many.
            let n: u32 = c[1]
                .split(',')
                .flat_map(|item| item.split(" and "))
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .map(|item| {
                    let first = item.split_whitespace().next().unwrap_or("");
                    if item.eq_ignore_ascii_case("couple") {
                        2
                    } else if item.contains(' ') {
                        number_value(first).unwrap_or(1)
                    } else {
                        1
                    }
                })
                .sum();
            keep_max(out.slot(field_of(&c[2])), n, sentence, "noun-list");
        }
        if NOT_SAVED.is_match(text) {
            keep_max(&mut out.killed, 1, sentence, "not-saved");
        }
        // "One of two men shot late Monday dies": the part died.
        for c in PART_DIED.captures_iter(text) {
            let Some(n) = number_value(&c[1]) else {
                continue;
            };
            keep_max(&mut out.killed, n, sentence, "part-died");
            // The whole were hurt: the rest of them are the injured ("1 of 2 students
            // wounded has died": one injured).
            let Some(whole) = number_value(&c[2]) else {
                continue;
            };
            keep_max(&mut out.shot, whole, sentence, "part-died");
            // The whole read as the wounded from this very sentence are the wounded before
            // the death.
            if let Some(hurt) = out.injured.as_mut()
                && hurt.value == whole
                && n <= whole
                && *hurt.evidence.sentence == *sentence
            {
                hurt.value = whole - n;
                hurt.evidence.rule = "part-died".into();
            }
        }
        // "A second victim has died": that many dead. After other people of the same
        // sentence ("Two men suffered minor injuries and a third person died") the ordinal
        // counts the people, not the dead.
        for c in NTH_DIED.captures_iter(text) {
            let before = &text[..c.get(0).unwrap().start()];
            if before.contains(" and ") || before.contains(',') {
                continue;
            }
            let Some(n) = crate::text::ordinal_value(&c[1]) else {
                continue;
            };
            keep_max(&mut out.killed, n, sentence, "nth-died");
        }
        for c in ONE_FATALLY.captures_iter(text) {
            if let Some(n) = number_value(&c[1]).filter(|_| !c[1].eq_ignore_ascii_case("a")) {
                keep_max(&mut out.killed, n, sentence, "one-fatally");
            }
        }
        for c in THAT_KILLED.captures_iter(text) {
            let people = c[3]
                .split_whitespace()
                .any(|w| PEOPLE_NOUNS.contains(&w.to_lowercase().as_str()) || is_age_noun(w));
            // "that killed Columbia teen": a singular person noun without a number is one.
            let singular = std::iter::once(&c[2])
                .chain(c[3].split_whitespace().collect::<Vec<_>>().iter().copied())
                .any(|w| SINGULAR_NOUNS.contains(&w.to_lowercase().as_str()));
            // "that injured 11-year-old boy": one person of that age.
            let aged = c[2].bytes().all(|b| b.is_ascii_digit())
                && text[c.get(2).unwrap().end()..].starts_with("-year-old");
            let n = number_value(&c[2])
                .filter(|_| people && !aged)
                .or((singular || aged).then_some(1));
            // "that injured three adults and an 11-year-old child": each further item of
            // the object that is a counted person or group adds up.
            let n = n.map(|n| n + more_people(&text[c.get(2).unwrap().end()..]));
            if let Some(n) = n {
                let slot = if c[1].eq_ignore_ascii_case("killed") {
                    &mut out.killed
                } else {
                    &mut out.injured
                };
                keep_max(slot, n, sentence, "object-count");
            }
        }
        // "fatally shot his wife and two young sons before killing himself": each item of the
        // object is one person or a counted group; the killer adds one when he died too.
        for c in KILLED_OBJECTS
            .captures_iter(text)
            .chain(KILLED_TO_DEATH.captures_iter(text))
        {
            let mut n = 0;
            // Items end at the first one that names no person ("her father and daughter July
            // 18 and placed their bodies…" is two people).
            for item in c[1].split(" and ") {
                let words: Vec<String> = item
                    .split_whitespace()
                    .take(4)
                    .map(|w| w.to_lowercase())
                    .collect();
                let Some(noun) = words.iter().position(|w| {
                    KIN_NOUNS.contains(&w.as_str())
                        || PEOPLE_NOUNS.contains(&w.as_str())
                        || SINGULAR_NOUNS.contains(&w.as_str())
                }) else {
                    break;
                };
                let counted = words[..noun].iter().find_map(|w| counted_number(w));
                // "his sons": a plural without a number is at least two.
                let plural =
                    words[noun].ends_with('s') && !SINGULAR_NOUNS.contains(&words[noun].as_str());
                n += counted.unwrap_or(if plural { 2 } else { 1 });
            }
            if n == 0 {
                continue;
            }
            if KILLED_SELF.is_match(&text[c.get(0).unwrap().end()..]) {
                n += 1;
            }
            keep_max(&mut out.killed, n, sentence, "object-count");
        }
        for c in MULTIPLE.captures_iter(text) {
            let n = match c[1].to_lowercase().as_str() {
                "double" => 2,
                "triple" => 3,
                "quadruple" => 4,
                _ => 5,
            };
            let slot =
                if c[2].eq_ignore_ascii_case("shooting") || c[2].eq_ignore_ascii_case("stabbing") {
                    &mut out.shot
                } else {
                    &mut out.killed
                };
            // "a triple murder-suicide": the killer died too.
            let suicide = text[c.get(0).unwrap().end()..].starts_with("-suicide");
            keep_max(slot, n + u32::from(suicide), sentence, "multiple");
        }
        for c in SENT_OR_SHOT.captures_iter(text) {
            // "sent four people to the hospital" needs its hospital; "shot six people" not.
            if c[1].eq_ignore_ascii_case("sent") && c.get(4).is_none() {
                continue;
            }
            if let Some(n) = counted_number(&c[2]) {
                keep_max(&mut out.shot, n, sentence, "object-count");
            }
        }
        for c in BODIES.captures_iter(text) {
            if let Some(n) = number_value(&c[1]).filter(|_| !c[1].eq_ignore_ascii_case("a")) {
                keep_max(&mut out.killed, n, sentence, "bodies");
            }
        }
        if DEATH_OF.is_match(text) {
            keep_max(&mut out.killed, 1, sentence, "death-of");
        }
        // The verb and count of this sentence's last such object ("killing two people, and a
        // law office, killing another person": three killed).
        let mut previous: Option<(String, u32)> = None;
        for c in ACTIVE.captures_iter(text) {
            // "killing three men and wounding another": one more.
            // (Only when nothing follows it: "another man" is read as a count elsewhere.)
            let another = c[2].eq_ignore_ascii_case("another")
                && c.get(0).unwrap().end() == c.get(2).unwrap().end();
            // "…, killing man on his birthday": a headline's bare singular noun is one.
            let bare = SINGULAR_NOUNS.contains(&c[2].to_lowercase().as_str());
            let verb = c[1].to_lowercase();
            let one_more = c[2].eq_ignore_ascii_case("another")
                && previous.as_ref().is_some_and(|(v, _)| *v == verb);
            let n = if one_more {
                previous.as_ref().map(|(_, m)| m + 1)
            } else {
                number_value(&c[2]).or((another || bare).then_some(1))
            };
            let Some(n) = n else {
                continue;
            };
            // "killing 62-year-old Boyd Champion": an age, not a count.
            let after = &text[c.get(2).unwrap().end()..];
            // "injuring one of the family dogs": an animal.
            if ANIMAL_PART.is_match(after) {
                continue;
            }
            let starts = |p: &str| {
                after
                    .get(..p.len())
                    .is_some_and(|a| a.eq_ignore_ascii_case(p))
            };
            if starts("-year") || starts(" year") || starts("-month") {
                continue;
            }
            let whole = c[0].to_lowercase();
            let field = if c[1].eq_ignore_ascii_case("leaving") || c[1].eq_ignore_ascii_case("left")
            {
                if whole.contains("dead") {
                    Field::Killed
                } else if whole.contains("injured")
                    || whole.contains("wounded")
                    || whole.contains("hurt")
                {
                    // "leaving six people wounded -- two mortally": the shot, the dead among them.
                    if FATALLY_AFTER.is_match(&text[c.get(0).unwrap().end()..]) {
                        Field::Shot
                    } else {
                        Field::Injured
                    }
                } else {
                    continue;
                }
            } else {
                field_of(&c[1])
            };
            // "injuring four men and two women": the object's further items add up (not
            // after "left", whose items each have their own outcome).
            let leaving = c[1].eq_ignore_ascii_case("leaving") || c[1].eq_ignore_ascii_case("left");
            let n = if !leaving && number_value(&c[2]).is_some() {
                n + more_people(after)
            } else {
                n
            };
            // "shoots 4 relatives, killing 2, then himself": the killer is one more dead.
            let n = if field == Field::Killed
                && THEN_HIMSELF.is_match(&text[c.get(0).unwrap().end()..])
            {
                n + 1
            } else {
                n
            };
            keep_max(out.slot(field), n, sentence, "object-count");
            previous = Some((verb, n));
        }
    }
    // An injury told only of someone already introduced ("he was wounded") counts when no
    // death is told; with a death, that someone is most often the one who died ("Teen dies
    // in accidental shooting … he was wounded while shooting with friends").
    // An age that the death's sentence does not give is someone else ("the 7-year-old was
    // in stable condition" beside "5-year-old killed").
    let other_age = |referred: &CountFact, killed: &CountFact| {
        let subject_age = referred
            .evidence
            .sentence
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
            .find(|w| is_age_noun(w));
        subject_age.is_some_and(|age| !killed.evidence.sentence.contains(age))
    };
    if let Some(referred) = injured_referred
        && out.killed.as_ref().is_none_or(|k| other_age(&referred, k))
    {
        keep_max(
            &mut out.injured,
            referred.value,
            &referred.evidence.sentence,
            &referred.evidence.rule,
        );
    }
    // No count at all, but one person is plainly shot ("shot himself", "shot his friend",
    // "the shooting of a 15-year-old"): one person shot.
    if out.killed.is_none()
        && out.injured.is_none()
        && out.shot.is_none()
        && let Some(s) = sentences
            .iter()
            .find(|s| ONE_SHOT.is_match(&s.text) && !STATISTICS.is_match(&s.text))
            .filter(|_| one_incident)
    {
        keep_max(&mut out.shot, 1, &s.text, "one-person-shot");
    }
    out
}

/// Phrases naming one person shot, read when a report gives no count: the shooter shooting
/// themselves or one named relation, "the shooting of a 15-year-old", "hit by a bullet".
static ONE_SHOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:shot|shoots|shooting) (?:himself|herself|self|(?:(?:his|her) )?own (?:leg|foot|hand|arm|finger|thumb|knee|thigh|toe|head|chest|stomach))\b|\b(?:shot|shoots) (?:his|her) (?:\w+ )?(?:friend|brother|sister|son|daughter|father|mother|stepfather|cousin|wife|husband|girlfriend|boyfriend|neighbor|roommate|classmate|nephew|niece|grandson|granddaughter|uncle)\b|\bthe shooting of (?:a|an) \d+-year-old\b|\b(?:hit|struck) by (?:a )?(?:stray )?(?:gunshot|bullet|round)\b").unwrap()
});

/// The words of a shooting ([`kind`]).
static SHOOTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(shot|shoots|shots|shooting|shootings|shootout|gun|guns|gunfire|gunman|gunmen|gunshots?|shooter|opened fire|firearm|rifle|handgun|pistol|bullets?|shell casings)\b").unwrap()
});

/// "fired" tells of a shooting only with what was fired or at whom ("fired shots", "fired at
/// officers", "shots were fired"): a team that fired its coach did not (ECB+ topic 5's coach
/// firings had been read as shootings).
static FIRED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:shots?|rounds?|gunshots?|bullets?|weapons?|guns?)\s+(?:were\s+|was\s+|had\s+been\s+|being\s+)?fired|fired\s+(?:[\w-]+\s+){0,2}?(?:shots?|rounds?|at|into|on|upon|toward|towards|guns?|weapons?|bullets?|times|twice|once))\b").unwrap()
});

/// Does the text name a gun or its use, as [`kind`] counts a shooting's words?
pub(crate) fn tells_of_a_gun(text: &str) -> bool {
    SHOOTING.is_match(text) || FIRED.is_match(text)
}

/// The kind of event, by the weight of its vocabulary.
pub fn kind(sentences: &[Sentence], title: Option<&str>) -> EventKind {
    static FIRE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(blaze|flames|firefighters|burned|burning|house fire|apartment fire|smoke|arson|fire crews|fire broke out|caught fire|engulfed)\b").unwrap()
    });
    static CRASH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(crash|crashes|crashed|collision|collided|wreck|wrong-way|head-on|rollover|pileup|struck by a vehicle|hit-and-run|lost control|(?:car|truck|van|suv|bus|driver) (?:struck|hit|slammed into|plowed into|ran into))\b").unwrap()
    });
    // Words of the road that tell of a crash only beside one: a DUI arrest's "on Interstate
    // 5" or a shooting's "fired into a vehicle" is no crash (ECB+ had a footballer's drunk
    // driving arrest read as a crash from one "Interstate" in its lead).
    static ROAD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(vehicle|pickup|sedan|interstate)\b").unwrap());
    static STORM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(tornado|tornadoes|storm|storms|hurricane|flood|flooding|hail|twister|national weather service|ef-?\d)\b").unwrap()
    });
    // A game's shots ("shot 5 of 12", "3-point shooting") are no shooting: in a text with
    // the words of a game and none of a gun, "shot", "shots" and "shooting" count nothing
    // (ECB+ had basketball and football reports read as shootings).
    static GAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:rebounds?|field goals?|3-pointers?|three-pointers?|free throws?|jump shots?|layups?|assists|touchdowns?|innings|quarterback|halftime|home runs?|shootaround|shooting guard|points? in the|the season|playoffs?|scored \d+)\b").unwrap()
    });
    static GUN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:guns?|gunfire|gunman|gunmen|gunshots?|firearms?|rifles?|handguns?|pistols?|bullets?|shell casings|opened fire|wounded|shot (?:and killed|dead|to death|in the (?:head|chest|leg|arm|back|neck|stomach|face)))\b").unwrap()
    });
    let all = || {
        title
            .into_iter()
            .chain(sentences.iter().map(|s| s.text.as_str()))
    };
    // Read only when a word a game shares is met: two more passes over the text otherwise.
    let game = std::cell::OnceCell::new();
    let is_game = || {
        *game.get_or_init(|| {
            all().map(|t| GAME.find_iter(t).count()).sum::<usize>() >= 2
                && !all().any(|t| GUN.is_match(t))
        })
    };
    let game_shot = |m: &str| {
        ["shot", "shots", "shooting", "shoots"]
            .iter()
            .any(|w| m.eq_ignore_ascii_case(w))
            && is_game()
    };
    let mut scores = [0usize; 4];
    let mut road = 0usize;
    let mut add = |text: &str, w: usize| {
        scores[0] += SHOOTING
            .find_iter(text)
            .filter(|m| !game_shot(m.as_str()))
            .count()
            * w;
        for (i, re) in [&*FIRE, &*CRASH, &*STORM].into_iter().enumerate() {
            scores[i + 1] += re.find_iter(text).count() * w;
        }
        scores[0] += FIRED.find_iter(text).count() * w;
        road += ROAD.find_iter(text).count() * w;
    };
    if let Some(t) = title {
        add(t, 3);
    }
    for (i, s) in sentences.iter().enumerate() {
        add(&s.text, if i < 3 { 2 } else { 1 });
    }
    if scores[2] > 0 {
        scores[2] += road;
    }
    let (best, &score) = scores
        .iter()
        .enumerate()
        .max_by_key(|(i, s)| (**s, usize::MAX - i))
        .unwrap();
    if score < 2 {
        return EventKind::Other;
    }
    [
        EventKind::Shooting,
        EventKind::Fire,
        EventKind::Crash,
        EventKind::Storm,
    ][best]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn counts_one(s: &[Sentence]) -> Counts {
        counts(s, true)
    }

    /// The number of people shot that one sentence gives.
    fn shot(t: &str) -> Option<u32> {
        counts_one(&sentences(&[t.to_string()]))
            .shot
            .map(|c| c.value)
    }

    #[test]
    fn wounded_who_later_died_are_dead_not_injured() {
        assert_eq!(
            c("A man sustained a gunshot wound and later died."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("A woman is recovering after being shot in the face.").1,
            Some(1)
        );
        assert_eq!(shot("Another man was shot in the back."), Some(1));
        assert_eq!(
            c("Two men suffered minor injuries and a third person died."),
            (Some(1), Some(2), None)
        );
        assert_eq!(
            c(
                "Police said he sustained a gunshot wound and was rushed to the hospital, where he later died."
            ),
            (Some(1), None, None)
        );
        assert_eq!(c("Another three people were hurt.").1, Some(3));
        assert_eq!(
            c("Devon Marsh, 16, suffered a gunshot wound to the face and later died."),
            (Some(1), None, None)
        );
        // A pronoun object: one person harmed, not the words before the verb.
        assert_eq!(
            shot("The child eventually told the officer he accidentally shot himself."),
            Some(1)
        );
        assert_eq!(
            shot("His daughter told police her brother shot her."),
            Some(1)
        );
        assert_eq!(shot("It could easily have shot her."), None);
        // A reflexive shot whose clause ends in a death: the death.
        assert_eq!(
            c("A 9-year-old girl thought to have shot herself in the chest with a rifle on Sunday has died.").0,
            Some(1)
        );
        assert_eq!(
            c("A teen who shot himself in the hand was treated.").0,
            None
        );
    }

    #[test]
    fn the_one_doctors_could_not_save_died() {
        assert_eq!(
            c("She was flown to a trauma center, but surgeons were unable to save her.").0,
            Some(1)
        );
        assert_eq!(c("Medics could not save the boy.").0, Some(1));
        assert_eq!(c("Medics worked to save the boy.").0, None);
    }

    #[test]
    fn a_condition_is_an_injury_unless_the_subject_died() {
        assert_eq!(
            c("A woman was listed in stable condition Sunday.").1,
            Some(1)
        );
        assert_eq!(
            c("One man died and another is in critical condition."),
            (Some(1), Some(1), None)
        );
        assert_eq!(
            c("The man was in critical condition but died Sunday."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("Of the five men, two are in critical but stable condition.").1,
            Some(2)
        );
        assert_eq!(c("July 18 is in critical but stable condition.").1, None);
    }

    #[test]
    fn totals_of_several_incidents_count_only_in_a_round_up() {
        let s = sentences(&[
            "Police are investigating three separate shootings over the weekend that left one man dead and three other people wounded.".to_string(),
        ]);
        assert!(counts(&s, true).injured.is_none());
        assert_eq!(counts(&s, false).injured.map(|c| c.value), Some(3));
        for t in [
            "Seven men were wounded by gunfire on the South and West sides Monday.",
            "Six other people were wounded in attacks from Monday to early Tuesday, police said.",
            // Totals of a holiday weekend, of some hours, of other incidents and scenes.
            "Two girls were among 52 people wounded in gun violence over the Memorial Day holiday weekend.",
            "Nine people, including a toddler, were shot in Lakeport in about eight hours.",
            "Five other overnight incidents left seven people wounded, police said.",
            "Besides those deaths, at least six others were injured at those four crime scenes.",
            "After a 24-hour period in which two incidents of gunfire left five people wounded, the chief spoke.",
            "In Lakeport, weekend gunfire kills 2, wounds 11",
        ] {
            let s = sentences(&[t.to_string()]);
            assert!(counts(&s, true).injured.is_none(), "{t}");
        }
    }

    #[test]
    fn an_injury_told_of_someone_introduced_is_the_dead_ones_unless_they_live() {
        // A death, and the injury told of "he" or "the boy": the one who died.
        assert_eq!(
            c(
                "A teen died in an accidental shooting on Friday. The teenager was shooting \
               with friends when he was wounded, deputies said."
            ),
            (Some(1), None, None)
        );
        assert_eq!(
            c("A 4-year-old girl died Saturday. The girl was in critical condition Friday."),
            (Some(1), None, None)
        );
        assert_eq!(
            c(
                "A boy, 3, died Tuesday. A helicopter came to rush the little boy to the \
               hospital in critical condition."
            ),
            (Some(1), None, None)
        );
        // No death: the injury counts.
        assert_eq!(
            c("A teen was hurt on Friday. Deputies said he was wounded in the leg."),
            (None, Some(1), None)
        );
        // Told to live, or of another age than the dead: someone else.
        assert_eq!(
            c(
                "A 5-year-old was killed in a drive-by. He was hospitalized with non-life \
               threatening injuries."
            ),
            (Some(1), Some(1), None)
        );
        assert_eq!(
            c("A 5-year-old was killed in a drive-by. The 7-year-old was in critical condition."),
            (Some(1), Some(1), None)
        );
        // "The other victim" is someone else.
        assert_eq!(
            c("A man was killed on Elm Street. The other victim was wounded in the arm."),
            (Some(1), Some(1), None)
        );
    }

    #[test]
    fn hurt_wished_or_denied_and_an_animal_hurt_are_no_injuries() {
        assert_eq!(
            c("A man was killed Friday. His friend said he did not mean to hurt him."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("A boy was killed. His sister said the boy would never purposefully hurt her."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("A boy was killed. She said the suspect would never purposefully hurt her brother."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("A girl was killed Friday when a shotgun went off, injuring one of the family dogs."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("Two people were hurt in the shooting."),
            (None, Some(2), None)
        );
    }

    #[test]
    fn fighting_for_a_life_treated_at_a_hospital_and_a_shooting_that_injured_an_age() {
        assert_eq!(
            c("Four people are dead and another is fighting for her life after the shooting."),
            (Some(4), Some(1), None)
        );
        assert_eq!(
            c("The 11-year-old was treated at an area hospital."),
            (None, Some(1), None)
        );
        assert_eq!(
            c("A shooting that injured 11-year-old boy was ruled accidental."),
            (None, Some(1), None)
        );
        // A patron, a bystander, a hunter: people too.
        assert_eq!(
            c("Police are looking into a shooting that injured a patron at the library."),
            (None, Some(1), None)
        );
        assert_eq!(
            c("A bystander was wounded during a fight outside a bar."),
            (None, Some(1), None)
        );
        assert_eq!(
            c("A woman is recovering after an accidental shooting at her home."),
            (None, Some(1), None)
        );
        assert_eq!(
            c("A woman was wounded in the leg and a 5-year-old girl was wounded in the arm."),
            (None, Some(2), None)
        );
    }

    #[test]
    fn shoots_and_shooting_with_a_counted_object_count_the_shot() {
        assert_eq!(shot("Gunman Shoots 4 People Outside Restaurant"), Some(4));
        assert_eq!(
            shot("Tampa police investigate the shooting of two teens"),
            Some(2)
        );
        assert_eq!(
            shot("The teen accused of shooting five people faced a judge on Monday."),
            Some(5)
        );
    }

    #[test]
    fn shot_comma_killed_is_one_death_and_a_returned_shot_is_no_one_shot() {
        assert_eq!(c("Man shot, killed on the city's west side").0, Some(1));
        assert_eq!(
            shot("The suspect fired at the deputy, and the deputy returned one shot, missing him."),
            None
        );
    }

    #[test]
    fn a_second_person_after_a_counted_object_counts_too() {
        assert_eq!(
            c("An officer fatally shot a 19-year-old and his neighbor during the call.").0,
            Some(2)
        );
        // Counted others after "fatally shot" may be the wounded: one more person only.
        assert_eq!(
            c("Police seek whoever fatally shot a man and three others at a bar.").0,
            Some(1)
        );
    }

    #[test]
    fn an_incident_years_ago_or_one_this_follows_is_another() {
        assert_eq!(
            c("Eight died in a hair salon shooting in Seal Beach three years ago."),
            (None, None, None)
        );
        assert_eq!(
            c("The incident follows a shooting last week that left 11 people wounded."),
            (None, None, None)
        );
        assert_eq!(
            c("Eight died in a hair salon shooting in Seal Beach on Friday."),
            (Some(8), None, None)
        );
    }

    #[test]
    fn the_one_wounded_who_then_died_is_no_injury() {
        assert_eq!(
            c("A teenager wounded in a double shooting that killed his brother died Tuesday."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("A child who had been hospitalized since a Feb. 27 shooting at her home has died."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("A boy died Friday. He suffered a gunshot wound to the chest, the coroner said."),
            (Some(1), None, None)
        );
        // Without a death, the wound counts.
        assert_eq!(
            c("A teenager wounded in a shooting remained in the hospital Tuesday."),
            (None, Some(1), None)
        );
    }

    #[test]
    fn one_shot_who_lives_is_one_hurt() {
        assert_eq!(
            c(
                "Three men were killed. A fourth victim was shot twice in the arm but is \
               expected to survive."
            ),
            (Some(3), Some(1), None)
        );
        // A relative clause inside the subject is not part of its count.
        assert_eq!(
            c("A clerk who hid behind the counter while two men were killed also was injured."),
            (Some(2), Some(1), None)
        );
        // Not when the relative clause's own verb is the one read: the robbers were not shot.
        assert_ne!(c("Two men who robbed and shot a clerk fled.").1, Some(2));
        // "being treated", "have … injuries", "suffering from gunshot wounds".
        assert_eq!(
            c("One man is dead and three others are being treated for injuries."),
            (Some(1), Some(3), None)
        );
        assert_eq!(
            c("The other four people have non-life-threatening injuries."),
            (None, Some(4), None)
        );
        assert_eq!(
            c("All four appear to have died from gunshot wounds.").1,
            None
        );
        assert_eq!(
            shot("Officers found three victims who were suffering from gunshot wounds."),
            Some(3)
        );
        assert_eq!(
            c("One boy died; the three other boys were also hit and injured by gunfire."),
            (Some(1), Some(3), None)
        );
        // A question about a shooting is no question about its wounded.
        assert_eq!(
            c(
                "Police are asking whether a shooting that left two people dead and three others \
               wounded was planned."
            ),
            (Some(2), Some(3), None)
        );
        assert_eq!(
            c("Police could not say whether the man had died."),
            (None, None, None)
        );
        // The same verb again with "another": one more.
        assert_eq!(
            c("He went to a bank, killing two people, and to an office, killing another person."),
            (Some(3), None, None)
        );
        // In the hospital: hurt.
        assert_eq!(
            c("Two men are in the hospital after a shooting at the apartments."),
            (None, Some(2), None)
        );
        assert_eq!(
            c("He and the mayor visited the officer in the hospital on Friday.").1,
            None
        );
        // The people before "among" are of the whole after it.
        assert_eq!(
            shot("Boy, 11, and 2 teens among 4 shot on Elm Street"),
            Some(4)
        );
        // "six wounded -- two mortally": six shot, two dead (four hurt, `extract` says).
        let mortally = "The shootout left six people wounded -- two mortally, police said.";
        assert_eq!(c(mortally), (Some(2), None, None));
        assert_eq!(shot(mortally), Some(6));
        // Those who arrived at a hospital were shot.
        assert_eq!(
            shot("Two other victims arrived at the hospital with gunshot wounds."),
            Some(2)
        );
        // Not those who only brought them there.
        assert_eq!(
            shot("Four teens showed up at the hospital in a stolen car."),
            None
        );
        // A headline's "One dead, 4 wounded" is no name and age.
        assert_eq!(
            c("One dead, 4 wounded in shootout."),
            (Some(1), Some(4), None)
        );
        // Others hurt besides the one the sentence counted.
        assert_eq!(
            c(
                "A 12-year-old boy remained in critical condition after a shooting that also \
               injured three other people."
            ),
            (None, Some(4), None)
        );
        // Gunshot wounds of no stated gravity are of the shot, the dead among them.
        assert_eq!(
            c("Three people were found dead in the house. All three suffered gunshot wounds."),
            (Some(3), None, None)
        );
        assert_eq!(
            c("Two men suffered minor gunshot wounds."),
            (None, Some(2), None)
        );
        // A surname that is a harm verb is no harm.
        assert_eq!(
            c("Judge Anna Hurt, of the county court, set bail at $50,000."),
            (None, None, None)
        );
        // "another" as an object is one; a bare age after "and" is one more person.
        assert_eq!(
            c("The shooting left two dead and injured another near the park."),
            (Some(2), Some(1), None)
        );
        assert_eq!(
            c("A 19-year-old woman and 4-year-old were injured in the shooting."),
            (None, Some(2), None)
        );
        // An ordinal alone is one more person.
        assert_eq!(
            c("Two men were shot and killed and a third was wounded outside the bar."),
            (Some(2), Some(1), None)
        );
    }

    fn c(text: &str) -> (Option<u32>, Option<u32>, Option<u32>) {
        let r = counts_one(&sentences(&[text.to_string()]));
        (
            r.killed.map(|c| c.value),
            r.injured.map(|c| c.value),
            r.arrested.map(|c| c.value),
        )
    }

    #[test]
    fn an_object_list_of_people_adds_up() {
        assert_eq!(
            c(
                "Police seek the people behind a drive-by shooting that injured three adults and an 11-year-old child."
            ),
            (None, Some(4), None)
        );
        assert_eq!(
            c("It was the gunfire that wounded two men and a woman on Elm Street."),
            (None, Some(3), None)
        );
        assert_eq!(
            c("It was a shooting that killed two men and injured three others."),
            (Some(2), Some(3), None)
        );
    }

    #[test]
    fn an_active_verb_object_list_and_a_headline_present_tense() {
        assert_eq!(
            c("Shots were fired into the crowd, injuring four men and two women."),
            (None, Some(6), None)
        );
        assert_eq!(
            c("Gunfight At Fresno Biker Club Kills 1, Wounds 12"),
            (Some(1), Some(12), None)
        );
        // The next item is no person, or has its own outcome: nothing added.
        assert_eq!(
            c("The gunman opened fire, killing two and injuring three others."),
            (Some(2), Some(3), None)
        );
        assert_eq!(
            c("A shooting left two people dead and three others injured."),
            (Some(2), Some(3), None)
        );
        assert_eq!(
            c("It was a shooting that killed two men and three others injured in the crossfire.").0,
            Some(2)
        );
        // An age is no count, whatever its case.
        assert_ne!(
            c("4-Year-Old Critically Wounds 3-Year-Old In Accidental Shooting").1,
            Some(3)
        );
    }

    #[test]
    fn hit_by_gunfire_is_shot() {
        assert_eq!(
            shot("Two men on the porch were hit by gunfire shortly after midnight."),
            Some(2)
        );
        assert_eq!(shot("A woman was struck by a stray bullet."), Some(1));
        assert_eq!(
            c("A 15-year-old boy was grazed by a bullet, police said."),
            (None, Some(1), None)
        );
    }

    #[test]
    fn a_part_of_the_hurt_died() {
        assert_eq!(
            c("One of two men shot late Monday in Belle Glade dies").0,
            Some(1)
        );
        assert_eq!(
            c("One of the five people hospitalized after a drive-by shooting this past weekend has died.").0,
            Some(1)
        );
        assert_eq!(c("1 of 2 Students Wounded Has Died").0, Some(1));
        // The rest of the whole are the hurt.
        assert_eq!(
            c("Man Kills Wife; 1 of 2 Students Wounded Has Died"),
            (Some(1), Some(1), None)
        );
        assert_eq!(shot("One of 5 shot in a billiards bar dies"), Some(5));
        assert_eq!(
            c("One of Five Victims in Eastfield Drive-By Shooting Dies").0,
            Some(1)
        );
        // Not when the part is a predicate: all of the whole were killed or hurt.
        assert_eq!(
            c("Dana Roe, who was one of three people killed Friday, was a nurse.").0,
            Some(3)
        );
        assert_eq!(
            c("Teenager one of two people injured in shooting near parade").1,
            Some(2)
        );
    }

    #[test]
    fn a_relative_clause_s_object_is_not_the_subject() {
        assert_eq!(
            c("A teen who shot four people is killed by police.").0,
            Some(1)
        );
        assert_eq!(
            c("Teen who shot 4, including 2 agents, is killed by police").0,
            Some(1)
        );
    }

    #[test]
    fn a_headline_outcome_after_a_comma_is_the_same_people() {
        assert_eq!(
            c("6-year-old Atlanta girl shot in the head, killed"),
            (Some(1), None, None)
        );
        // Not a new subject's verb: "Two shot, one killed" keeps its counts.
        assert_eq!(c("Two shot, one killed on Elm Street").0, Some(1));
    }

    #[test]
    fn a_headline_age_after_a_place_is_one_person() {
        assert_eq!(
            c("13-year-old Pollok boy injured in accidental shooting"),
            (None, Some(1), None)
        );
        assert_eq!(
            c("Woman and 5-year-old child injured in shooting"),
            (None, Some(2), None)
        );
        assert_eq!(
            c("Killeen 2-year-old in critical condition from gunshot"),
            (None, Some(1), None)
        );
        assert_eq!(
            c("Kansas deputy's 3-year-old son injured"),
            (None, Some(1), None)
        );
    }

    #[test]
    fn an_aside_between_dashes_restates_the_subject() {
        for t in [
            "The four victims - three women and one man - were shot in the upper body.",
            "The four victims — three women and one man — were shot at the bus stop.",
            "The four victims—three women and one man—were shot outside.",
        ] {
            assert_eq!(shot(t), Some(4), "{t}");
        }
        // A hyphenated word is no dash.
        assert_eq!(shot("Two 17-year-old boys were shot."), Some(2));

        // The members of a counted subject, each with a verb of its own, are no more people.
        assert_eq!(
            shot(
                "Three people were shot. All three victims -- a 15-year-old boy shot in the \
                 arm, a 19-year-old man shot in the leg and a woman shot in the hip -- were \
                 taken to hospitals."
            ),
            Some(3)
        );
    }

    #[test]
    fn the_other_victims_shot_and_in_critical_condition_are_hurt_not_shot_among_the_dead() {
        let t = "A man was shot and killed on Sunday. The other two victims, both shot \
                 in the head, remain in critical condition.";
        assert_eq!(c(t), (Some(1), Some(2), None));
    }

    #[test]
    fn people_found_suffering_from_gunshot_wounds_were_shot() {
        assert_eq!(
            shot("At the market, three people were found suffering from gunshot wounds."),
            Some(3)
        );
    }

    #[test]
    fn an_aside_between_commas_that_picks_out_some_of_the_subject_adds_no_one() {
        assert_eq!(
            c("Four people, including a 17-year-old girl, were shot and wounded outside a store."),
            (None, Some(4), None)
        );
        assert_eq!(
            c("Five people, among them two children, were wounded in a shooting Sunday."),
            (None, Some(5), None)
        );
    }

    #[test]
    fn a_pronoun_and_others_is_one_more() {
        assert_eq!(
            shot("A man died Tuesday night after he and four others were shot outside a home."),
            Some(5)
        );
        assert_eq!(shot("She and two others were shot."), Some(3));
        // An unborn child is not counted.
        assert_eq!(
            c("She and her unborn baby were in fair condition after the shooting.").1,
            Some(1)
        );
    }

    #[test]
    fn one_shot_whose_clause_ends_in_a_death_died() {
        assert_eq!(
            c(
                "A 9-year-old boy shot early Wednesday during a hunting trip near Ridgeton has \
               died, deputies said."
            ),
            (Some(1), None, None)
        );
        assert_eq!(
            c("Boy shot while hunting near Ridgeton dies"),
            (Some(1), None, None)
        );
    }

    #[test]
    fn an_earlier_verb_ends_the_subject_and_clauses_of_one_verb_add_up() {
        assert_eq!(
            c("One man died and two other people were wounded in the shooting, police said."),
            (Some(1), Some(2), None)
        );
        assert_eq!(
            c(
                "Officials say two victims died at the scene and two died on the way to the hospital."
            ),
            (Some(4), None, None)
        );
        // Another verb may tell of the same people again.
        assert_eq!(
            c("Four people were wounded, and three were hospitalized overnight."),
            (None, Some(4), None)
        );
    }

    #[test]
    fn active_subjects_and_age_lists() {
        assert_eq!(
            c("The shooting also injured four other men."),
            (None, Some(4), None)
        );
        // (Taken to a hospital: the `shot` count.)
        let r = counts_one(&sentences(&[
            "3 adults and 2 juveniles ages 14 and 15 were taken to the hospital.".to_string(),
        ]));
        assert_eq!(r.shot.map(|c| c.value), Some(5));
    }

    #[test]
    fn a_surname_alone_counts_a_death_when_the_report_names_him_in_full() {
        let r = counts_one(&sentences(&[
            "Keshawn Slaughter and his stepson were walking home.".to_string(),
            "Both were taken to a hospital, where Slaughter was pronounced dead.".to_string(),
        ]));
        assert_eq!(r.killed.map(|c| c.value), Some(1));
        // A capitalised word the report never writes as a surname is no one.
        assert_eq!(
            c("Both were taken to a hospital, where Slaughter was pronounced dead."),
            (None, None, None)
        );
    }

    #[test]
    fn appositions_found_wounded_and_another() {
        assert_eq!(
            c("The surviving victim, 16-year-old Dale Marsh, was found wounded in a doorway."),
            (None, Some(1), None)
        );
        // Before a residence, the age is no count (the death is counted from the people
        // named, in the record).
        assert_eq!(
            c("Tobin Marsh, 19, of Westfield, was pronounced dead at the scene."),
            (None, None, None)
        );
        assert_eq!(
            c("He is accused of killing three men and wounding another on Friday."),
            (Some(3), Some(1), None)
        );
    }

    #[test]
    fn a_shot_fired_is_nobody_shot_and_a_fatal_wound_a_death() {
        assert_eq!(
            c("The teen spun the cylinder and fired one shot to his temple."),
            (None, None, None)
        );
        assert_eq!(
            c("A 20-year-old woman suffered a fatal gunshot wound."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("Three others sustained non-fatal bullet wounds."),
            (None, Some(3), None)
        );
    }

    #[test]
    fn a_question_is_no_count() {
        assert_eq!(
            c("Police were not able to say if the man had died."),
            (None, None, None)
        );
        assert_eq!(
            c("It was unclear whether two other men were hurt."),
            (None, None, None)
        );
    }

    #[test]
    fn the_wounded_who_died() {
        assert_eq!(
            c("A child who suffered critical injuries in a Friday shooting has died, police said."),
            (Some(1), None, None)
        );
    }

    #[test]
    fn an_age_after_the_last_name_of_a_list_is_no_count() {
        let (killed, _, _) = c(
            "He is the brother of Ray Dunmore, 33, Lisa Dunmore, 34, and Carl Dunmore, 34 who \
            were shot and killed at a home on Fourth Street.",
        );
        // The list follows "brother of": no subject to count, and no count of 34.
        assert_eq!(killed, None);
    }

    #[test]
    fn a_headline_subject_with_a_possessive_and_an_age() {
        assert_eq!(
            c("Ohio deputy's 3-year-old son dies in accidental shooting"),
            (Some(1), None, None)
        );
    }

    #[test]
    fn an_age_written_apart_is_no_count() {
        assert_eq!(
            c("A 12 year old girl was killed Saturday."),
            (Some(1), None, None)
        );
        assert_eq!(c("Two 15 year-olds were wounded."), (None, Some(2), None));
        assert_eq!(
            c("The mother of a 9 or 10 year old boy who was shot and killed tonight arrived."),
            (Some(1), None, None)
        );
        assert_eq!(
            (
                c("Three members of a family were fatally shot Sunday."),
                c("Police: 3 members of family fatally shot"),
            ),
            ((Some(3), None, None), (Some(3), None, None))
        );
    }

    #[test]
    fn a_killers_victims_and_the_killer_himself() {
        assert_eq!(
            c(
                "Police say a man fatally shot his wife and two young sons before killing himself at their home."
            ),
            (Some(4), None, None)
        );
        assert_eq!(
            c("He shot and killed his girlfriend and her mother, police said."),
            (Some(2), None, None)
        );
        assert_eq!(
            c("A man shot his 7-year-old daughter to death and then killed himself.").0,
            Some(2)
        );
        assert_eq!(
            c("He killed his wife before turning the gun on himself, police said.").0,
            Some(2)
        );
        // A headline's list of bare nouns.
        assert_eq!(
            c("Mother, boy fatally shot in head in Baltimore").0,
            Some(2)
        );
        assert_eq!(c("Father and son wounded in drive-by").1, Some(2));
        assert_eq!(c("Mother, 2 children found dead in home").0, Some(3));
        assert_eq!(
            c("Man shoots 4 relatives, killing 2, then himself").0,
            Some(3)
        );
        assert_eq!(
            c("Gunman kills 3 bandmates, self after a quarrel").0,
            Some(4)
        );
        assert_eq!(
            c("The man opened fire, killing two and himself.").0,
            Some(3)
        );
        assert_eq!(
            c("Police say he kills 2 men, self-inflicted wounds found later").0,
            Some(2)
        );
        assert_eq!(
            c("Man charged with shooting from car, killing man").0,
            Some(1)
        );
        assert_eq!(c("Man killed in crash on Route 9").0, Some(1));
        assert_eq!(
            c("Great Falls student injured in accidental shooting").1,
            Some(1)
        );
        assert_eq!(
            c("Two men suffered minor injuries and a third person died."),
            (Some(1), Some(2), None)
        );
    }

    #[test]
    fn shootings_told_by_their_size_or_their_object() {
        assert_eq!(
            shot("Police are investigating a quadruple shooting on Main Street."),
            Some(4)
        );
        assert_eq!(
            shot("The shooting sent four people to the hospital Wednesday."),
            Some(4)
        );
        assert_eq!(
            shot("A man shot six people Saturday, killing four of them."),
            Some(6)
        );
        assert_eq!(
            shot("The juvenile was taken to Duke Hospital with minor injuries."),
            Some(1)
        );
        assert_eq!(shot("The uncle was transported to UAB hospital."), Some(1));
        // "three times" is no count of people.
        assert_ne!(shot("He shot three times at the car."), Some(3));
        assert_eq!(c("He was not seriously injured."), (None, Some(1), None));
        assert_eq!(c("He was not injured."), (None, None, None));
    }

    #[test]
    fn left_counts_and_headline_pairs() {
        assert_eq!(
            c("A shooting that killed four people and left one seriously injured."),
            (Some(4), Some(1), None)
        );
        assert_eq!(
            c("4 Shot, 2 Killed In South Memphis"),
            (Some(2), None, None)
        );
        assert_eq!(
            c("He was taken to a hospital, where he later passed away."),
            (Some(1), None, None)
        );
        // An age in apposition still is not a count.
        assert_eq!(c("A man, 25, was killed."), (Some(1), None, None));
    }

    #[test]
    fn active_objects_galleries_and_murder_suicides() {
        assert_eq!(
            c("More than one shooter hurt 15 people and killed one man inside a club."),
            (Some(1), Some(15), None)
        );
        assert_eq!(
            c("Image 2 of 8 A 18-year-old was killed in a shooting early Thursday."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("A couple and their children were found dead in an apparent triple murder-suicide."),
            (Some(4), None, None)
        );
    }

    #[test]
    fn a_second_verb_shares_the_subject_and_fatal_shootings_of() {
        assert_eq!(
            c("The child was taken to Arnold Palmer Hospital and later died."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("Police are investigating the fatal shooting of a woman in Bexar County."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("The 5-year-old victim was struck and killed."),
            (Some(1), None, None)
        );
    }

    #[test]
    fn named_subjects_count_their_names() {
        assert_eq!(
            c("Jose Garcia III, 20, and Feliberto Ponce, 17, were shot on Columbus Street."),
            (None, None, None)
        );
        assert_eq!(
            c("Jose Garcia III, 20, and Feliberto Ponce, 17, were wounded on Columbus Street."),
            (None, Some(2), None)
        );
        assert_eq!(
            c("Steve Hall suffered a gunshot wound to his hand."),
            (None, Some(1), None)
        );
        assert_eq!(
            c("A Chattanooga police officer, identified as Dennis Pedigo was wounded."),
            (None, Some(1), None)
        );
    }

    #[test]
    fn deaths_told_other_ways() {
        assert_eq!(
            c("He was pronounced dead at the scene."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("Boy, 8, dies from accidental gunshot wound"),
            (Some(1), None, None)
        );
        // (The four shot are the `shot` count; the record takes the injured from it.)
        assert_eq!(
            c("Police say four teenagers were shot, one fatally, on Tuesday."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("Police are investigating a shooting that killed a 12-year-old boy on Saturday."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("He was charged in the shooting death of his daughter."),
            (Some(1), None, None)
        );
        assert_eq!(c("The man was fatally wounded."), (Some(1), None, None));
        assert_eq!(
            c("Police said four of the five victims were shot to death."),
            (Some(4), None, None)
        );
        assert_eq!(
            c("Police: 5-year-old dies from gunshot"),
            (Some(1), None, None)
        );
        assert_eq!(
            c("Three people have been found dead inside a home."),
            (Some(3), None, None)
        );
        assert_eq!(
            c("Investigators found three bodies in the home."),
            (Some(3), None, None)
        );
        assert_eq!(
            c("One man was charged in the shooting that killed Columbia teen Sunday."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("He was pronounced clinically dead."),
            (Some(1), None, None)
        );
        assert_eq!(
            c("A teen was accidentally wounded in the leg."),
            (None, Some(1), None)
        );
        assert_eq!(
            c("Police said a 15-year-old girl, two women and a man were wounded."),
            (None, Some(4), None)
        );
        assert_eq!(
            c(
                "Three people from Lancaster (ages 26, 29 and 37) and a 22-year-old person were wounded."
            ),
            (None, Some(4), None)
        );
        assert_eq!(
            c("Police said 37 people were wounded."),
            (None, Some(37), None)
        );
        // A clause before the list is not part of it.
        assert_eq!(
            c("After the party ended, two women were wounded."),
            (None, Some(2), None)
        );
    }

    #[test]
    fn one_person_plainly_shot_counts_one_when_nothing_else_does() {
        assert_eq!(
            shot("Police said one of the teens accidentally shot himself in the leg."),
            Some(1)
        );
        assert_eq!(
            shot("A boy shot his cousin with a rifle he found."),
            Some(1)
        );
        assert_eq!(
            shot("Deputies are investigating the shooting of a 15-year-old."),
            Some(1)
        );
        assert_eq!(shot("Officers said the suspect fled on foot."), None);
        assert_eq!(
            shot("Retiree shoots own foot while cleaning revolver"),
            Some(1)
        );
        assert_eq!(shot("Hunter accidentally shoots self near creek"), Some(1));
        // A count stated elsewhere wins over the one-person reading.
        let c = counts_one(&sentences(&[
            "Two people were wounded. One man shot himself in the hand.".to_string(),
        ]));
        assert_eq!(c.injured.map(|c| c.value), Some(2));
        assert!(
            c.shot
                .is_none_or(|c| &*c.evidence.rule != "one-person-shot")
        );
    }

    #[test]
    fn subject_phrases() {
        assert_eq!(
            c(
                "An officer and a civil process server have been killed and two other officers wounded after gunfire erupted."
            ),
            (Some(2), Some(2), None)
        );
        assert_eq!(
            c("Three people were shot, killing one."),
            (Some(1), None, None)
        );
        assert_eq!(c("Two men were arrested Tuesday."), (None, None, Some(2)));
        // The last name's age is no count of the arrested.
        assert_eq!(
            c("Kip Dorn, 25, and Ty Ross-Lane, 26 were arrested Tuesday."),
            (None, None, None)
        );
        // Also when the surname was typed in lower case.
        assert_eq!(
            c("Jaime lawton, 22 was shot in both legs."),
            (None, None, None)
        );
        assert_eq!(
            c("A woman and her young grandson were killed early Sunday."),
            (Some(2), None, None)
        );
        assert_eq!(
            c("The coroner identified the two people who died."),
            (Some(2), None, None)
        );
        assert_eq!(
            c("Father of three killed, two hurt."),
            (None, Some(2), None)
        );
        assert_eq!(c("None of the three was killed."), (Some(0), None, None));
        assert_eq!(
            c("A 10-month-old was shot by his brother."),
            (None, None, None)
        );
        assert_eq!(
            c("The victim was hospitalized with injuries."),
            (None, Some(1), None)
        );
        assert_eq!(c("He was treated and released."), (None, Some(1), None));
    }

    #[test]
    fn statistics_are_ignored() {
        assert_eq!(
            c("Last year 378 officers were shot in the line of duty, with 46 of them killed."),
            (None, None, None)
        );
        assert_eq!(
            c("Between January 2010 and August 2013, seven people were killed in crashes."),
            (None, None, None)
        );
        // Another incident told for background is not this one's count.
        assert_eq!(
            c("A 19-year-old man was shot and killed on the same block last week."),
            (None, None, None)
        );
        assert_eq!(
            c("In an unrelated shooting, two men were wounded."),
            (None, None, None)
        );
        assert_eq!(
            c("At least 13 people were shot in the city in five incidents, police said."),
            (None, None, None)
        );
        assert_eq!(
            c("Two separate county hunting accidents Sunday left two injured."),
            (None, None, None)
        );
    }

    #[test]
    fn an_ordinal_death_counts_that_many_dead() {
        assert_eq!(c("Police say a second victim has died.").0, Some(2));
        assert_eq!(c("Third person dies after shooting near school").0, Some(3));
        // The second person of the story, not the second wounded.
        assert_eq!(
            c("One man was killed and a second man was wounded.").1,
            Some(1)
        );
    }

    #[test]
    fn service_members_and_ranked_names_are_counted() {
        assert_eq!(c("Two Marines were killed Thursday.").0, Some(2));
        assert_eq!(c("Three soldiers were wounded in the attack.").1, Some(3));
        assert_eq!(
            c("Sgt. Ann Ross and Lance Cpl. Ned Farrow were killed.").0,
            Some(2)
        );
    }

    #[test]
    fn stations_shooters_and_running_totals_are_not_the_harmed() {
        // A channel number is no count.
        assert_eq!(
            c("Lt. Ann Ross told WAVE 3 News the man died Monday.").0,
            Some(1)
        );
        assert_eq!(c("Three people were wounded, News 4 learned.").1, Some(3));
        // The shooters' clause ends at its verb.
        assert_eq!(
            c("As many as seven officers returned fire and the man was shot and killed.").0,
            Some(1)
        );
        assert_eq!(
            c("A gunman opened fire and four people were wounded.").1,
            Some(4)
        );
        // A timeline entry of an earlier incident is none of this one's.
        assert_eq!(
            c("August 1982: Eight people killed, three injured at a welding shop.").0,
            None
        );
        // A running total since some date is no count of this incident.
        assert_eq!(
            c("Four people have been fatally shot since the patrols began in May.").0,
            None
        );
    }

    #[test]
    fn kinds() {
        let k = |t: &str| kind(&sentences(&[t.to_string()]), None);
        assert_eq!(
            k("A man was shot and killed. Police found shell casings."),
            EventKind::Shooting
        );
        assert_eq!(
            k("Firefighters battled the blaze as flames tore through the house."),
            EventKind::Fire
        );
        assert_eq!(
            k("A tornado tore through town. The storm flattened barns."),
            EventKind::Storm
        );
        assert_eq!(k("The council met Tuesday."), EventKind::Other);
        assert_eq!(
            k("A gun went off in the garage. Deputies found the gun."),
            EventKind::Shooting
        );
        // A headline alone can tell the kind ("shoots").
        assert_eq!(
            kind(&[], Some("Hunter accidentally shoots self near creek")),
            EventKind::Shooting
        );
        // "fired" is a shooting's word only with what was fired or at whom.
        assert_eq!(
            k("The Harbor City Gulls fired coach Ned Palmer. The team fired its general manager."),
            EventKind::Other
        );
        assert_eq!(
            k("Deputies fired at the car. Shots were fired near the school."),
            EventKind::Shooting
        );
        // A game's shots are no shooting, unless a gun is in the story too.
        let game = "Ray Oduya scored 21 points and had 9 rebounds. The Herons hit their shots \
                    late, shooting 52 percent, and won on two free throws.";
        assert_eq!(k(game), EventKind::Other);
        assert_eq!(
            k(&format!(
                "{game} After the game a fan was shot in the leg with a handgun."
            )),
            EventKind::Shooting
        );
        // Words of the road tell of a crash only beside a crash word.
        assert_eq!(
            k(
                "Trooper Lisa Hahn stopped the receiver's vehicle on Interstate 8 and arrested \
               him on suspicion of drunken driving."
            ),
            EventKind::Other
        );
        assert_eq!(
            k("Two people died when a pickup crashed into a sedan on Interstate 8."),
            EventKind::Crash
        );
    }
}
